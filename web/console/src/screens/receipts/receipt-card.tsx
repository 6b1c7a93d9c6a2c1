import { useState } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { useFormat, useMessages } from "../../i18n/i18n";
import { Link } from "../../router";
import { SelectField } from "../../ui/field";
import { Badge } from "../../ui/states";
import { useToast } from "../../ui/toast";
import { messages, type ReceiptMessage } from "./messages";
import { ReceiptFile } from "./receipt-file";
import styles from "./receipts.module.css";

type Receipt = Schemas["TransferReceipt"];
type Reason = Schemas["RejectTransferReceipt"]["reason"];
const REASONS: Reason[] = ["not_received", "amount_mismatch", "unreadable", "wrong_account", "other"];
const TONE = { pending: "warn", confirmed: "ok", rejected: "muted" } as const;

function problemText(error: unknown, t: (key: ReceiptMessage, vars?: Record<string, string>) => string): string {
  if (error instanceof ApiProblem) {
    if (error.code === "receipt_rejected") return t("err_receipt_rejected");
    if (error.code === "receipt_confirmed") return t("err_receipt_confirmed");
    if (error.code === "expired" || error.code === "not_held") return t("err_expired");
  }
  return t("err_other", { detail: error instanceof Error ? error.message : String(error) });
}

/**
 * One transfer receipt with what staff do about it, one tap each: confirm the deposit (the guest
 * gets their confirmation with the code) or reject it with the reason picked beside the button
 * (the guest is told why, in their language).
 */
export function ReceiptCard({ receipt, timeZone, onDecided, showReservationLink = true }: { receipt: Receipt; timeZone: string; onDecided: () => void; showReservationLink?: boolean }) {
  const t = useMessages(messages);
  const format = useFormat();
  const { notify } = useToast();
  const [reason, setReason] = useState<Reason>("not_received");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const guestName = receipt.reservation?.guestName ?? "…";

  async function decide(action: "confirm" | "reject") {
    setBusy(true);
    setProblem(undefined);
    try {
      const path = { params: { path: { id: receipt.id } } };
      if (action === "confirm") {
        const { reservation } = await unwrap(api.POST("/v1/transfer-receipts/{id}/confirm", path));
        notify(t("confirmed", { code: reservation.code }));
      } else {
        await unwrap(api.POST("/v1/transfer-receipts/{id}/reject", { ...path, body: { reason } }));
        notify(t("rejected"));
      }
      onDecided();
    } catch (error) {
      setProblem(problemText(error, t));
      onDecided();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={styles.receipt}>
      <div className={styles.top}>
        <strong>
          {guestName}
          {receipt.reservation && <> · <code>{receipt.reservation.code}</code></>}
        </strong>
        <Badge tone={TONE[receipt.status]}>{t(`status_${receipt.status}`)}</Badge>
      </div>
      <p className={styles.meta}>
        {receipt.reservation && <>{t("deposit", { amount: format.money(receipt.reservation.deposit) })} · </>}
        {receipt.holdLive ? t("receivedAt", { when: format.dateTime(receipt.createdAt, timeZone) }) : t("holdLapsed")}
        {receipt.rejectReason && <> · {t(`reason_${receipt.rejectReason}`)}</>}
      </p>
      <ReceiptFile url={receipt.fileUrl} contentType={receipt.contentType} guestName={guestName} />
      {receipt.status === "pending" && (
        <div className={styles.actions}>
          <button type="button" className="button" disabled={busy} onClick={() => decide("confirm")}>
            {busy ? t("working") : t("confirm")}
          </button>
          <SelectField label={t("reason")} value={reason} onChange={(event) => setReason(event.target.value as Reason)} options={REASONS.map((value) => ({ value, label: t(`reason_${value}`) }))} />
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => decide("reject")}>
            {t("reject")}
          </button>
        </div>
      )}
      <div role="alert">{problem && <p className="notice notice--error">{problem}</p>}</div>
      {showReservationLink && (
        <Link href={`/reservations?id=${encodeURIComponent(receipt.reservationId)}`} className={styles.meta}>
          {t("open")}
        </Link>
      )}
    </li>
  );
}
