import { log } from "../../shared/log";
import type { RefundRecord, RoomState } from "../../shared/quotations/model";
import { raiseAlert } from "../alerts/alerts";
import { ProviderError } from "../payments/provider";
import { providerFor } from "../payments/providers";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { emailPartners, sendQuotationEmail } from "./emails";
import { refundPayuDeposit, type PayuDepositRefund } from "./payu-refund";
import { scheduleRefundReviewCheck } from "./payu-refund-review";
import { mirrorQuotation, paramsOf } from "./quotations";
import { roomOf, unwrap } from "./room-client";
import { releaseOwnNights } from "./take-own-nights";

/**
 * Cancels a quotation at any point before it ends. The room decides it once (two cancellations
 * racing: the second is refused), with a pending refund for every deposit paid through a provider;
 * then the client and partners are told, the own units' nights of a confirmed quotation are given
 * back in their calendars, and each deposit is refunded through the provider it was paid with.
 */
export async function cancelQuotation(env: Env, db: Database, config: Config, tenantId: string, quotationId: string) {
  const room = roomOf(env, quotationId);
  const answer = unwrap(await room.operatorCommand({ tenantId, command: { kind: "cancel" } }));
  await mirrorQuotation(db, answer.summary);
  const state = await room.internalState({ tenantId });
  if (!state) return answer.snapshot;
  const params = paramsOf(state.tenantName, state.request);
  if (state.request.contact.email) {
    await sendQuotationEmail(db, env, config, tenantId, { kind: "cancellation_notice", to: state.request.contact.email, lang: state.request.language, key: `cancel:${quotationId}`, params });
  }
  await emailPartners(db, env, config, state, "cancellation_notice", () => params);
  return finishCancellation(env, db, config, state);
}

/**
 * Staff try again what a cancellation left undone: refunds that failed or got no answer, and the
 * own units' nights (giving a night back twice is harmless). 409 when no refund is waiting.
 */
export async function retryCancellation(env: Env, db: Database, config: Config, tenantId: string, quotationId: string) {
  const room = roomOf(env, quotationId);
  unwrap(await room.operatorCommand({ tenantId, command: { kind: "retry_refunds" } }));
  const state = await room.internalState({ tenantId });
  if (!state) throw new AppError(404, "not_found", "Quotation not found");
  return finishCancellation(env, db, config, state);
}

async function finishCancellation(env: Env, db: Database, config: Config, state: RoomState) {
  if (state.booking?.ok) {
    const released = await releaseOwnNights(env, state.tenantId, state.booking.reservationIds);
    if (!released) log("warn", "quotation_nights_not_released", { tenantId: state.tenantId, quotationId: state.id });
  }
  for (const refund of state.refunds ?? []) {
    if (refund.status === "pending") await refundDeposit(env, db, config, state, refund);
  }
  const after = unwrap(await roomOf(env, state.id).operatorView({ tenantId: state.tenantId }));
  await mirrorQuotation(db, after.summary);
  return after.snapshot;
}

/**
 * One deposit given back through its provider. Mercado Pago and Stripe take `id` and `attempt` as
 * the idempotency key, so a lost answer asked again refunds once; PayU takes none, so the order's
 * transactions are read before each request (payu-refund.ts). The client hears when it is done; a
 * refusal, an outage, or a PayU account Posada cannot refund through alerts staff, who retry or
 * refund by hand.
 */
