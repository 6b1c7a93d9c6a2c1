import { useEffect, useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useLocale, useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { Field, SelectField } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { numberToInput, readNumber, valueOf } from "../../ui/number-input";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { ConnectionTestButton } from "./connection-test-button";
import { messages } from "./messages";
import { plainWords } from "./plain-words";
import styles from "./settings.module.css";

type Provider = Schemas["PaymentSettingsRequest"]["defaultProvider"];

/** Payment credentials go in and never come back: the form only says whether each is configured. */
export function PaymentsSection() {
  const t = useMessages(messages);
  const words = useMessages(plainWords);
  const { me } = useSession();
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/payments")), []);
  const [mp, setMp] = useState({ accessToken: "", webhookSecret: "" });
  const [stripe, setStripe] = useState({ secretKey: "", webhookSecret: "" });
  const [defaultProvider, setDefaultProvider] = useState<Provider>("mercadopago");
  const { locale } = useLocale();
  const [depositPercent, setDepositPercent] = useState(() => numberToInput(30, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!current.data) return;
    setDefaultProvider(current.data.defaultProvider);
    setDepositPercent(numberToInput(current.data.depositPercent, locale));
  }, [current.data, locale]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // The field blocks the submit while it cannot be read, so this is a whole 0–100.
    const percent = valueOf(readNumber(depositPercent, locale));
    if (percent === null) return;
    setErrors({});
    try {
      await unwrap(
        api.PUT("/v1/settings/payments", {
          body: {
            defaultProvider,
            depositPercent: percent,
            ...(mp.accessToken || mp.webhookSecret ? { mercadopago: mp } : {}),
            ...(stripe.secretKey || stripe.webhookSecret ? { stripe } : {}),
          },
        }),
      );
      setMp({ accessToken: "", webhookSecret: "" });
      setStripe({ secretKey: "", webhookSecret: "" });
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    }
  };

  const hook = (provider: string) => `${window.location.origin}/webhooks/${provider}/${me?.tenant.id ?? ""}`;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="payments">
      <h2 id="payments">{t("payments")}</h2>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <form onSubmit={save} autoComplete="off">
          <h3>
            Mercado Pago <Badge tone={current.data?.mercadopago.configured ? "ok" : "muted"}>{current.data?.mercadopago.configured ? t("configured") : t("notConfigured")}</Badge>
          </h3>
          <Field label={words("mpAccessToken")} type="password" value={mp.accessToken} onChange={(e) => setMp({ ...mp, accessToken: e.target.value })} hint={`${words("mpAccessTokenWhere")} ${t("keepSecret")}`} error={errors["mercadopago.accessToken"]} />
          <Field label={words("mpWebhookSecret")} type="password" value={mp.webhookSecret} onChange={(e) => setMp({ ...mp, webhookSecret: e.target.value })} hint={words("mpWebhookSecretWhere")} error={errors["mercadopago.webhookSecret"]} />
          <p className={styles.muted}>
            {t("webhookUrl", { provider: "Mercado Pago" })}: <span className={styles.url}>{hook("mercadopago")}</span>
          </p>
          {current.data?.mercadopago.configured && <ConnectionTestButton provider="mercadopago" />}
          <h3>
            Stripe <Badge tone={current.data?.stripe.configured ? "ok" : "muted"}>{current.data?.stripe.configured ? t("configured") : t("notConfigured")}</Badge>
          </h3>
          <Field label={words("stripeSecretKey")} type="password" value={stripe.secretKey} onChange={(e) => setStripe({ ...stripe, secretKey: e.target.value })} hint={`${words("stripeSecretKeyWhere")} ${t("keepSecret")}`} error={errors["stripe.secretKey"]} />
          <Field label={words("stripeWebhookSecret")} type="password" value={stripe.webhookSecret} onChange={(e) => setStripe({ ...stripe, webhookSecret: e.target.value })} hint={words("stripeWebhookSecretWhere")} error={errors["stripe.webhookSecret"]} />
          <p className={styles.muted}>
            {t("webhookUrl", { provider: "Stripe" })}: <span className={styles.url}>{hook("stripe")}</span>
          </p>
          {current.data?.stripe.configured && <ConnectionTestButton provider="stripe" />}
          <div className={styles.row}>
            <SelectField label={t("defaultProvider")} value={defaultProvider} onChange={(e) => setDefaultProvider(e.target.value as Provider)} options={[{ value: "mercadopago", label: "Mercado Pago" }, { value: "stripe", label: "Stripe" }]} />
            <NumberField label={t("depositPercent")} rules={{ integer: true, min: 0, max: 100 }} unit="%" value={depositPercent} onChange={setDepositPercent} required error={errors.depositPercent} />
          </div>
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}
