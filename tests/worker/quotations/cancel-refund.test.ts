import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { approvedGroup, deliverMercadoPago, deliverStripe, outboxOf, quotationOf, settledOutcomes } from "../support/group-deposits";
import { configurePayments, MP_WEBHOOK_SECRET } from "../support/payments";
import { createTenant, type TestTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

/** A group of one own cabin whose deposit was paid through Mercado Pago (Argentina) or Stripe (Brazil): confirmed. */
async function confirmedGroup(owner: TestTenant, provider: "mercadopago" | "stripe" = "mercadopago") {
  await configurePayments(owner);
  const group = await approvedGroup(owner, provider === "mercadopago" ? "AR" : "BR");
  let paymentId: string;
  if (provider === "mercadopago") {
    paymentId = fake.mpPay(group.id);
    await deliverMercadoPago(owner.tenantId, paymentId);
  } else {
    const session = [...fake.sessions.values()].at(-1)!;
    paymentId = fake.stripeComplete(session.id);
    await deliverStripe(owner.tenantId, `evt_${paymentId}`, { id: paymentId, object: "payment_intent" });
  }
  expect(await settledOutcomes(owner, 1)).toEqual(["confirmed"]);
  const confirmed = await quotationOf(owner, group.id);
  expect(confirmed.status).toBe("confirmed");
  return { ...group, paymentId, reservationIds: confirmed.booking.reservationIds as string[], request: confirmed.request as { checkIn: string; checkOut: string } };
}

const cancel = (owner: TestTenant, id: string) => call("POST", `/v1/quotations/${id}/cancel`, { token: owner.token });
const alertsOf = async (owner: TestTenant) => (await call("GET", "/v1/alerts", { token: owner.token })).json.data as Array<{ kind: string; subjectId: string }>;
const refundEmails = async (owner: TestTenant) => (await outboxOf(owner)).filter((m) => m.subject.startsWith("Devolución procesada"));

async function takenNights(reservationId: string, request: { checkIn: string; checkOut: string }) {
  const accommodationId = `acc_${reservationId.slice(-26)}`;
  const snapshot = await env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId)).snapshot({ from: request.checkIn, to: request.checkOut });
  return snapshot.days.filter((day) => day.stayId !== null).length;
}

describe("cancelling a paid group quotation", () => {
  it("gives the confirmed units' nights back and refunds the Mercado Pago deposit once, telling the client", async () => {
    const owner = await createTenant();
    const group = await confirmedGroup(owner);
    expect(await takenNights(group.reservationIds[0]!, group.request)).toBeGreaterThan(0);

    const cancelled = await cancel(owner, group.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.status).toBe("cancelled");
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ provider: "mercadopago", providerPaymentId: group.paymentId, amount: group.payment.amount, status: "refunded", attempt: 1 })]);
    expect(fake.refunds).toEqual([expect.objectContaining({ provider: "mercadopago", paymentId: group.paymentId, amount: group.payment.amount.amount, idempotencyKey: `${cancelled.json.refunds[0].id}_1` })]);
    expect(await takenNights(group.reservationIds[0]!, group.request)).toBe(0);
    const stay = await call("GET", `/v1/reservations/${group.reservationIds[0]}`, { token: owner.token });
    expect(stay.json.status).toBe("cancelled");
    expect(await refundEmails(owner)).toEqual([expect.objectContaining({ to: "laura@colegio.test" })]);
    // The client sees what was given back; the refund's own notification from Mercado Pago changes nothing.
    const client = await call("GET", `/c-api/${group.clientToken}`);
    expect(client.json.refunds).toEqual([expect.objectContaining({ status: "refunded" })]);
    await deliverMercadoPago(owner.tenantId, group.paymentId);
    expect(await settledOutcomes(owner, 2)).toEqual(["confirmed", "refunded"]);
  });

  it("refunds once when two cancellations race: the second is refused with 409", async () => {
    const owner = await createTenant();
    const group = await confirmedGroup(owner, "stripe");
    const answers = await Promise.all([cancel(owner, group.id), cancel(owner, group.id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("already_final");
    expect(fake.refunds).toHaveLength(1);
    expect(fake.refunds[0]).toMatchObject({ provider: "stripe", paymentId: group.paymentId, amount: group.payment.amount.amount });
    expect((await quotationOf(owner, group.id)).refunds).toEqual([expect.objectContaining({ status: "refunded" })]);
    expect(await refundEmails(owner)).toHaveLength(1);
  });

  it("keeps a refund pending through an outage, alerts staff, and a retry with the same key refunds once", async () => {
    const owner = await createTenant();
    const group = await confirmedGroup(owner);
    fake.failNext = 1;
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "pending", attempt: 1 })]);
    expect(fake.refunds).toHaveLength(0);
    expect(await alertsOf(owner)).toContainEqual(expect.objectContaining({ kind: "quotation_refund_due", subjectId: group.id }));
    expect(await refundEmails(owner)).toHaveLength(0);

    const retried = await call("POST", `/v1/quotations/${group.id}/refunds/retry`, { token: owner.token });
    expect(retried.status).toBe(200);
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 1 })]);
    expect(fake.refundRequests.map((r) => r.idempotencyKey)).toEqual([`${retried.json.refunds[0].id}_1`]);
    expect(fake.refunds).toHaveLength(1);
    expect(await refundEmails(owner)).toHaveLength(1);
    // Nothing is left to refund.
    const again = await call("POST", `/v1/quotations/${group.id}/refunds/retry`, { token: owner.token });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("nothing_to_refund");
    expect(fake.refunds).toHaveLength(1);
  });

  it("records a refused refund as failed, alerts staff, and retries it as a new attempt once the credentials are right", async () => {
    const owner = await createTenant();
    const group = await confirmedGroup(owner);
    // The access token was revoked at Mercado Pago: the refund is refused for good (401), not retried on its own.
    await call("PUT", "/v1/settings/payments", { token: owner.token, body: { mercadopago: { accessToken: "APP_USR-revoked", webhookSecret: MP_WEBHOOK_SECRET }, defaultProvider: "mercadopago", depositPercent: 30 } });
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "failed", attempt: 1, error: expect.stringContaining("401") })]);
    expect(await alertsOf(owner)).toContainEqual(expect.objectContaining({ kind: "quotation_refund_due", subjectId: group.id }));

    await configurePayments(owner);
    const retried = await call("POST", `/v1/quotations/${group.id}/refunds/retry`, { token: owner.token });
    expect(retried.json.refunds).toEqual([expect.objectContaining({ status: "refunded", attempt: 2 })]);
    expect(fake.refunds).toEqual([expect.objectContaining({ idempotencyKey: `${retried.json.refunds[0].id}_2` })]);
    expect(await refundEmails(owner)).toHaveLength(1);
  });

  it("refunds nothing for a quotation nobody paid, and a retry there is refused", async () => {
    const owner = await createTenant();
    await configurePayments(owner);
    const group = await approvedGroup(owner, "AR");
    const cancelled = await cancel(owner, group.id);
    expect(cancelled.json.refunds).toEqual([]);
    expect(fake.refundRequests).toHaveLength(0);
    expect((await call("POST", `/v1/quotations/${group.id}/refunds/retry`, { token: owner.token })).status).toBe(409);
  });
});
