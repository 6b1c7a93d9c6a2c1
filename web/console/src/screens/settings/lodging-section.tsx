import { useId, useState, type FormEvent } from "react";
import { api, fieldErrors, unwrap } from "../../api/client";
import { useApi } from "../../api/use-api";
import { useFirstAnswer } from "../../api/use-first-answer";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { LoadState } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { lodgingMessages } from "./lodging-messages";
import styles from "./settings.module.css";

const EMPTY = { address: "", cancellationPolicy: "", houseRules: "" };

/** The address, cancellation policy and house rules the assistant tells guests in the owner's words. */
export function LodgingSection() {
  const t = useMessages(lodgingMessages);
  const { notify, fail } = useToast();
  const current = useApi(() => unwrap(api.GET("/v1/settings/lodging")), []);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFirstAnswer(current.data, (data) => setForm({ address: data.address ?? "", cancellationPolicy: data.cancellationPolicy ?? "", houseRules: data.houseRules ?? "" }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      const blankIsNull = (value: string) => (value.trim() === "" ? null : value);
      await unwrap(api.PUT("/v1/settings/lodging", { body: { address: blankIsNull(form.address), cancellationPolicy: blankIsNull(form.cancellationPolicy), houseRules: blankIsNull(form.houseRules) } }));
      notify(t("saved"));
      await current.reload();
    } catch (error) {
      setErrors(fieldErrors(error));
      fail(error);
    }
  };

  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <section className={`card ${styles.section}`} aria-labelledby="lodging">
      <h2 id="lodging">{t("lodging")}</h2>
      <p className={styles.muted}>{t("lodgingHint")}</p>
      <LoadState loading={current.loading} error={current.error} empty={!current.data} onRetry={current.reload}>
        <form onSubmit={save}>
          <Field label={t("address")} value={form.address} onChange={set("address")} maxLength={300} error={errors.address} />
          <TextArea label={t("cancellationPolicy")} value={form.cancellationPolicy} onChange={set("cancellationPolicy")} error={errors.cancellationPolicy} />
          <TextArea label={t("houseRules")} value={form.houseRules} onChange={set("houseRules")} error={errors.houseRules} />
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </LoadState>
    </section>
  );
}

function TextArea({ label, value, onChange, error }: { label: string; value: string; onChange: (event: { target: { value: string } }) => void; error?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} maxLength={2000} value={value} onChange={onChange} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-note` : undefined} />
      {error && (
        <small id={`${id}-note`} className="field__error">
          {error}
        </small>
      )}
    </div>
  );
}
