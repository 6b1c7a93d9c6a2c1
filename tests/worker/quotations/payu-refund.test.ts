import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { PAYU, PAYU_API_LOGIN } from "../support/fake-payu";
import { outboxOf, quotationOf } from "../support/group-deposits";
import { confirmedPayuGroup as confirmedGroup } from "../support/payu-groups";
import { createTenant, type TestTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

const confirmedPayuGroup = (owner: TestTenant, options?: Parameters<typeof confirmedGroup>[2]) => confirmedGroup(fake, owner, options);

const cancel = (owner: TestTenant, id: string) => call("POST", `/v1/quotations/${id}/cancel`, { token: owner.token });
const retry = (owner: TestTenant, id: string) => call("POST", `/v1/quotations/${id}/refunds/retry`, { token: owner.token });
const refundAlerts = async (owner: TestTenant, id: string) =>
  ((await call("GET", "/v1/alerts", { token: owner.token })).json.data as Array<{ kind: string; subjectId: string; message: string }>).filter((a) => a.kind === "quotation_refund_due" && a.subjectId === id);
const refundEmails = async (owner: TestTenant) => (await outboxOf(owner)).filter((m) => m.subject.startsWith("Devolución procesada"));

describe("refunding a PayU group deposit on cancellation", () => {
  it("keeps PayU's order id with the deposit and refunds it once through PayU, telling the client it is under review", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    expect(group.confirmed.payments).toEqual([expect.objectContaining({ provider: "payu", providerPaymentId: group.transactionId, providerOrderId: group.orderId })]);

    const cancelled = await cancel(owner, group.id);
    expect(cancelled.status).toBe(200);
    expect(fake.payu.refundRequests).toHaveLength(1);
    expect(fake.payu.refundRequests[0]).toMatchObject({
      command: "SUBMIT_TRANSACTION",
      merchant: { apiKey: PAYU.apiKey, apiLogin: PAYU_API_LOGIN },
      transaction: { order: { id: Number(group.orderId) }, type: "REFUND", parentTransactionId: group.transactionId, reason: expect.stringContaining("Colegio") },
      test: true,
    });
    const [made] = fake.payu.refunds;
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ provider: "payu", providerPaymentId: group.transactionId, providerOrderId: group.orderId, status: "refunded", attempt: 1, providerRefundId: made!.id })]);
    expect(await refundAlerts(owner, group.id)).toEqual([]);
    const emails = await refundEmails(owner);
    expect(emails).toEqual([expect.objectContaining({ to: "laura@colegio.test" })]);
    expect(emails[0]!.text).toContain("puede tardar unos días hábiles");

    // Nothing is left to refund, and cancelling again is refused: PayU is asked nothing more.
    expect((await retry(owner, group.id)).json.code).toBe("nothing_to_refund");
    expect((await cancel(owner, group.id)).status).toBe(409);
    expect(fake.payu.refundRequests).toHaveLength(1);
    expect(fake.payu.refunds).toHaveLength(1);
  });

  it("says nothing about a review when PayU approves the refund at once", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.refundState = "APPROVED";
    expect((await cancel(owner, group.id)).json.refunds).toEqual([expect.objectContaining({ status: "refunded" })]);
    const emails = await refundEmails(owner);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).not.toContain("puede tardar");
  });

  it("records a refusal as failed, alerts staff, and a retry after it is a new request", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.refuseWith = "The refund period for this transaction has expired";
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", attempt: 1, error: expect.stringContaining("refund period") })]);
    expect(await refundAlerts(owner, group.id)).toEqual([expect.objectContaining({ message: expect.stringContaining("PayU refused the refund") })]);
    expect(await refundEmails(owner)).toHaveLength(0);

    fake.payu.refuseWith = null;
    const retried = await retry(owner, group.id);
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 2 })]);
    expect(fake.payu.refundRequests).toHaveLength(2);
    expect(fake.payu.refunds).toHaveLength(1);
    expect(await refundEmails(owner)).toHaveLength(1);
  });

  it("records a declined refund as failed and alerts staff", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.refundState = "DECLINED";
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", error: expect.stringContaining("DECLINED") })]);
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
    expect(await refundEmails(owner)).toHaveLength(0);
  });

  it("keeps the refund pending through an outage, alerts staff, and a retry refunds once", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.failNext = 1;
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "pending", attempt: 1 })]);
    expect(fake.payu.refundRequests).toHaveLength(0);
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
    expect(await refundEmails(owner)).toHaveLength(0);

    const retried = await retry(owner, group.id);
    expect(retried.status).toBe(200);
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 1, providerRefundId: fake.payu.refunds[0]!.id })]);
    expect(fake.payu.refundRequests).toHaveLength(1);
    expect(await refundEmails(owner)).toHaveLength(1);
    expect((await retry(owner, group.id)).status).toBe(409);
    expect(fake.payu.refundRequests).toHaveLength(1);
  });

  it("asks PayU once when two retries race for a refund left pending by an outage", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.failNext = 1;
    expect((await cancel(owner, group.id)).json.refunds).toEqual([expect.objectContaining({ status: "pending" })]);

    const answers = await Promise.all([retry(owner, group.id), retry(owner, group.id), retry(owner, group.id)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(fake.payu.refundRequests).toHaveLength(1);
    expect(fake.payu.refunds).toHaveLength(1);
    const after = await quotationOf(owner, group.id);
    expect(after.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 1, providerRefundId: fake.payu.refunds[0]!.id })]);
    expect(await refundEmails(owner)).toHaveLength(1);
  });

  it("never asks twice when PayU made the refund but its answer was lost: the retry reads it from the order", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner);
    fake.payu.loseNextRefundAnswer = true;
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "pending", attempt: 1 })]);
    expect(fake.payu.refunds).toHaveLength(1);

    const retried = await retry(owner, group.id);
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 1, providerRefundId: fake.payu.refunds[0]!.id })]);
    expect(fake.payu.refundRequests).toHaveLength(1);
    expect(fake.payu.orderDetailRequests).toEqual([group.orderId, group.orderId]);
    expect(await refundEmails(owner)).toHaveLength(1);
  });

  it("without the API login, asks PayU nothing and alerts staff to refund from PayU's panel, as before", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner, { apiLogin: null });
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", error: expect.stringContaining("PayU's own panel") })]);
    expect(await refundAlerts(owner, group.id)).toEqual([expect.objectContaining({ message: expect.stringContaining("API login") })]);
    expect(fake.payu.refundRequests).toHaveLength(0);
    expect(fake.payu.orderDetailRequests).toHaveLength(0);

    // Once the login is set, staff retry and PayU refunds it.
    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, apiLogin: PAYU_API_LOGIN, countries: ["CO"] } });
    expect((await retry(owner, group.id)).json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 2 })]);
    expect(fake.payu.refunds).toHaveLength(1);
  });

  it("without PayU's order id (a deposit confirmed before it was kept), alerts staff to refund from PayU's panel", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner, { withOrderId: false });
    expect(group.confirmed.payments[0].providerOrderId).toBeUndefined();
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", error: expect.stringContaining("order id") })]);
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
    expect(fake.payu.refundRequests).toHaveLength(0);
  });

  it("refuses to refund with a wrong API login, asking PayU for no refund, and alerts staff", async () => {
    const owner = await createTenant();
    const group = await confirmedPayuGroup(owner, { apiLogin: "not-the-login" });
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", error: expect.stringContaining("Invalid credentials") })]);
    expect(fake.payu.refundRequests).toHaveLength(0);
    expect(await refundAlerts(owner, group.id)).toHaveLength(1);
  });
});
