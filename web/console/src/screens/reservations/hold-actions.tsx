import { useState } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { Link } from "../../router";
import { useFormat, useMessages } from "../../i18n/i18n";
import { useToast } from "../../ui/toast";
import { CancelDialog, moneyPaid, type PaymentRow } from "./cancel-dialog";
import { ConfirmPaymentDialog } from "./confirm-payment-dialog";
import { messages } from "./messages";
import { PaymentLinkPanel, type PaymentLink } from "./payment-link-panel";
import { problemText } from "./problem-text";
import { refundMessages } from "./refund-messages";
import styles from "./reservations.module.css";
import { useTenantZone } from "./use-tenant-zone";

/** Extend +15 min as its own call, so both the detail panel and the Today list use the same wording. */
export function useExtendHold(onChanged: () => void) {
  const t = useMessages(messages);
  const format = useFormat();
  const timeZone = useTenantZone();
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);
  async function extend(reservation: Schemas["Reservation"]) {
    setBusy(true);
    try {
      const { expiresAt } = await unwrap(api.POST("/v1/reservations/{id}/extend", { params: { path: { id: reservation.id } } }));
      notify(t("extended", { time: format.time(expiresAt, timeZone) }));
    } catch (error) {
      notify(problemText(error, t), { tone: "error" });
    } finally {
      setBusy(false);
      // Success or not (extension_used, not_held), what is on screen may be stale now.
      onChanged();
    }
  }
  return { extend, busy };
}

/**
 * What staff can do with a reservation, each in two taps: a hold can be extended, confirmed with
 * a payment taken by hand, sent a payment link or cancelled; a confirmed stay can be cancelled.
 */
export function HoldActions({ reservation, payments = [], onChanged }: { reservation: Schemas["Reservation"]; payments?: PaymentRow[]; onChanged: () => void }) {
  const t = useMessages(messages);
  const tm = useMessages(refundMessages);
  const [open, setOpen] = useState<"confirm" | "cancel">();
  const [link, setLink] = useState<PaymentLink>();
  const [linkProblem, setLinkProblem] = useState<{ text: string; settings: boolean }>();
  const [linkBusy, setLinkBusy] = useState(false);
  const { extend, busy: extending } = useExtendHold(onChanged);
  const held = reservation.status === "held";
  // Money waiting for a decision: a late payment on a lapsed hold, or a stay cancelled before anyone said what to do with it.
  const moneyUndecided = reservation.refundDecision === null && moneyPaid(payments).paid > 0 && (reservation.status === "needs_refund" || reservation.status === "cancelled");
  const cancellable = held || reservation.status === "confirmed" || moneyUndecided;
  if (!cancellable) return null;

  async function sendLink() {
    setLinkBusy(true);
    setLinkProblem(undefined);
    try {
      setLink(await unwrap(api.POST("/v1/reservations/{id}/payment-link", { params: { path: { id: reservation.id } }, body: {} })));
    } catch (error) {
      setLinkProblem({ text: problemText(error, t), settings: error instanceof ApiProblem && error.code === "provider_not_configured" });
    } finally {
      setLinkBusy(false);
    }
  }

  const done = () => {
    setOpen(undefined);
    onChanged();
  };

  return (
    <section className={styles.actions} aria-label={t("actions")}>
      <div className={styles.actionRow}>
        {held && (
          <>
            <button type="button" className="button" onClick={() => setOpen("confirm")}>
              {t("confirm")}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={reservation.extensionUsed || extending}
              aria-describedby={reservation.extensionUsed ? `extension-note-${reservation.id}` : undefined}
              onClick={() => extend(reservation)}
            >
              {reservation.extensionUsed ? t("extensionUsed") : extending ? t("working") : t("extend")}
            </button>
            <button type="button" className="button button--quiet" onClick={sendLink} disabled={linkBusy}>
              {linkBusy ? t("working") : t("paymentLink")}
            </button>
          </>
        )}
        <button type="button" className={`button button--quiet ${styles.danger}`} onClick={() => setOpen("cancel")}>
          {reservation.status === "cancelled" ? tm("decideMoney") : t("cancel")}
        </button>
      </div>
      {held && reservation.extensionUsed && (
        <p id={`extension-note-${reservation.id}`} className={styles.muted}>
          {t("extensionUsedNote")}
        </p>
      )}
      <div role="status" aria-live="polite">
        {linkProblem && (
          <p className="notice notice--error">
            {linkProblem.text}{" "}
            {linkProblem.settings && <Link href="/settings">{t("openSettings")}</Link>}
          </p>
        )}
      </div>
      {link && held && <PaymentLinkPanel link={link} reservation={reservation} />}
      {open === "confirm" && <ConfirmPaymentDialog reservation={reservation} onClose={() => setOpen(undefined)} onConfirmed={done} />}
      {open === "cancel" && <CancelDialog reservation={reservation} payments={payments} onClose={() => setOpen(undefined)} onCancelled={done} />}
    </section>
  );
}
