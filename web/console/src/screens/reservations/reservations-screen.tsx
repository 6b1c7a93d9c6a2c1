import { api, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { useLiveRefresh } from "../../live/live";
import { Link, useRouter } from "../../router";
import { LoadState } from "../../ui/states";
import { isIsoDate } from "../../dates";
import { messages } from "./messages";
import { NewReservationForm } from "./new-reservation-form";
import { ReservationDetail } from "./reservation-detail";
import { ReservationFilters } from "./reservation-filters";
import { ReservationList } from "./reservation-list";
import { isFilterStatus } from "./reservation-status";
import { useUnits } from "./use-units";
import styles from "./reservations.module.css";

/**
 * Everything is in the query string: `?status=held&accommodationId=acc_…` filters,
 * `?id=res_…` opens a reservation, `?new=1&accommodationId=&checkIn=&checkOut=` starts a hold.
 */
export default function ReservationsScreen() {
  const t = useMessages(messages);
  const { query, navigate } = useRouter();
  const rawStatus = query.get("status");
  const status = isFilterStatus(rawStatus) ? rawStatus : undefined;
  const creating = query.get("new") === "1";
  const unitId = creating ? "" : (query.get("accommodationId") ?? "");
  const selectedId = query.get("id");
  const { units, unitOf, loading: unitsLoading, error: unitsError, reload: reloadUnits } = useUnits();

  const list = useApi(
    async () => (await unwrap(api.GET("/v1/reservations", { params: { query: { status, accommodationId: unitId || undefined } } }))).data,
    [status, unitId],
  );
  useLiveRefresh(["reservation.changed"], list.reload);

  const href = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    return search ? `/reservations?${search}` : "/reservations";
  };
  const unitName = (id: string) => unitOf(id)?.name ?? (unitsLoading ? "…" : t("unknownUnit"));

  return (
    <>
      <div className={styles.header}>
        <h1>{t("title")}</h1>
        {!creating && (
          <Link href="/reservations?new=1" className="button">
            + {t("newReservation")}
          </Link>
        )}
      </div>
      {creating ? (
        <LoadState loading={unitsLoading} error={unitsError} empty={units.length === 0} emptyText={t("noUnits")} onRetry={reloadUnits} retryText={t("retry")}>
          <NewReservationForm
            units={units}
            initial={{
              accommodationId: query.get("accommodationId") ?? undefined,
              checkIn: isIsoDate(query.get("checkIn")) ? query.get("checkIn")! : undefined,
              checkOut: isIsoDate(query.get("checkOut")) ? query.get("checkOut")! : undefined,
            }}
            onCreated={(reservation) => navigate(`/reservations?id=${encodeURIComponent(reservation.id)}`, { replace: true })}
            onCancel={() => navigate("/reservations")}
          />
        </LoadState>
      ) : (
        <div className={styles.layout} data-detail={selectedId ? "open" : undefined}>
          <section className={styles.listPane} aria-label={t("list")}>
            <ReservationFilters status={status} unitId={unitId} units={units} onChange={(changes) => navigate(href({ ...changes, id: null }), { replace: true })} />
            <LoadState
              loading={list.loading}
              error={list.error}
              empty={list.data ? list.data.length === 0 : undefined}
              emptyText={status || unitId ? t("emptyFiltered") : t("empty")}
              onRetry={list.reload}
              retryText={t("retry")}
            >
              {list.data && <ReservationList reservations={list.data} selectedId={selectedId} hrefFor={(id) => href({ id })} unitName={unitName} />}
            </LoadState>
          </section>
          {selectedId && <ReservationDetail key={selectedId} id={selectedId} unitName={unitName} backHref={href({ id: null })} onChanged={list.reload} />}
        </div>
      )}
    </>
  );
}
