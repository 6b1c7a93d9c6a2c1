import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap, type Schemas } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFirstAnswer } from "../../api/use-first-answer";
import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { CopyButton } from "../../ui/copy-button";
import { Field, SelectField } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { ConnectionTestButton } from "./connection-test-button";
import { emailMessages, type EmailMessage } from "./email-messages";
import { messages } from "./messages";
import styles from "./settings.module.css";

type Provider = Schemas["EmailSettingsRequest"]["provider"];
const EMPTY = { provider: "resend" as Provider, fromAddress: "", fromName: "", inboundDomain: "", resendApiKey: "", resendWebhookSecret: "" };
type Form = typeof EMPTY;

// The API names the failing field in English; each field says what is wrong in the owner's words.
const FIELD_PROBLEM: Partial<Record<keyof Form, EmailMessage>> = {
  fromAddress: "fromAddressInvalid",
  fromName: "fromNameInvalid",
  inboundDomain: "inboundDomainInvalid",
  resendApiKey: "resendApiKeyInvalid",
  resendWebhookSecret: "resendWebhookSecretInvalid",
};

/**
 * Email as a guest channel: the provider, the verified sender and the domain replies come back to.
 * The Resend secrets go in and never come back; the form says only that they are stored.
 */
export function EmailSection() {
  const t = useMessages(messages);
  const te = useMessages(emailMessages);
  const { me } = useSession();
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/email")), []);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  // A new save starts the connection test afresh: an earlier answer was about other settings.
  const [saves, setSaves] = useState(0);

  useFirstAnswer(current.data, (data) => {
    if (data.configured) setForm((form) => ({ ...form, provider: data.provider ?? "resend", fromAddress: data.fromAddress ?? "", fromName: data.fromName ?? "", inboundDomain: data.inboundDomain ?? "" }));
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const resend = form.provider === "resend";
    try {
      await unwrap(
        api.PUT("/v1/settings/email", {
          body: {
            provider: form.provider,
            fromAddress: form.fromAddress.trim(),
            fromName: form.fromName.trim() || null,
            inboundDomain: form.inboundDomain.trim(),
            // Left empty, a stored secret is kept.
            ...(resend && form.resendApiKey.trim() ? { resendApiKey: form.resendApiKey.trim() } : {}),
            ...(resend && form.resendWebhookSecret.trim() ? { resendWebhookSecret: form.resendWebhookSecret.trim() } : {}),
          },
        }),
      );
      setForm((form) => ({ ...form, resendApiKey: "", resendWebhookSecret: "" }));
      setSaves((count) => count + 1);
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      const byField = fieldErrors(error);
      const shown: Partial<Record<keyof Form, string>> = {};
      for (const [field, key] of Object.entries(FIELD_PROBLEM) as [keyof Form, EmailMessage][]) if (byField[field]) shown[field] = te(key);
      setErrors(shown);
      if (Object.keys(shown).length > 0) notify(t("checkFields"), { tone: "error" });
      else fail(error);
    }
  };

  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const data = current.data;
  const resend = form.provider === "resend";
  // The stored secrets are Resend's: they are kept only while the saved provider is Resend.
  const keyStored = Boolean(data?.resendApiKeyStored);
  const secretStored = Boolean(data?.resendWebhookSecretStored);
  const webhook = `${window.location.origin}/webhooks/resend/${me?.tenant.id ?? ""}`;
  const providerName = data?.provider === "cloudflare" ? te("providerCloudflare") : te("providerResend");
  return (
    <section className={`card ${styles.section}`} aria-labelledby="email-settings">
      <h2 id="email-settings">
        {te("email")} <Badge tone={data?.configured ? "ok" : "muted"}>{data?.configured ? `${t("configured")} · ${data.fromAddress}` : t("notConfigured")}</Badge>
      </h2>
      <LoadState loading={current.loading} error={current.error} empty={!data} onRetry={current.reload}>
        <p className={styles.muted}>{te("emailIntro")}</p>
        <form onSubmit={save} autoComplete="off" noValidate>
          {data?.configured && <ConnectionTestButton key={saves} provider="email" name={providerName} />}
          <SelectField
            label={te("provider")}
            value={form.provider}
            onChange={(event) => setForm({ ...form, provider: event.target.value as Provider })}
            options={[
              { value: "resend", label: te("providerResend") },
              { value: "cloudflare", label: te("providerCloudflare") },
            ]}
          />
          <div className={styles.row}>
            <Field label={te("fromAddress")} type="email" inputMode="email" value={form.fromAddress} onChange={set("fromAddress")} required hint={te("fromAddressHint")} error={errors.fromAddress} />
            <Field label={te("fromName")} value={form.fromName} onChange={set("fromName")} maxLength={80} hint={te("fromNameHint")} error={errors.fromName} />
          </div>
          <Field label={te("inboundDomain")} value={form.inboundDomain} onChange={set("inboundDomain")} required autoCapitalize="none" spellCheck={false} hint={te("inboundDomainHint")} error={errors.inboundDomain} />
          {resend && (
            <>
              <Field
                label={te("resendApiKey")}
                type="password"
                value={form.resendApiKey}
                onChange={set("resendApiKey")}
                required={!keyStored}
                placeholder={keyStored ? te("stored") : undefined}
                hint={keyStored ? `${te("storedKeep")} ${te("resendApiKeyWhere")}` : te("resendApiKeyWhere")}
                error={errors.resendApiKey}
              />
              <Field
                label={te("resendWebhookSecret")}
                type="password"
                value={form.resendWebhookSecret}
                onChange={set("resendWebhookSecret")}
                required={!secretStored}
                placeholder={secretStored ? te("stored") : undefined}
                hint={secretStored ? `${te("storedKeep")} ${te("resendWebhookSecretWhere")}` : te("resendWebhookSecretWhere")}
                error={errors.resendWebhookSecret}
              />
              <div className={styles.copyRow}>
                <p className={styles.muted}>
                  {te("webhookUrl")}: <span className={styles.url} data-testid="resend-webhook-url">{webhook}</span>
                </p>
                <CopyButton text={webhook} label={te("copyUrl")} copiedText={t("copied")} failedText={t("copyFailed")} />
              </div>
            </>
          )}
          <h3>{te("setupTitle")}</h3>
          <ul className={styles.steps}>
            <li>{resend ? te("setupResend") : te("setupCloudflare")}</li>
            <li>{te("setupInbound")}</li>
          </ul>
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}
