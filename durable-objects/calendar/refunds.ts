import { newId } from "../../shared/ids";
import type { refundDecisionInput } from "./inputs";
import type { Ledger, ReservationDetails } from "./ledger";
import type { PaymentState } from "./read-model-sync";
import type { CancelResult, RefundView } from "./results";
import type { z } from "zod";

type Decision = z.output<typeof refundDecisionInput>;
type Failure = Extract<CancelResult, { ok: false }>;

const PROVIDERS = new Set(["mercadopago", "stripe"]);

/** The reservation's refund rows, oldest first. */
export function refundsOf(sql: SqlStorage, reservationId: string): RefundView[] {
  return sql
    .exec<PaymentState>(`SELECT * FROM payments WHERE reservation_id = ? AND kind = 'refund' ORDER BY created_at, id`, reservationId)
    .toArray()
    .map((row) => toRefundView(sql, row));
}

function toRefundView(sql: SqlStorage, row: PaymentState): RefundView {
  const original = row.refund_of ? sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ?`, row.refund_of).toArray()[0] : undefined;
  return {
    id: row.id,
    refundOf: row.refund_of,
    provider: row.provider,
    providerPaymentId: row.provider === "manual" ? null : (original?.provider_payment_id ?? null),
    amount: row.amount,
    currency: row.currency,
    status: row.status as RefundView["status"],
  };
}

/**
 * Records, inside the caller's transaction, what happens to the money paid for a reservation being
 * cancelled: kept, or given back in full or in part. Money given back by hand is recorded as
 * refunded at once; a provider refund is a `pending` row whose id is the provider call's idempotency
 * key, settled by `settleRefund` once the provider answers. Asking again with the same decision
 * answers the rows already recorded (a retry), never new ones.
 */
export function recordRefundDecision(sql: SqlStorage, ledger: Ledger, details: ReservationDetails, decision: Decision, now: number): Failure | { ok: true; refunds: RefundView[]; changed: boolean } {
  const existing = refundsOf(sql, details.id);
  const live = existing.filter((r) => r.status !== "failed");
  if (details.refund_decision !== null && (details.refund_decision === "keep" || live.length > 0)) {
    return details.refund_decision === decision.decision ? { ok: true, refunds: existing, changed: false } : { ok: false, code: "refund_already_decided" };
  }

  const payments = sql
    .exec<PaymentState>(`SELECT * FROM payments WHERE reservation_id = ? AND kind = 'payment' AND status = 'approved' ORDER BY created_at DESC, id DESC`, details.id)
    .toArray();
  const givenBack = (paymentId: string) => live.filter((r) => r.refundOf === paymentId).reduce((sum, r) => sum + r.amount, 0);
  const refundable = payments.map((p) => ({ payment: p, left: p.amount - givenBack(p.id) })).filter((p) => p.left > 0);
  const paid = refundable.reduce((sum, p) => sum + p.left, 0);

  if (decision.decision !== "keep") {
    if (paid <= 0) return { ok: false, code: "nothing_to_refund" };
    if (decision.decision === "partial" && decision.amount === undefined) return { ok: false, code: "refund_amount_required" };
    if (decision.decision === "partial" && decision.currency !== undefined && decision.currency !== details.currency) return { ok: false, code: "currency_mismatch" };
    const amount = decision.decision === "full" ? paid : decision.amount!;
    if (amount > paid) return { ok: false, code: "refund_too_large" };

    const rows: Array<{ payment: PaymentState; amount: number }> = [];
    if (decision.via === "manual") {
      rows.push({ payment: refundable[0]!.payment, amount });
    } else {
      let left = amount;
      for (const candidate of refundable.filter((p) => PROVIDERS.has(p.payment.provider) && p.payment.provider_payment_id)) {
        if (left === 0) break;
        const take = Math.min(left, candidate.left);
        rows.push({ payment: candidate.payment, amount: take });
        left -= take;
      }
      if (left > 0) return { ok: false, code: "no_provider_payment" };
    }
    for (const row of rows) {
      const id = newId("rfd");
      const manual = decision.via === "manual";
      sql.exec(
        `INSERT INTO payments (id, reservation_id, provider, provider_payment_id, method, amount, currency, status, reference, flag, recorded_by, created_at, updated_at, kind, refund_of)
         VALUES (?, ?, ?, NULL, 'refund', ?, ?, ?, NULL, NULL, ?, ?, ?, 'refund', ?)`,
        id,
        details.id,
        manual ? "manual" : row.payment.provider,
        row.amount,
        row.payment.currency,
        manual ? "refunded" : "pending",
        decision.recordedBy ?? null,
        now,
        now,
        row.payment.id,
      );
      ledger.enqueue("payment", id);
    }
  }
  sql.exec(`UPDATE reservations SET refund_decision = ?, updated_at = ? WHERE id = ?`, decision.decision, now, details.id);
  return { ok: true, refunds: refundsOf(sql, details.id), changed: true };
}

/** Records how a provider refund ended; only a pending refund moves, so a repeat changes nothing. */
export function settleRefund(sql: SqlStorage, ledger: Ledger, refundId: string, outcome: "refunded" | "failed", providerRefundId: string | null, now: number): RefundView | null {
  const row = sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ? AND kind = 'refund'`, refundId).toArray()[0];
  if (!row) return null;
  if (row.status === "pending") {
    sql.exec(`UPDATE payments SET status = ?, reference = coalesce(?, reference), updated_at = ?, version = version + 1 WHERE id = ?`, outcome, providerRefundId, now, refundId);
    ledger.enqueue("payment", refundId);
  }
  return toRefundView(sql, sql.exec<PaymentState>(`SELECT * FROM payments WHERE id = ?`, refundId).one());
}
