import { useId, useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { useMessages } from "../../i18n/i18n";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import { messages } from "./messages";
import { problemText } from "./problem-text";
import styles from "./reservations.module.css";

/** Cancelling frees nights for good, so it always takes a second, explicit "yes". Mount it to open it. */
export function CancelDialog({ reservation, onClose, onCancelled }: {
  reservation: Schemas["Reservation"];
  onClose: () => void;
  onCancelled: () => void;
}) {
  const t = useMessages(messages);
  const { notify } = useToast();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(
        api.POST("/v1/reservations/{id}/cancel", {
          params: { path: { id: reservation.id } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      );
      notify(t("cancelled", { code: reservation.code }));
      onCancelled();
    } catch (error) {
      setProblem(problemText(error, t, { overrides: { not_cancellable: "cancelExpired" } }));
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t("cancelTitle", { code: reservation.code })} onClose={onClose}>
      <form onSubmit={submit} aria-busy={busy}>
        <p>{t("cancelIntro")}</p>
        <div className="field">
          <label htmlFor={reasonId}>{t("cancelReason")}</label>
          <textarea id={reasonId} name="reason" rows={3} maxLength={500} aria-describedby={`${reasonId}-hint`} value={reason} onChange={(event) => setReason(event.target.value)} />
          <small id={`${reasonId}-hint`} className="field__hint">
            {t("cancelReasonHint")}
          </small>
        </div>
        <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
        <div className={styles.dialogActions}>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? t("working") : t("cancelSubmit")}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} autoFocus>
            {t("keep")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
