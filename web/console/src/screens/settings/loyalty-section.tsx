import { useId, useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFirstAnswer } from "../../api/use-first-answer";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { formatNumber, readNumber, type NumberRules } from "../../ui/number-input";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { loyaltyMessages } from "./loyalty-messages";
import styles from "./settings.module.css";

type Tier = Schemas["LoyaltyTier"];
type Draft = { key: number; name: string; minStays: string; minNights: string; discount: string; benefits: string; welcome: string; freeExtras: string[] };
/** A late check-out or early check-in of the catalog, which a tier may give for free. */
type DayUseExtra = { id: string; title: string };
type DraftErrors = { name?: string; minStays?: string; benefits?: string; welcome?: string };

const MAX_TIERS = 10;
const STAYS: NumberRules = { integer: true, min: 1, max: 1000 };
const NIGHTS: NumberRules = { integer: true, min: 1, max: 10_000 };
const PERCENT: NumberRules = { min: 0, max: 90 };
/** The API's limit on a welcome text, in characters as a person counts them (an emoji is one). */
const WELCOME_MAX = 500;
const characters = (text: string) => [...text].length;

let nextKey = 0;
const blank = (): Draft => ({ key: nextKey++, name: "", minStays: "", minNights: "", discount: "", benefits: "", welcome: "", freeExtras: [] });

