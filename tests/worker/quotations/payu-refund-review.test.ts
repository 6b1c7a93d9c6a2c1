import { env } from "cloudflare:test";
import { and, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { parseConfig } from "../../../workers/platform/env";
import { newId } from "../../../shared/ids";
import { quotations } from "../../../workers/platform/db/schema";
import { pollPayuRefundReviews, REVIEW_FIRST_CHECK_MS, REVIEW_RECHECK_MS, REVIEWS_PER_RUN } from "../../../workers/quotations/payu-refund-review";
import { call } from "../support/api";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { PAYU, payuConfirmation } from "../support/fake-payu";
import { outboxOf, quotationOf } from "../support/group-deposits";
import { confirmedPayuGroup } from "../support/payu-groups";
import { createTenant, type TestTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

type Group = Awaited<ReturnType<typeof confirmedPayuGroup>>;

const cancel = (owner: TestTenant, id: string) => call("POST", `/v1/quotations/${id}/cancel`, { token: owner.token });
const retry = (owner: TestTenant, id: string) => call("POST", `/v1/quotations/${id}/refunds/retry`, { token: owner.token });
const poll = (now: number) => pollPayuRefundReviews(env, database(env.DB), parseConfig(env), now);
const refundAlerts = async (owner: TestTenant, id: string) =>
  ((await call("GET", "/v1/alerts", { token: owner.token })).json.data as Array<{ kind: string; subjectId: string; message: string; params: Record<string, unknown> }>).filter(
    (a) => a.kind === "quotation_refund_due" && a.subjectId === id,
  );
const refundOf = async (owner: TestTenant, id: string) => (await quotationOf(owner, id)).refunds[0];

/** A paid PayU group cancelled: PayU took the refund for review. Answers the group and PayU's refund id. */
async function cancelledUnderReview(owner: TestTenant) {
  const group = await confirmedPayuGroup(fake, owner);
  const cancelled = await cancel(owner, group.id);
  expect(cancelled.status).toBe(200);
  const refundId = fake.payu.refunds[0]!.id;
  expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "refunded", underReview: true, providerRefundId: refundId, attempt: 1 })]);
  return { group, refundId, cancelledAt: Date.now() };
}