async function refundDeposit(env: Env, db: Database, config: Config, state: RoomState, refund: RefundRecord) {
  const room = roomOf(env, state.id);
  const settle = (outcome: "refunded" | "failed", detail: { providerRefundId?: string; underReview?: boolean; error?: string }) =>
    room.settleRefund({ tenantId: state.tenantId, refundId: refund.id, attempt: refund.attempt, outcome, ...detail });
  const failed = (why: string) =>
    raiseAlert(db, env, state.tenantId, {
      kind: "quotation_refund_due",
      severity: "critical",
      subjectType: "quotation",
      subjectId: state.id,
      message: `The deposit of a cancelled group quotation (${refund.amount.amount} ${refund.amount.currency}, minor units, through ${refund.provider}) was not given back: ${why.slice(0, 200)}. Retry the refund or give it back by hand.`,
      params: { group: state.request.groupName, provider: refund.provider },
      dedupeKey: `quotation_refund_due:${refund.id}:${refund.attempt}`,
    });
  // PayU takes no idempotency key: one Worker at a time asks it for this attempt (a cancellation and
  // a retry, or two retries, racing); the other leaves the refund to it.
  const claim = (hold: boolean) => room.claimRefund({ tenantId: state.tenantId, refundId: refund.id, attempt: refund.attempt, hold });
  if (refund.provider === "payu" && !(await claim(true)).ok) {
    log("info", "quotation_refund_in_progress", { tenantId: state.tenantId, quotationId: state.id, refundId: refund.id });
    return;
  }
  try {
    const answer: PayuDepositRefund | { status: "failed"; error: string; providerRefundId?: string } =
      refund.provider === "payu"
        ? await refundPayuDeposit(db, config, state.tenantId, refund, `Cancelación de la cotización de grupo ${state.request.groupName}`)
        : await refundCardDeposit(db, config, state.tenantId, refund);
    if (answer.status !== "refunded") {
      const providerRefundId = "providerRefundId" in answer ? answer.providerRefundId : undefined;
      await settle("failed", { error: answer.error, ...(providerRefundId ? { providerRefundId } : {}) });
      await failed(answer.error);
      return;
    }
    // PayU decides within days and may decline: its confirmation or the poll says how it ended. The
    // poll is due before the refund is recorded, so a Worker dying between the two loses no review.
    if (answer.underReview) await scheduleRefundReviewCheck(db, state.tenantId, state.id, Date.now());
    await settle("refunded", { providerRefundId: answer.providerRefundId, ...(answer.underReview ? { underReview: true } : {}) });
    if (state.request.contact.email) {
      await sendQuotationEmail(db, env, config, state.tenantId, {
        kind: "refund_processed",
        to: state.request.contact.email,
        lang: state.request.language,
        key: `refunded:${refund.id}`,
        params: { ...paramsOf(state.tenantName, state.request), amount: refund.amount, ...(answer.underReview ? { refundUnderReview: true } : {}) },
      });
    }
  } catch (error) {
    if (!(error instanceof ProviderError) && !(error instanceof AppError)) throw error;
    // An outage leaves the refund pending: retrying asks with the same key (or, for PayU, reads the
    // order first), so it is never made twice.
    if (error instanceof ProviderError && error.retryable) {
      log("warn", "quotation_refund_retry_later", { tenantId: state.tenantId, quotationId: state.id, refundId: refund.id, error: error.message });
      // Handed back so a retry can ask at once (it reads PayU's order before asking again).
      if (refund.provider === "payu") await claim(false);
    } else await settle("failed", { error: error.message });
    await failed(error.message);
  }
}

/** Mercado Pago and Stripe refund with `id` and `attempt` as the idempotency key. */
async function refundCardDeposit(db: Database, config: Config, tenantId: string, refund: RefundRecord): Promise<PayuDepositRefund | { status: "failed"; error: string; providerRefundId: string }> {
  const provider = await providerFor(db, config, tenantId, refund.provider as "mercadopago" | "stripe");
  const answer = await provider.refund({ providerPaymentId: refund.providerPaymentId, amount: refund.amount, idempotencyKey: `${refund.id}_${refund.attempt}` });
  return answer.status === "refunded"
    ? { status: "refunded" as const, providerRefundId: answer.providerRefundId, underReview: false }
    : { status: "failed" as const, providerRefundId: answer.providerRefundId, error: "the provider refused the refund" };
}
