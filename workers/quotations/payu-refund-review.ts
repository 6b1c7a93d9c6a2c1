import { and, asc, eq, isNotNull, lte } from "drizzle-orm";
import { log } from "../../shared/log";
import type { RefundRecord } from "../../shared/quotations/model";
import { raiseAlert } from "../alerts/alerts";
import { PAYU_APPROVED, type PayuConfirmation } from "../payments/payu";
import { readPayuRefundState } from "../payments/payu-refunds";
import { payuCredentials } from "../payments/payu-settings";
import { ProviderError } from "../payments/provider";
import type { Database } from "../platform/db/client";
import { quotations } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { mirrorQuotation } from "./quotations";
import { roomOf } from "./room-client";

/**
 * A PayU refund answered `PENDING` is refunded "under review": PayU decides it within days, and
 * may decline it. Posada follows it to its end two ways, both landing in the room's one
 * `concludeRefundReview`, which changes a refund once (a repeat or a late answer changes nothing):
 *
 * - PayU's signed confirmation for the refund transaction, at the tenant's confirmation URL. PayU
 *   posts a transaction there once it reaches a final state, and the refund is a transaction of the
 *   same order (same `reference_sale`) with its own `transaction_id`, the id kept with the refund.
 *   It is checked with the same signature as a payment's.
 * - A poll on the 15-minute cron, because PayU's documentation promises confirmations for
 *   checkouts, not for refunds asked through the API: a quotation with a refund under review is
 *   due a day after PayU accepted it, then every 12 hours, and the poll reads the order through the
 *   Queries API (`ORDER_DETAIL`), whose refund transaction carries its current state. Each run
 *   takes at most REVIEWS_PER_RUN quotations, each claimed by a conditional update, so overlapping
 *   runs read an order once; a run that dies leaves the quotation due again at its next check.
 */
const HOUR_MS = 3_600_000;
export const REVIEW_FIRST_CHECK_MS = 24 * HOUR_MS;
export const REVIEW_RECHECK_MS = 12 * HOUR_MS;
export const REVIEWS_PER_RUN = 20;

/** PayU's own words for a refund it ended without paying (ORDER_DETAIL states, confirmation `state_pol`). */
const DECLINED_STATES = new Set(["DECLINED", "EXPIRED", "ERROR"]);
const PAYU_FINAL_REFUSALS = new Set(["6", "5"]);

export type RefundDecision = { outcome: "approved" } | { outcome: "declined"; error: string };

/** The quotation is due a poll a day after PayU took a refund for review (an earlier due time is kept). */
export async function scheduleRefundReviewCheck(db: Database, tenantId: string, quotationId: string, now: number) {
  const at = now + REVIEW_FIRST_CHECK_MS;
  const row = await db.select({ at: quotations.refundReviewAt }).from(quotations).where(and(eq(quotations.id, quotationId), eq(quotations.tenantId, tenantId))).get();
  if (row && (row.at === null || row.at > at)) {
    await db.update(quotations).set({ refundReviewAt: at }).where(and(eq(quotations.id, quotationId), eq(quotations.tenantId, tenantId)));
  }
}

/**
 * Applies PayU's decision on the refund `providerRefundId` of a tenant's quotation. A decline
 * makes the refund `failed` and alerts staff, who retry it from the quotation; the alert is keyed
 * by the refund's attempt, so a redelivered decline (after a Worker died between the two) alerts
 * once. Answers whether that refund is (now) settled by a decision; false when the quotation or the
 * refund is not this tenant's.
 */
export async function concludePayuRefundReview(env: Env, db: Database, tenantId: string, quotationId: string, providerRefundId: string, decision: RefundDecision): Promise<boolean> {
  const room = roomOf(env, quotationId);
  const answer = await room.concludeRefundReview({ tenantId, providerRefundId, outcome: decision.outcome, ...(decision.outcome === "declined" ? { error: decision.error } : {}) });
  if (!answer.ok) return false;
  await mirrorQuotation(db, answer.value.summary);
  const refund = answer.value.refund;
  if (!refund) return false;
  if (refund.status === "failed" && refund.providerRefundId === providerRefundId) await alertDeclined(env, db, tenantId, quotationId, answer.value.summary.groupName, refund);
  log("info", "quotation_refund_review_concluded", { tenantId, quotationId, refundId: refund.id, outcome: decision.outcome, status: refund.status });
  return refund.status !== "refunded" || !refund.underReview;
}

