import { useState, type FormEvent } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Dialog } from "../../ui/dialog";
import { Field } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { moneyToInput, readMoney, readNumber } from "../../ui/number-input";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { useUnits } from "../reservations/use-units";
import { packageMessages } from "./packages-messages";
import styles from "./settings.module.css";

type ServicePackage = Schemas["ServicePackage"];
type Pricing = "price" | "discount";

interface Draft {
  name: string;
  accommodationIds: string[];
  minNights: string;
  maxNights: string;
  pricing: Pricing;
  price: string;
  discount: string;
  validFrom: string;
  validTo: string;
  extras: string[];
}

const EMPTY: Draft = { name: "", accommodationIds: [], minNights: "2", maxNights: "7", pricing: "price", price: "", discount: "", validFrom: "", validTo: "", extras: [] };

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** Bundles of nights and extras sold at one price or a percent off, beside the extras they include. */
export function PackagesSection() {
  const t = useMessages(packageMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { me } = useSession();
  const { notify, fail } = useToast();
  const [showArchived, setShowArchived] = useState(false);
  const packages = useApi(() => unwrap(api.GET("/v1/packages", { params: { query: showArchived ? { archived: "include" } : {} } })), [showArchived]);
  const { units, unitOf } = useUnits();
  const extras = useApi(() => unwrap(api.GET("/v1/upsells")), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<ServicePackage | null>(null);
  // The price is in the chosen units' currency (the API refuses any other); the tenant's until one is chosen.
  const currency = unitOf(draft.accommodationIds[0] ?? "")?.basePrice.currency ?? me?.tenant.currency ?? "ARS";

  const extraName = (id: string) => {
    const title = extras.data?.data.find((e) => e.id === id)?.title;
    if (!title) return null;
    return (locale === "en" ? title.en : locale === "pt-BR" ? title.pt : title.es) ?? title.es ?? title.en ?? title.pt ?? null;
  };

  function startEdit(row: ServicePackage) {
    setProblem(null);
    setEditing(row.id);
    setDraft({
      name: row.name,
      accommodationIds: [...row.accommodationIds],
      minNights: String(row.minNights),
      maxNights: String(row.maxNights),
      pricing: row.price ? "price" : "discount",
      price: row.price ? moneyToInput(row.price, locale) : "",
      discount: row.discountPercent !== null ? String(row.discountPercent) : "",
      validFrom: row.validFrom ?? "",
      validTo: row.validTo ?? "",
      extras: [...row.extras],
    });
  }
  function stopEdit() {
    setEditing(null);
    setDraft(EMPTY);
    setProblem(null);
  }

  /** The problem in the person's words: the package's own codes here, the rest through the shared toast. */
  function explain(error: unknown) {
    if (error instanceof ApiProblem && error.code === "invalid_package") {
      setProblem(error.errors.some((e) => e.path === "price.currency") ? t("invalid_currency") : t("invalid_package"));
      return;
    }
    fail(error);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (draft.accommodationIds.length === 0) return setProblem(t("pickUnit"));
    const minNights = readNumber(draft.minNights, locale, { integer: true, min: 1, max: 365 });
    const maxNights = readNumber(draft.maxNights, locale, { integer: true, min: 1, max: 365 });
    if (!minNights.ok || !maxNights.ok) return;
    if (maxNights.value < minNights.value) return setProblem(t("nightsOrder"));
    if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) return setProblem(t("datesOrder"));
    let price: { amount: number; currency: string } | null = null;
    let discountPercent: number | null = null;
    if (draft.pricing === "price") {
      const amount = readMoney(draft.price, locale, currency, { min: 1 });
      if (!amount.ok) return;
      price = { amount: amount.value, currency };
    } else {
      const percent = readNumber(draft.discount, locale, { integer: true, min: 1, max: 90 });
      if (!percent.ok) return;
      discountPercent = percent.value;
    }
    const body = {
      name: draft.name.trim(),
      accommodationIds: draft.accommodationIds,
      minNights: minNights.value,
      maxNights: maxNights.value,
      price,
      discountPercent,
      validFrom: draft.validFrom || null,
      validTo: draft.validTo || null,
      extras: draft.extras,
    };
    try {
      if (editing) await unwrap(api.PATCH("/v1/packages/{id}", { params: { path: { id: editing } }, body }));
      else await unwrap(api.POST("/v1/packages", { body }));
      notify(editing ? t("saved") : t("created"));
      stopEdit();
      await packages.reload();
    } catch (error) {
      explain(error);
    }
  }

  async function archive(row: ServicePackage) {
    setArchiving(null);
    try {
      await unwrap(api.DELETE("/v1/packages/{id}", { params: { path: { id: row.id } } }));
      notify(t("archivedDone"));
      if (editing === row.id) stopEdit();
      await packages.reload();
    } catch (error) {
      fail(error);
    }
  }

  const validity = (row: ServicePackage) =>
    !row.validFrom && !row.validTo
      ? t("always")
      : [row.validFrom && t("from", { date: format.day(row.validFrom) }), row.validTo && t("until", { date: format.day(row.validTo) })].filter(Boolean).join(" ");

  return (
    <section className={`card ${styles.section}`} aria-labelledby="packages">
      <h2 id="packages">{t("title")}</h2>
      <p className={styles.muted}>{t("hint")}</p>
      <label className={styles.checkbox}>
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> {t("showArchived")}
      </label>
      <LoadState loading={packages.loading} error={packages.error} empty={packages.data?.data.length === 0} emptyText={t("empty")} onRetry={packages.reload}>
        <ul data-testid="packages">
          {packages.data?.data.map((row) => (
            <li key={row.id}>
              <strong>{row.name}</strong>
              {row.archived && (
                <>
                  {" "}
                  <Badge tone="muted">{t("archived")}</Badge>
                </>
              )}
              <br />
              {row.accommodationIds.map((id) => unitOf(id)?.name ?? id).join(", ")} · {t("nights", { min: row.minNights, max: row.maxNights })} ·{" "}
              {row.price ? format.money(row.price) : t("discountOff", { percent: row.discountPercent ?? 0 })} · {validity(row)}
              {row.extras.length > 0 && <> · {row.extras.map((id) => extraName(id) ?? id).join(", ")}</>}
              {!row.archived && (
                <>
                  <br />
                  <button type="button" className="button button--quiet" onClick={() => startEdit(row)}>
                    {t("edit")}
                  </button>{" "}
                  <button type="button" className="button button--quiet" onClick={() => setArchiving(row)}>
                    {t("archive")}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </LoadState>
      <form onSubmit={save} aria-label={editing ? t("save") : t("create")}>
        <Field label={t("name")} value={draft.name} required maxLength={120} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <fieldset className="field">
          <legend>{t("units")}</legend>
          {units.length === 0 && <p className={styles.muted}>{t("noUnits")}</p>}
          {units.map((unit) => (
            <label key={unit.id} className={styles.checkbox}>
              <input type="checkbox" checked={draft.accommodationIds.includes(unit.id)} onChange={(e) => setDraft({ ...draft, accommodationIds: toggle(draft.accommodationIds, unit.id, e.target.checked) })} /> {unit.name}
            </label>
          ))}
        </fieldset>
        <NumberField label={t("minNights")} unit={t("nightsUnit")} required rules={{ integer: true, min: 1, max: 365 }} value={draft.minNights} onChange={(v) => setDraft({ ...draft, minNights: v })} />
        <NumberField label={t("maxNights")} unit={t("nightsUnit")} required rules={{ integer: true, min: 1, max: 365 }} value={draft.maxNights} onChange={(v) => setDraft({ ...draft, maxNights: v })} />
        <fieldset className="field">
          <legend>{t("pricing")}</legend>
          {(["price", "discount"] as const).map((mode) => (
            <label key={mode} className={styles.checkbox}>
              <input type="radio" name="package-pricing" checked={draft.pricing === mode} onChange={() => setDraft({ ...draft, pricing: mode })} /> {mode === "price" ? t("pricingPrice") : t("pricingDiscount")}
            </label>
          ))}
        </fieldset>
        {draft.pricing === "price" ? (
          <NumberField label={t("price", { currency })} currency={currency} required rules={{ min: 1 }} value={draft.price} onChange={(v) => setDraft({ ...draft, price: v })} />
        ) : (
          <NumberField label={t("discount")} unit="%" required rules={{ integer: true, min: 1, max: 90 }} value={draft.discount} onChange={(v) => setDraft({ ...draft, discount: v })} />
        )}
        <Field label={t("validFrom")} type="date" value={draft.validFrom} onChange={(e) => setDraft({ ...draft, validFrom: e.target.value })} />
        <Field label={t("validTo")} type="date" value={draft.validTo} onChange={(e) => setDraft({ ...draft, validTo: e.target.value })} />
        {(extras.data?.data.length ?? 0) > 0 && (
          <fieldset className="field">
            <legend>{t("extras")}</legend>
            {extras.data?.data.map((extra) => (
              <label key={extra.id} className={styles.checkbox}>
                <input type="checkbox" checked={draft.extras.includes(extra.id)} onChange={(e) => setDraft({ ...draft, extras: toggle(draft.extras, extra.id, e.target.checked) })} /> {extraName(extra.id)}
              </label>
            ))}
          </fieldset>
        )}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button">
          {editing ? t("save") : t("create")}
        </button>{" "}
        {editing && (
          <button type="button" className="button button--quiet" onClick={stopEdit}>
            {t("cancelEdit")}
          </button>
        )}
      </form>
      <Dialog open={archiving !== null} title={t("archiveTitle")} onClose={() => setArchiving(null)}>
        <p>{t("archiveBody", { name: archiving?.name ?? "" })}</p>
        <button type="button" className="button" onClick={() => archiving && void archive(archiving)}>
          {t("archiveConfirm")}
        </button>{" "}
        <button type="button" className="button button--quiet" onClick={() => setArchiving(null)}>
          {t("keep")}
        </button>
      </Dialog>
    </section>
  );
}
