import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { configurePayments, notifyMercadoPago, notifyStripe } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

let slot = 0;
const cancel = (tenant: TestTenant, id: string, body: unknown) => call("POST", `/v1/reservations/${id}/cancel`, { token: tenant.token, body });

/** A stay confirmed by a deposit paid through a provider, as a guest pays it. */
async function paidStay(provider: "mercadopago" | "stripe") {
  const tenant = await createTenant();
  await configurePayments(tenant, provider);
  const acc = await createAccommodation(tenant, { minStay: 1, pricing: {}, basePrice: { amount: 10_000_000, currency: "ARS" } });
  slot += 1;
  const month = String(1 + (slot % 12)).padStart(2, "0");
  const reservation = (await hold(tenant, acc, futureDate(`${month}-10`), futureDate(`${month}-12`))).json;
  const link = (await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token, body: { provider } })).json;
  let providerPaymentId: string;
  if (provider === "mercadopago") {
    providerPaymentId = fake.mpPay(reservation.code);
    await notifyMercadoPago(tenant.tenantId, providerPaymentId);
  } else {
    const sessionId = new URL(link.url).pathname.split("/").pop()!;
    providerPaymentId = fake.stripeComplete(sessionId);
    await notifyStripe(tenant.tenantId, { id: `evt_${crypto.randomUUID().slice(0, 12)}`, type: "checkout.session.completed", object: fake.sessions.get(sessionId) as unknown as Record<string, unknown> });
  }
  await eventually(async () => expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("confirmed"));
  return { tenant, acc, reservation, providerPaymentId };
}

/** The reservation's payments once the read model has every change. */
async function paymentsOf(tenant: TestTenant, acc: string, id: string) {
  await settleReadModel(acc);
  return (await call("GET", `/v1/reservations/${id}`, { token: tenant.token })).json;
}

describe("cancelling a paid reservation", () => {
  it("refunds the whole deposit through Mercado Pago, keyed by the refund, and records it beside the payment", async () => {
    const { tenant, acc, reservation, providerPaymentId } = await paidStay("mercadopago");
    const cancelled = await cancel(tenant, reservation.id, { reason: "Se enfermó", refund: { decision: "full" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ status: "cancelled", cancelReason: "Se enfermó", refundDecision: "full" });
    expect(cancelled.json.refunds).toEqual([expect.objectContaining({ status: "refunded", provider: "mercadopago", amount: reservation.deposit })]);

    expect(fake.refunds).toEqual([expect.objectContaining({ provider: "mercadopago", paymentId: providerPaymentId, amount: reservation.deposit.amount, idempotencyKey: cancelled.json.refunds[0].id })]);
    const after = await paymentsOf(tenant, acc, reservation.id);
    expect(after.cancelReason).toBe("Se enfermó");
    const [payment, refund] = [after.payments.find((p: { kind: string }) => p.kind === "payment"), after.payments.find((p: { kind: string }) => p.kind === "refund")];
    expect(payment).toMatchObject({ status: "approved", amount: reservation.deposit });
    expect(refund).toMatchObject({ status: "refunded", amount: reservation.deposit, refundOf: payment.id, provider: "mercadopago", reference: fake.refunds[0]!.id });

    // The same decision again is a retry: nothing is refunded twice.
    const again = await cancel(tenant, reservation.id, { refund: { decision: "full" } });
    expect(again.status).toBe(200);
    expect(fake.refunds).toHaveLength(1);
    expect((await cancel(tenant, reservation.id, { refund: { decision: "keep" } })).json.code).toBe("refund_already_decided");
  });

  it("keeps a refund the provider could not take pending, and retries it with the same key", async () => {
    const { tenant, acc, reservation } = await paidStay("mercadopago");
    fake.failNext = 1;
    const first = await cancel(tenant, reservation.id, { refund: { decision: "full" } });
    expect(first.status).toBe(200);
    expect(first.json.status).toBe("cancelled");
    expect(first.json.refunds).toEqual([expect.objectContaining({ status: "pending" })]);
    expect(fake.refunds).toHaveLength(0);

    const retried = await cancel(tenant, reservation.id, { refund: { decision: "full" } });
    expect(retried.json.refunds).toEqual([expect.objectContaining({ id: first.json.refunds[0].id, status: "refunded" })]);
    expect(fake.lookups.filter((l) => l.endsWith("/refunds"))).toHaveLength(2);
    expect(fake.refunds).toEqual([expect.objectContaining({ idempotencyKey: first.json.refunds[0].id })]);
    expect((await paymentsOf(tenant, acc, reservation.id)).payments.filter((p: { kind: string }) => p.kind === "refund")).toHaveLength(1);
  });

  it("refunds part of a Stripe payment, and never more than was paid", async () => {
    const { tenant, reservation, providerPaymentId } = await paidStay("stripe");
    const tooMuch = await cancel(tenant, reservation.id, { refund: { decision: "partial", amount: { amount: reservation.deposit.amount + 1, currency: "ARS" } } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.json.code).toBe("refund_too_large");
    // A refused decision cancels nothing.
    expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("confirmed");

    const part = await cancel(tenant, reservation.id, { refund: { decision: "partial", amount: { amount: 1_000_000, currency: "ARS" } } });
    expect(part.status).toBe(200);
    expect(part.json.refunds).toEqual([expect.objectContaining({ status: "refunded", provider: "stripe", amount: { amount: 1_000_000, currency: "ARS" } })]);
    expect(fake.refunds).toEqual([expect.objectContaining({ provider: "stripe", paymentId: providerPaymentId, amount: 1_000_000, idempotencyKey: part.json.refunds[0].id })]);
  });

  it("records money kept, and money given back by hand, without calling a provider", async () => {
    const kept = await paidStay("mercadopago");
    const keep = await cancel(kept.tenant, kept.reservation.id, { reason: "No show", refund: { decision: "keep" } });
    expect(keep.json).toMatchObject({ status: "cancelled", refundDecision: "keep", refunds: [] });

    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = (await hold(tenant, acc, futureDate("02-01"), futureDate("02-03"))).json;
    await call("POST", `/v1/reservations/${held.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.deposit, method: "cash" } } });
    const viaProvider = await cancel(tenant, held.id, { refund: { decision: "full" } });
    expect(viaProvider.status).toBe(422);
    expect(viaProvider.json.code).toBe("no_provider_payment");
    const byHand = await cancel(tenant, held.id, { refund: { decision: "full", via: "manual" } });
    expect(byHand.json.refunds).toEqual([expect.objectContaining({ provider: "manual", status: "refunded", amount: held.deposit })]);
    expect(fake.refundRequests).toHaveLength(0);
  });

  it("answers a reservation with nothing paid, or a partial refund without an amount, with a clear 4xx", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = (await hold(tenant, acc, futureDate("02-10"), futureDate("02-12"))).json;
    const noAmount = await cancel(tenant, held.id, { refund: { decision: "partial" } });
    expect(noAmount.status).toBe(400);
    const nothing = await cancel(tenant, held.id, { refund: { decision: "full" } });
    expect(nothing.status).toBe(422);
    expect(nothing.json.code).toBe("nothing_to_refund");
    expect((await call("GET", `/v1/reservations/${held.id}`, { token: tenant.token })).json.status).toBe("held");
    // Without a decision, cancelling works as it always did, and the reason comes back.
    expect((await cancel(tenant, held.id, { reason: "Cambió de planes" })).json).toMatchObject({ status: "cancelled", cancelReason: "Cambió de planes", refundDecision: null, refunds: [] });
  });
});