/** What PayU posts to the tenant's confirmation URL once it decided the refund transaction, signed as PayU signs it. */
async function refundConfirmation(owner: TestTenant, group: Group, refundId: string, statePol: "4" | "6" | "5", { apiKey, tenantId = owner.tenantId }: { apiKey?: string; tenantId?: string } = {}) {
  const value = (group.payment.amount.amount / 100).toFixed(2);
  const body = await payuConfirmation({ referenceSale: group.id, value, newValue: value.endsWith("0") ? value.slice(0, -1) : value, tenantId, transactionId: refundId, orderId: group.orderId, statePol, ...(apiKey ? { apiKey } : {}) });
  return call("POST", `/webhooks/payu/${tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } });
}

describe("a PayU refund under review, followed to its end", () => {
  it("is final once PayU's signed confirmation approves it, and a repeat of it changes nothing", async () => {
    const owner = await createTenant();
    const { group, refundId } = await cancelledUnderReview(owner);

    const confirmed = await refundConfirmation(owner, group, refundId, "4");
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toEqual({ received: true, applied: true });
    const refund = await refundOf(owner, group.id);
    expect(refund).toEqual(expect.objectContaining({ status: "refunded", providerRefundId: refundId, attempt: 1 }));
    expect(refund.underReview).toBeUndefined();
    // The refund's transaction is not taken for a second deposit payment.
    const after = await quotationOf(owner, group.id);
    expect(after.status).toBe("cancelled");
    expect(after.payments).toHaveLength(1);

    expect((await refundConfirmation(owner, group, refundId, "4")).json).toEqual({ received: true, applied: true });
    expect(await refundOf(owner, group.id)).toEqual(refund);
    expect(await refundAlerts(owner, group.id)).toEqual([]);
    expect((await retry(owner, group.id)).json.code).toBe("nothing_to_refund");
  });

  it("declined by PayU: the refund fails, staff are alerted in their words, and the retry refunds it again", async () => {
    const owner = await createTenant();
    const { group, refundId } = await cancelledUnderReview(owner);
    fake.payu.decideRefund(refundId, "DECLINED");

    const declined = await refundConfirmation(owner, group, refundId, "6");
    expect(declined.json).toEqual({ received: true, applied: true });
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "failed", declinedAfterReview: true, attempt: 1, providerRefundId: refundId, error: expect.stringContaining("PayU declined the refund") }));
    expect(await refundAlerts(owner, group.id)).toEqual([
      expect.objectContaining({ message: expect.stringContaining("PayU declined the refund"), params: { group: "Colegio San Martín 5º B", provider: "payu", reason: "declined_after_review" } }),
    ]);

    const retried = await retry(owner, group.id);
    expect(retried.status).toBe(200);
    expect(fake.payu.refundRequests).toHaveLength(2);
    const second = fake.payu.refunds[0]!.id;
    expect(second).not.toBe(refundId);
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", underReview: true, attempt: 2, providerRefundId: second })]);
    expect(retried.json.refunds[0].declinedAfterReview).toBeUndefined();

    // A late repeat of the first decline names no refund under review any more: it changes nothing.
    expect((await refundConfirmation(owner, group, refundId, "6")).json).toEqual({ received: true, applied: false });
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "refunded", underReview: true, attempt: 2 }));

    expect((await refundConfirmation(owner, group, second, "4")).json).toEqual({ received: true, applied: true });
    const final = await refundOf(owner, group.id);
    expect(final).toEqual(expect.objectContaining({ status: "refunded", attempt: 2, providerRefundId: second }));
    expect(final.underReview).toBeUndefined();
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
  });

  it("decides once when PayU's decline arrives several times at once and the poll reads it too", async () => {
    const owner = await createTenant();
    const { group, refundId, cancelledAt } = await cancelledUnderReview(owner);
    fake.payu.decideRefund(refundId, "DECLINED");

    const [confirmations] = await Promise.all([
      Promise.all([refundConfirmation(owner, group, refundId, "6"), refundConfirmation(owner, group, refundId, "6"), refundConfirmation(owner, group, refundId, "6")]),
      poll(cancelledAt + REVIEW_FIRST_CHECK_MS + 60_000),
    ]);
    expect(confirmations.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "failed", attempt: 1 }));
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
    // One decline, one failed attempt: the retry is the second attempt, not a third.
    expect((await retry(owner, group.id)).json.refunds).toEqual([expect.objectContaining({ attempt: 2, status: "refunded", underReview: true })]);
  });

  it("refuses a confirmation with a forged signature and leaves the refund under review", async () => {
    const owner = await createTenant();
    const { group, refundId } = await cancelledUnderReview(owner);
    const forged = await refundConfirmation(owner, group, refundId, "6", { apiKey: "not-the-tenants-key" });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "refunded", underReview: true }));
    expect(await refundAlerts(owner, group.id)).toEqual([]);
  });

  it("never touches another tenant's refund, even through a confirmation validly signed for the sender", async () => {
    const owner = await createTenant();
    const other = await createTenant();
    const { group, refundId } = await cancelledUnderReview(owner);
    await call("PUT", "/v1/settings/payments/payu", { token: other.token, body: { ...PAYU, countries: ["CO"] } });
    const crossed = await refundConfirmation(owner, group, refundId, "6", { tenantId: other.tenantId });
    expect(crossed.status).toBe(200);
    expect(crossed.json.applied).toBe(false);
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "refunded", underReview: true }));
    expect(await refundAlerts(owner, group.id)).toEqual([]);
  });

  it("the poll reads the order once the review took a while, applies PayU's decline, and then stops asking", async () => {
    const owner = await createTenant();
    const { group, refundId, cancelledAt } = await cancelledUnderReview(owner);
    // Other tests' quotations may be due too (their orders unknown to this fake): only this group's order counts.
    const reads = () => fake.payu.orderDetailRequests.filter((orderId) => orderId === group.orderId).length;
    const before = reads();

    // Not due yet: PayU is not asked.
    expect(await poll(cancelledAt + 60_000)).toBe(0);
    expect(reads()).toBe(before);

    // Due, still under review: asked once, left for the next check.
    const firstCheck = cancelledAt + REVIEW_FIRST_CHECK_MS + 60_000;
    expect(await poll(firstCheck)).toBe(0);
    expect(reads()).toBe(before + 1);
    expect(await poll(firstCheck + 60_000)).toBe(0);
    expect(reads()).toBe(before + 1);
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "refunded", underReview: true }));

    fake.payu.decideRefund(refundId, "EXPIRED");
    const recheck = firstCheck + REVIEW_RECHECK_MS + 60_000;
    expect(await poll(recheck)).toBe(1);
    expect(await refundOf(owner, group.id)).toEqual(expect.objectContaining({ status: "failed", error: expect.stringContaining("EXPIRED") }));
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);

    // Decided: the quotation leaves the poll.
    expect(await poll(recheck + 10 * REVIEW_RECHECK_MS)).toBe(0);
    expect(reads()).toBe(before + 2);
  });

  it("the poll makes an approved refund final without alerting anyone", async () => {
    const owner = await createTenant();
    const { group, refundId, cancelledAt } = await cancelledUnderReview(owner);
    fake.payu.decideRefund(refundId, "APPROVED");
    expect(await poll(cancelledAt + REVIEW_FIRST_CHECK_MS + 60_000)).toBe(1);
    const refund = await refundOf(owner, group.id);
    expect(refund).toEqual(expect.objectContaining({ status: "refunded", providerRefundId: refundId }));
    expect(refund.underReview).toBeUndefined();
    expect(await refundAlerts(owner, group.id)).toEqual([]);
    expect((await outboxOf(owner)).filter((m) => m.subject.startsWith("Devolución procesada"))).toHaveLength(1);
  });

  it("takes a bounded number of due quotations a run, oldest due first, and the rest on the next", async () => {
    const owner = await createTenant();
    const db = database(env.DB);
    const dueAt = Date.now() - 60_000;
    const ids = Array.from({ length: REVIEWS_PER_RUN + 5 }, () => newId("qtn"));
    for (const [i, id] of ids.entries()) {
      await db.insert(quotations).values({ id, tenantId: owner.tenantId, groupName: "Grupo", status: "cancelled", checkIn: "2027-03-01", checkOut: "2027-03-04", people: 40, deadline: "2027-02-01T00:00:00.000Z", currency: "ARS", updatedAt: 1, refundReviewAt: dueAt + i });
    }
    const left = async () => (await db.select({ id: quotations.id }).from(quotations).where(and(eq(quotations.tenantId, owner.tenantId), isNull(quotations.refundReviewAt))).all()).map((row) => row.id);

    // Rooms with nothing under review leave the poll once read.
    await poll(Date.now());
    expect((await left()).sort()).toEqual(ids.slice(0, REVIEWS_PER_RUN).sort());
    await poll(Date.now());
    expect(await left()).toHaveLength(ids.length);
  });
});
