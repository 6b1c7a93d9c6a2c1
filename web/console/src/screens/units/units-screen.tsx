import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Link, useRouter } from "../../router";
import { useCan, useSession } from "../../session";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { QuotePreview } from "./quote-preview";
import { UnitForm } from "./unit-form";
import styles from "./units.module.css";

export default function UnitsScreen() {
  const t = useMessages(messages);
  const format = useFormat();
  const { me } = useSession();
  const { query, navigate } = useRouter();
  const { notify, fail } = useToast();
  // Staff see units and prices but cannot change them: the actions are not offered at all.
  const canEdit = useCan()("accommodations:write");
  const units = useApi(() => unwrap(api.GET("/v1/accommodations")), []);
  const editing = query.get("id");
  const creating = canEdit && query.get("new") === "1";
  const unit = units.data?.data.find((candidate) => candidate.id === editing) ?? null;

  const remove = async (id: string, name: string) => {
    if (!window.confirm(t("deleteConfirm", { name }))) return;
    try {
      await unwrap(api.DELETE("/v1/accommodations/{id}", { params: { path: { id } } }));
      navigate("/units", { replace: true });
      await units.reload();
      notify(t("deleted"), {
        undo: () =>
          void unwrap(api.POST("/v1/accommodations/{id}/restore", { params: { path: { id } } }))
            .then(units.reload)
            .catch(fail),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <div className={styles.layout}>
        <div>
          <LoadState loading={units.loading} error={units.error} empty={units.data?.data.length === 0} emptyText={t("noUnits")} onRetry={units.reload}>
            <ul className={styles.list}>
              {units.data?.data.map((item) => (
                <li key={item.id} className={`card ${styles.item}`}>
                  <span>
                    <strong>{item.name}</strong>
                    <br />
                    {format.price(item.basePrice)} {t("perNight")} · {item.capacity} 👤
                  </span>
                  {canEdit && (
                  <span className={styles.actions}>
                    <Link href={`/units?id=${item.id}`} className="button button--quiet" aria-label={`${t("edit")} ${item.name}`}>
                      {t("edit")}
                    </Link>
                    <button type="button" className="button button--quiet" onClick={() => remove(item.id, item.name)} aria-label={`${t("delete")} ${item.name}`}>
                      {t("delete")}
                    </button>
                  </span>
                  )}
                </li>
              ))}
            </ul>
          </LoadState>
          {canEdit && !creating && !unit && (
            <Link href="/units?new=1" className="button">
              + {t("newUnit")}
            </Link>
          )}
          {canEdit && (creating || unit) && (
            <UnitForm
              key={unit?.id ?? "new"}
              unit={unit}
              currency={me?.tenant.currency ?? "ARS"}
              onSaved={(saved) => {
                void units.reload();
                navigate(`/units?id=${saved.id}`, { replace: true });
              }}
              onCancel={() => navigate("/units", { replace: true })}
            />
          )}
        </div>
        {unit && <QuotePreview unitId={unit.id} version={unit.updatedAt} />}
      </div>
    </>
  );
}
