import { useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFirstAnswer } from "../../api/use-first-answer";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { Badge, LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./settings.module.css";

const EMPTY = { cbu: "", alias: "", holderName: "", cuit: "" };

/**
 * The bank account guests transfer the deposit to. Not a secret (guests are sent it), so it is
 * shown back; the API checks the CBU/CVU and CUIT check digits and names the field that fails.
 */
export function TransferSection() {
  const t = useMessages(messages);
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/payments/transfer")), []);
  const [enabled, setEnabled] = useState(false);
  const [account, setAccount] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useFirstAnswer(current.data, (data) => {
    setEnabled(data.enabled);
    setAccount({ cbu: data.cbu ?? "", alias: data.alias ?? "", holderName: data.holderName ?? "", cuit: data.cuit ?? "" });
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await unwrap(
        api.PUT("/v1/settings/payments/transfer", {
          body: { enabled, cbu: account.cbu, holderName: account.holderName, cuit: account.cuit, ...(account.alias.trim() ? { alias: account.alias.trim() } : {}) },
        }),
      );
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      // Each field says what is wrong in the person's language; the API's own summary is English.
      if (Object.keys(byField).length > 0) notify(t("checkFields"), { tone: "error" });
      else fail(error);
    }
  };

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setAccount({ ...account, [field]: event.target.value });
  const offered = current.data?.enabled ? (current.data.gatewayConnected ? t("transferBeside") : t("transferOnly")) : t("transferOff");
  return (
    <section className={`card ${styles.section}`} aria-labelledby="transfer">
      <h2 id="transfer">
        {t("transfer")} <Badge tone={current.data?.enabled ? "ok" : "muted"}>{current.data?.enabled ? t("transferEnabled") : t("notConfigured")}</Badge>
      </h2>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <p className={styles.muted}>{offered}</p>
        <form onSubmit={save} autoComplete="off" noValidate>
          <label className={styles.checkbox}>
            <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} /> {t("transferAccept")}
          </label>
          <Field label={t("cbu")} inputMode="numeric" value={account.cbu} onChange={set("cbu")} hint={t("cbuHint")} error={errors.cbu && t("cbuInvalid")} required />
          <div className={styles.row}>
            <Field label={t("alias")} value={account.alias} onChange={set("alias")} hint={t("aliasHint")} error={errors.alias && t("aliasInvalid")} />
            <Field label={t("cuit")} inputMode="numeric" value={account.cuit} onChange={set("cuit")} hint={t("cuitHint")} error={errors.cuit && t("cuitInvalid")} required />
          </div>
          <Field label={t("holderName")} value={account.holderName} onChange={set("holderName")} error={errors.holderName && t("holderInvalid")} required />
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}
