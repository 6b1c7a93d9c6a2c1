import type { RefundView } from "../../durable-objects/calendar/results";
import { accommodationOfReservation } from "../../shared/ids";
import { log } from "../../shared/log";
import { raiseAlert } from "../alerts/alerts";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { ProviderError, type ProviderName } from "./provider";
import { providerFor } from "./providers";
import { calendarOf } from "../bookings/calendar";
import type { Reservation } from "../bookings/reservations";

export interface CancelRequest {
  reason?: string;
  /** What happens to money already paid: refunded in full or in part (through its provider or by hand), or kept. */
  refund?: { decision: "full" | "partial" | "keep"; amount?: { amount: number; currency: string }; via?: "provider" | "manual" };
  recordedBy?: string;
}

const DECISION_PROBLEMS: Record<string, [409 | 422, string]> = {
  not_cancellable: [409, "This reservation can no longer be cancelled"],
  refund_already_decided: [409, "What happens to this reservation's money was already decided"],
  nothing_to_refund: [422, "No payment of this reservation is left to refund"],
  refund_too_large: [422, "A refund cannot be larger than what was paid and not yet refunded"],
  refund_amount_required: [422, "A partial refund needs an amount"],
  no_provider_payment: [422, "The money did not come through Mercado Pago or Stripe; record the refund as made by hand (via: manual)"],
  currency_mismatch: [422, "The refund must be in the reservation's currency"],
};

/**
 * Cancels a reservation and records, in the same transaction of its calendar object, what happens
 * to the money paid. A provider refund is then asked of Mercado Pago or Stripe with the refund row's
 * id as idempotency key, so cancelling again with the same decision (a retry after an outage) asks
 * again without ever refunding twice; the outcome is recorded back in the object.
 */
export async function cancelStay(env: Env, db: Database, config: Config, tenantId: string, reservationId: string, request: CancelRequest): Promise<{ reservation: Reservation; refunds: RefundView[] }> {
  const accommodationId = accommodationOfReservation(reservationId);
  if (!accommodationId) throw notFound("Reservation");
  const calendar = calendarOf(env, accommodationId);
  const refund = request.refund && {
    decision: request.refund.decision,
    amount: request.refund.amount?.amount,
    currency: request.refund.amount?.currency,
    via: request.refund.via ?? "provider",
    recordedBy: request.recordedBy,
  };
  const result = await calendar.cancel({ tenantId, reservationId, reason: request.reason, refund });
  if (!result.ok) {
    if (result.code === "not_found") throw notFound("Reservation");
    const [status, detail] = DECISION_PROBLEMS[result.code] ?? [409, "This reservation can no longer be cancelled"];
    throw new AppError(status, result.code, detail);
  }

  const refunds: RefundView[] = [];
  for (const row of result.refunds) {
    refunds.push(row.status === "pending" && row.providerPaymentId ? await refundThroughProvider(env, db, config, tenantId, reservationId, row) : row);
  }
  return { reservation: result.reservation, refunds };
}

async function refundThroughProvider(env: Env, db: Database, config: Config, tenantId: string, reservationId: string, row: RefundView): Promise<RefundView> {
  const calendar = calendarOf(env, accommodationOfReservation(reservationId)!);
  try {
    const provider = await providerFor(db, config, tenantId, row.provider as ProviderName);
    const answer = await provider.refund({ providerPaymentId: row.providerPaymentId!, amount: { amount: row.amount, currency: row.currency }, idempotencyKey: row.id });
    const settled = await calendar.settleRefund({ tenantId, reservationId, refundId: row.id, outcome: answer.status, providerRefundId: answer.providerRefundId });
    if (answer.status === "failed") await alertRefundFailed(env, db, tenantId, reservationId, row, "the provider refused the refund");
    return settled.ok ? settled.refund : row;
  } catch (error) {
    // An outage or a timeout leaves the refund pending: cancelling again with the same decision retries it.
    if (error instanceof ProviderError && error.retryable) {
      log("warn", "refund_retry_later", { tenantId, reservationId, refundId: row.id, error: error.message });
      return row;
    }
    if (!(error instanceof ProviderError) && !(error instanceof AppError)) throw error;
    const settled = await calendar.settleRefund({ tenantId, reservationId, refundId: row.id, outcome: "failed", error: error.message.slice(0, 300) });
    await alertRefundFailed(env, db, tenantId, reservationId, row, error.message);
    return settled.ok ? settled.refund : row;
  }
}

function alertRefundFailed(env: Env, db: Database, tenantId: string, reservationId: string, row: RefundView, why: string) {
  return raiseAlert(db, env, tenantId, {
    kind: "refund_failed",
    severity: "warning",
    subjectType: "reservation",
    subjectId: reservationId,
    message: `A refund of ${row.amount} ${row.currency} through ${row.provider} failed (${why.slice(0, 120)}); give the money back another way and record it by hand`,
    dedupeKey: `refund_failed:${row.id}`,
  });
}
