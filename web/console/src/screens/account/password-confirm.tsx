import { useState, type FormEvent, type ReactNode } from "react";
import { ApiProblem } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import styles from "./account.module.css";

/**
 * Every change to two-step verification asks for the current password again (the API answers
 * 403 `invalid_password` when it is wrong, and 429 once the sign-in budget is spent); both are
 * shown on the field, anything else as a toast.
 */
export function PasswordConfirm({
  submitLabel,
  onConfirm,
  onCancel,
  children,
}: {
  submitLabel: string;
  onConfirm: (password: string) => Promise<void>;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const t = useMessages(messages);
  const { fail } = useToast();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm(password);
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.code === "invalid_password") setError(t("wrongPassword"));
      else if (problem instanceof ApiProblem && problem.status === 429) setError(t("tooManyAttempts"));
      else fail(problem);
      setPassword("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.enrolment} onSubmit={submit} aria-busy={busy}>
      {children}
      <Field
        label={t("currentPassword")}
        name="current-password"
        type="password"
        autoComplete="current-password"
        required
        hint={t("passwordHint")}
        error={error}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("working") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