function alertDeclined(env: Env, db: Database, tenantId: string, quotationId: string, group: string, refund: RefundRecord) {
  return raiseAlert(db, env, tenantId, {
    kind: "quotation_refund_due",
    severity: "critical",
    subjectType: "quotation",
    subjectId: quotationId,
    message: `PayU declined the refund of a cancelled group quotation's deposit (${refund.amount.amount} ${refund.amount.currency}, minor units) after reviewing it: ${(refund.error ?? "").slice(0, 200)}. Retry the refund from the quotation or give it back by hand.`,
    params: { group, provider: "payu", reason: "declined_after_review" },
    dedupeKey: `quotation_refund_due:${refund.id}:${refund.attempt}`,
  });
}

/**
 * A signed confirmation whose transaction is a refund under review of the quotation it names:
 * applied as PayU's decision. Null when the transaction is no refund of that quotation (a payment's
 * confirmation), so the caller handles it as one.
 */
export async function applyPayuRefundConfirmation(env: Env, db: Database, tenantId: string, confirmation: PayuConfirmation): Promise<{ applied: boolean } | null> {
  const state = await roomOf(env, confirmation.referenceSale).internalState({ tenantId });
  const refund = state?.refunds?.find((r) => r.provider === "payu" && r.providerRefundId === confirmation.transactionId);
  if (!refund) return null;
  const decision: RefundDecision | null =
    confirmation.statePol === PAYU_APPROVED
      ? { outcome: "approved" }
      : PAYU_FINAL_REFUSALS.has(confirmation.statePol)
        ? { outcome: "declined", error: `PayU declined the refund after reviewing it (state_pol ${confirmation.statePol})` }
        : null;
  if (!decision) return { applied: false };
  return { applied: await concludePayuRefundReview(env, db, tenantId, confirmation.referenceSale, refund.providerRefundId!, decision) };
}

/**
 * The cron's poll: quotations whose refund PayU has reviewed for a while, oldest due first, at
 * most REVIEWS_PER_RUN a run. Answers how many refunds reached a decision.
 */
export async function pollPayuRefundReviews(env: Env, db: Database, config: Config, now: number): Promise<number> {
  const due = await db
    .select({ id: quotations.id, tenantId: quotations.tenantId, at: quotations.refundReviewAt })
    .from(quotations)
    .where(and(isNotNull(quotations.refundReviewAt), lte(quotations.refundReviewAt, now)))
    .orderBy(asc(quotations.refundReviewAt))
    .limit(REVIEWS_PER_RUN)
    .all();
  let concluded = 0;
  for (const row of due) {
    const next = now + REVIEW_RECHECK_MS;
    const claimed = await db
      .update(quotations)
      .set({ refundReviewAt: next })
      .where(and(eq(quotations.id, row.id), eq(quotations.refundReviewAt, row.at!)))
      .returning({ id: quotations.id })
      .all();
    if (claimed.length === 0) continue;
    try {
      const { decided, waiting } = await pollQuotation(env, db, config, row.tenantId, row.id);
      concluded += decided;
      // Nothing left under review: the quotation leaves the poll (unless a new review moved its time).
      if (!waiting) await db.update(quotations).set({ refundReviewAt: null }).where(and(eq(quotations.id, row.id), eq(quotations.refundReviewAt, next)));
    } catch (error) {
      // One quotation PayU cannot answer for (or a broken room) waits for its next check without
      // holding up the others due in this run.
      log(error instanceof ProviderError ? "warn" : "error", "quotation_refund_review_unread", { tenantId: row.tenantId, quotationId: row.id, error: String(error instanceof Error ? error.message : error) });
    }
  }
  return concluded;
}

async function pollQuotation(env: Env, db: Database, config: Config, tenantId: string, quotationId: string): Promise<{ decided: number; waiting: boolean }> {
  const state = await roomOf(env, quotationId).internalState({ tenantId });
  const reviewed = (state?.refunds ?? []).filter((r) => r.provider === "payu" && r.status === "refunded" && r.underReview && r.providerRefundId && r.providerOrderId);
  if (reviewed.length === 0) return { decided: 0, waiting: false };
  const credentials = await payuCredentials(db, config.secretsKey, tenantId);
  if (!credentials?.apiLogin) return { decided: 0, waiting: true };
  const api = { apiKey: credentials.apiKey, apiLogin: credentials.apiLogin };
  let decided = 0;
  let waiting = false;
  for (const refund of reviewed) {
    const refundTransactionId = refund.providerRefundId!;
    const payuState = await readPayuRefundState(config.apiBases.payu, api, { orderId: refund.providerOrderId!, refundTransactionId, test: config.environment !== "production" });
    const decision: RefundDecision | null =
      payuState === "APPROVED" ? { outcome: "approved" } : payuState && DECLINED_STATES.has(payuState) ? { outcome: "declined", error: `PayU declined the refund after reviewing it (${payuState})` } : null;
    if (!decision) {
      waiting = true;
      continue;
    }
    if (await concludePayuRefundReview(env, db, tenantId, quotationId, refundTransactionId, decision)) decided++;
  }
  return { decided, waiting };
}
