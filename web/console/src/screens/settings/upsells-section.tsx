import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFirstAnswer } from "../../api/use-first-answer";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { readMoney, readNumber } from "../../ui/number-input";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { upsellMessages } from "./upsells-messages";
import styles from "./settings.module.css";

const KINDS = ["late_checkout", "early_checkin", "other"] as const;
const WHEN = ["any", "before_arrival", "during_stay"] as const;

/** The catalog of extras guests can buy from the portal. */
export function UpsellsSection() {
  const t = useMessages(upsellMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { me } = useSession();
  const currency = me?.tenant.currency ?? "ARS";
  const { notify, fail } = useToast();
  const catalog = useApi(() => unwrap(api.GET("/v1/upsells")), []);
  const [kind, setKind] = useState<(typeof KINDS)[number]>("late_checkout");
  const [when, setWhen] = useState<(typeof WHEN)[number]>("any");
  const [names, setNames] = useState({ es: "", pt: "", en: "" });
  const [price, setPrice] = useState("");
  const [approval, setApproval] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function add(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    const amount = readMoney(price, locale, currency, { min: 0 });
    if (!amount.ok) return;
    const title = Object.fromEntries(Object.entries(names).filter(([, v]) => v.trim() !== "")) as { es?: string; pt?: string; en?: string };
    try {
      await unwrap(api.POST("/v1/upsells", { body: { kind, title, description: {}, price: amount.value, currency, accommodationIds: null, offeredWhen: when, requiresApproval: approval, active: true } }));
      notify(t("added"));
      setNames({ es: "", pt: "", en: "" });
      setPrice("");
      await catalog.reload();
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    }
  }
  async function remove(id: string) {
    try {
      await unwrap(api.DELETE("/v1/upsells/{id}", { params: { path: { id } } }));
      notify(t("removed"));
      await catalog.reload();
    } catch (error) {
      fail(error);
    }
  }
  const nameOf = (title: { es?: string; pt?: string; en?: string }) => (locale === "en" ? title.en : locale === "pt-BR" ? title.pt : title.es) ?? title.es ?? title.en ?? title.pt ?? "";
  return (
    <section className={`card ${styles.section}`} aria-labelledby="upsells">
      <h2 id="upsells">{t("title")}</h2>
      <p className={styles.muted}>{t("hint")}</p>
      <LoadState loading={catalog.loading} error={catalog.error} empty={catalog.data?.data.length === 0} emptyText={t("empty")} onRetry={catalog.reload}>
        <ul>
          {catalog.data?.data.map((u) => (
            <li key={u.id}>
              <strong>{nameOf(u.title)}</strong> · {t(`kind_${u.kind}`)} · {format.money({ amount: u.price, currency: u.currency })} · {t(`when_${u.offeredWhen}`)}
              {u.requiresApproval && (
                <>
                  {" "}
                  <Badge tone="info">{t("needsApproval")}</Badge>
                </>
              )}{" "}
              <button type="button" className="button button--quiet" onClick={() => void remove(u.id)}>
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      </LoadState>
      <form onSubmit={add}>
        <SelectField label={t("kind")} value={kind} options={KINDS.map((value) => ({ value, label: t(`kind_${value}`) }))} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])} />
        <Field label={t("titleEs")} value={names.es} required maxLength={200} error={errors["title"]} onChange={(e) => setNames({ ...names, es: e.target.value })} />
        <Field label={t("titlePt")} value={names.pt} maxLength={200} onChange={(e) => setNames({ ...names, pt: e.target.value })} />
        <Field label={t("titleEn")} value={names.en} maxLength={200} onChange={(e) => setNames({ ...names, en: e.target.value })} />
        <NumberField label={t("price", { currency })} currency={currency} required rules={{ min: 0 }} value={price} error={errors["price"]} onChange={setPrice} />
        <SelectField label={t("when")} value={when} options={WHEN.map((value) => ({ value, label: t(`when_${value}`) }))} onChange={(e) => setWhen(e.target.value as (typeof WHEN)[number])} />
        <label className={styles.checkbox}>
          <input type="checkbox" checked={approval} onChange={(e) => setApproval(e.target.checked)} /> {t("approval")}
        </label>
        <button type="submit" className="button">
          {t("add")}
        </button>
      </form>
    </section>
  );
}

/** ID photo retention, review links per channel and the KPI window. */
export function GuestPortalSettingsSection() {
  const t = useMessages(upsellMessages);
  const { locale } = useLocale();
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/guest-portal")), []);
  const [form, setForm] = useState({ retention: "30", window: "7", default: "", airbnb: "", booking: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFirstAnswer(current.data, (s) => setForm({ retention: String(s.idPhotoRetentionDays), window: String(s.kpiWindowDays), default: s.reviewLinks.default ?? "", airbnb: s.reviewLinks.airbnb ?? "", booking: s.reviewLinks.booking ?? "" }));
  async function save(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    const retention = readNumber(form.retention, locale, { integer: true, min: 1, max: 365 });
    const window = readNumber(form.window, locale, { integer: true, min: 1, max: 90 });
    if (!retention.ok || !window.ok) return;
    const reviewLinks = Object.fromEntries((["default", "airbnb", "booking"] as const).filter((k) => form[k].trim() !== "").map((k) => [k, form[k].trim()]));
    try {
      await unwrap(api.PUT("/v1/settings/guest-portal", { body: { idPhotoRetentionDays: retention.value, kpiWindowDays: window.value, reviewLinks } }));
      notify(t("saved"));
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    }
  }
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <section className={`card ${styles.section}`} aria-labelledby="guest-portal">
      <h2 id="guest-portal">{t("portalTitle")}</h2>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <form onSubmit={save}>
          <NumberField label={t("retention")} unit={t("retentionUnit")} required rules={{ integer: true, min: 1, max: 365 }} value={form.retention} error={errors["idPhotoRetentionDays"]} onChange={(v) => setForm({ ...form, retention: v })} />
          <NumberField label={t("kpiWindow")} unit={t("retentionUnit")} required rules={{ integer: true, min: 1, max: 90 }} value={form.window} error={errors["kpiWindowDays"]} onChange={(v) => setForm({ ...form, window: v })} />
          <Field label={t("reviewDefault")} type="url" value={form.default} onChange={set("default")} error={errors["reviewLinks.default"]} />
          <Field label={t("reviewAirbnb")} type="url" value={form.airbnb} onChange={set("airbnb")} error={errors["reviewLinks.airbnb"]} />
          <Field label={t("reviewBooking")} type="url" value={form.booking} onChange={set("booking")} error={errors["reviewLinks.booking"]} />
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}
