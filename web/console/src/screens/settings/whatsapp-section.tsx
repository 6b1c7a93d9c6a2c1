import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { ConnectionTestButton } from "./connection-test-button";
import { messages } from "./messages";
import { plainWords } from "./plain-words";
import styles from "./settings.module.css";

const EMPTY = { phoneNumberId: "", accessToken: "", appSecret: "", verifyToken: "" };

/** Connects the tenant's WhatsApp number; the token and secrets are stored sealed and never shown. */
export function WhatsAppSection() {
  const t = useMessages(messages);
  const words = useMessages(plainWords);
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/whatsapp")), []);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await unwrap(api.PUT("/v1/settings/whatsapp", { body: form }));
      setForm(EMPTY);
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    }
  };

  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <section className={`card ${styles.section}`} aria-labelledby="whatsapp">
      <h2 id="whatsapp">
        {t("whatsapp")} <Badge tone={current.data?.configured ? "ok" : "muted"}>{current.data?.configured ? `${t("configured")} · ${current.data.phoneNumberId}` : t("notConfigured")}</Badge>
      </h2>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <form onSubmit={save} autoComplete="off">
          {current.data?.configured && <ConnectionTestButton provider="whatsapp" />}
          <Field label={words("phoneNumberId")} inputMode="numeric" value={form.phoneNumberId} onChange={set("phoneNumberId")} required error={errors.phoneNumberId} hint={words("phoneNumberIdWhere")} />
          <Field label={words("waAccessToken")} type="password" value={form.accessToken} onChange={set("accessToken")} required error={errors.accessToken} hint={`${words("waAccessTokenWhere")} ${t("keepSecret")}`} />
          <Field label={words("appSecret")} type="password" value={form.appSecret} onChange={set("appSecret")} required error={errors.appSecret} hint={words("appSecretWhere")} />
          <Field label={words("verifyToken")} type="password" value={form.verifyToken} onChange={set("verifyToken")} required error={errors.verifyToken} hint={words("verifyTokenWhere")} />
          <p className={styles.muted}>
            {t("whatsappWebhook")}: <span className={styles.url}>{`${window.location.origin}/webhooks/whatsapp`}</span>
          </p>
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}