/** The loyalty tiers: what a returning guest reaches and what each tier gives. */
export function LoyaltySection() {
  const t = useMessages(loyaltyMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/loyalty/tiers")), []);
  const catalog = useApi(() => unwrap(api.GET("/v1/upsells")), []);
  const language = locale === "en" ? "en" : locale === "pt-BR" ? "pt" : "es";
  const dayUses: DayUseExtra[] = (catalog.data?.data ?? [])
    .filter((u) => u.kind === "late_checkout" || u.kind === "early_checkin")
    .map((u) => ({ id: u.id, title: u.title[language] ?? u.title.es ?? u.title.pt ?? u.title.en ?? "" }));
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [errors, setErrors] = useState<Record<number, DraftErrors>>({});
  const [saving, setSaving] = useState(false);

  const toDraft = (tier: Tier): Draft => ({
    key: nextKey++,
    name: tier.name,
    minStays: tier.minStays == null ? "" : formatNumber(tier.minStays, locale),
    minNights: tier.minNights == null ? "" : formatNumber(tier.minNights, locale),
    discount: tier.discountPercent == null ? "" : formatNumber(tier.discountPercent, locale),
    benefits: (tier.benefits ?? []).join("\n"),
    welcome: tier.welcomeText ?? "",
    freeExtras: tier.freeExtras ?? [],
  });
  useFirstAnswer(current.data, (answer) => setDrafts(answer.tiers.map(toDraft)));

  const update = (key: number, change: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)));

  /** Reads the drafts as the API takes them, or says in words what is missing from each. */
  function read(): { tiers: Tier[] } | { errors: Record<number, DraftErrors> } {
    const found: Record<number, DraftErrors> = {};
    const seen = new Set<string>();
    const number = (text: string, rules: NumberRules) => {
      if (text.trim() === "") return { ok: true as const, value: null };
      const result = readNumber(text, locale, rules);
      return result.ok ? { ok: true as const, value: result.value } : { ok: false as const };
    };
    const tiers = drafts.map((d) => {
      const own: DraftErrors = {};
      const name = d.name.trim();
      if (!name) own.name = t("nameRequired");
      else if (seen.has(name.toLocaleLowerCase())) own.name = t("nameTaken");
      seen.add(name.toLocaleLowerCase());
      const minStays = number(d.minStays, STAYS);
      const minNights = number(d.minNights, NIGHTS);
      const discount = number(d.discount, PERCENT);
      if (minStays.ok && minNights.ok && minStays.value === null && minNights.value === null) own.minStays = t("thresholdRequired");
      // Unreadable numbers are already explained under their own field and block the form.
      const benefits = d.benefits.split("\n").map((line) => line.trim()).filter(Boolean);
      if (benefits.length > 10 || benefits.some((line) => line.length > 200)) own.benefits = t("benefitsTooLong");
      const welcome = d.welcome.trim();
      if (characters(welcome) > WELCOME_MAX) own.welcome = t("welcomeTooLong", { max: String(WELCOME_MAX), count: String(characters(welcome)) });
      if (own.name || own.minStays || own.benefits || own.welcome || !minStays.ok || !minNights.ok || !discount.ok) found[d.key] = own;
      return { name, minStays: minStays.ok ? minStays.value : null, minNights: minNights.ok ? minNights.value : null, discountPercent: discount.ok ? discount.value : null, benefits, welcomeText: welcome || null, freeExtras: d.freeExtras };
    });
    return Object.keys(found).length ? { errors: found } : { tiers };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = read();
    if ("errors" in result) {
      setErrors(result.errors);
      fail(new Error(t("fixErrors")));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await unwrap(api.PUT("/v1/loyalty/tiers", { body: result }));
      setDrafts(saved.tiers.map(toDraft));
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  }

  const summary = (tier: Tier) =>
    [
      [tier.minStays != null ? t(tier.minStays === 1 ? "summaryStay" : "summaryStays", { count: formatNumber(tier.minStays, locale) }) : null, tier.minNights != null ? t(tier.minNights === 1 ? "summaryNight" : "summaryNights", { count: formatNumber(tier.minNights, locale) }) : null].filter(Boolean).join(t("summaryOr")),
      tier.discountPercent ? t("summaryOff", { percent: format.percent(tier.discountPercent) }) : null,
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <section className={`card ${styles.section}`} aria-labelledby="loyalty">
      <h2 id="loyalty">{t("title")}</h2>
      <p className={styles.muted}>{t("hint")}</p>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <form onSubmit={save}>
          {drafts.length === 0 && <p className={styles.muted}>{t("empty")}</p>}
          <ol className={styles.list}>
            {drafts.map((d, index) => (
              <TierFields key={d.key} draft={d} index={index} dayUses={dayUses} errors={errors[d.key] ?? {}} onChange={(change) => update(d.key, change)} onRemove={() => setDrafts((all) => all.filter((x) => x.key !== d.key))} />
            ))}
          </ol>
          {current.data && current.data.tiers.length > 0 && (
            <ul className={styles.muted} aria-label={t("title")}>
              {current.data.tiers.map((tier) => (
                <li key={tier.name}>
                  <strong>{tier.name}</strong>: {summary(tier)}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.dialogActions}>
            <button type="button" className="button button--quiet" disabled={drafts.length >= MAX_TIERS} title={drafts.length >= MAX_TIERS ? t("tooMany") : undefined} onClick={() => setDrafts((all) => [...all, blank()])}>
              {t("add")}
            </button>
            <button type="submit" className="button" disabled={saving}>
              {t("save")}
            </button>
          </div>
        </form>
      </LoadState>
    </section>
  );
}

function TierFields({ draft, index, dayUses, errors, onChange, onRemove }: { draft: Draft; index: number; dayUses: DayUseExtra[]; errors: DraftErrors; onChange: (change: Partial<Draft>) => void; onRemove: () => void }) {
  const t = useMessages(loyaltyMessages);
  const benefitsId = useId();
  const welcomeId = useId();
  const heading = t("tier", { n: index + 1 });
  return (
    <li>
      <fieldset className={styles.tier} aria-label={heading}>
        <legend>{heading}</legend>
        <Field label={t("name")} value={draft.name} maxLength={40} error={errors.name} onChange={(e) => onChange({ name: e.target.value })} />
        <div className={styles.row}>
          <NumberField label={t("minStays")} rules={STAYS} value={draft.minStays} error={errors.minStays} hint={t("thresholdHint")} onChange={(v) => onChange({ minStays: v })} />
          <NumberField label={t("minNights")} rules={NIGHTS} value={draft.minNights} onChange={(v) => onChange({ minNights: v })} />
        </div>
        <NumberField label={t("discount")} unit="%" rules={PERCENT} value={draft.discount} onChange={(v) => onChange({ discount: v })} />
        <div className="field">
          <label htmlFor={benefitsId}>{t("benefits")}</label>
          <textarea id={benefitsId} rows={3} aria-describedby={`${benefitsId}-hint`} aria-invalid={errors.benefits ? true : undefined} value={draft.benefits} onChange={(e) => onChange({ benefits: e.target.value })} />
          <small id={`${benefitsId}-hint`} className={errors.benefits ? "field__error" : "field__hint"}>
            {errors.benefits ?? t("benefitsHint")}
          </small>
        </div>
        <div className="field">
          <label htmlFor={welcomeId}>{t("welcome")}</label>
          <textarea id={welcomeId} rows={3} aria-describedby={`${welcomeId}-hint`} aria-invalid={errors.welcome ? true : undefined} value={draft.welcome} onChange={(e) => onChange({ welcome: e.target.value })} />
          <small id={`${welcomeId}-hint`} className={errors.welcome ? "field__error" : "field__hint"}>
            {errors.welcome ?? t("welcomeHint", { count: String(characters(draft.welcome.trim())), max: String(WELCOME_MAX) })}
          </small>
        </div>
        {dayUses.length > 0 && (
          <fieldset className="field">
            <legend>{t("freeExtras")}</legend>
            {dayUses.map((extra) => (
              <label key={extra.id} className={styles.checkbox}>
                <input
                  type="checkbox"
                  checked={draft.freeExtras.includes(extra.id)}
                  onChange={(e) => onChange({ freeExtras: e.target.checked ? [...draft.freeExtras, extra.id] : draft.freeExtras.filter((id) => id !== extra.id) })}
                />{" "}
                {extra.title}
              </label>
            ))}
            <small className="field__hint">{t("freeExtrasHint")}</small>
          </fieldset>
        )}
        <button type="button" className="button button--quiet" onClick={onRemove}>
          {t("remove")}
        </button>
      </fieldset>
    </li>
  );
}
