import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { approvedGroup, deliverMercadoPago, deliverStripe, outboxOf, quotationOf, settledOutcomes } from "../support/group-deposits";
import { configurePayments } from "../support/payments";
import { createTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

describe("a group's deposit through Mercado Pago or Stripe", () => {
  it("is asked through Mercado Pago for an Argentine client, confirmed once when the notification comes five times at once", async () => {
    const owner = await createTenant();
    await configurePayments(owner, "stripe");
    const group = await approvedGroup(owner, "AR");
    expect(group.payment).toMatchObject({ provider: "mercadopago", url: expect.stringContaining("pref_id=") });
    const preference = fake.preferences.at(-1)!;
    expect(preference.body.metadata).toEqual({ tenant_id: owner.tenantId, quotation_id: group.id });
    expect(preference.body.items[0].unit_price * 100).toBe(group.payment.amount.amount);
    // Approving again hands out the same checkout, not a second preference.
    const again = await call("POST", `/c-api/${group.clientToken}/approve`);
    expect(again.json.payment.url).toBe(group.payment.url);
    expect(fake.preferences).toHaveLength(1);

    const paymentId = fake.mpPay(group.id);
    const deliveries = await Promise.all(Array.from({ length: 5 }, () => deliverMercadoPago(owner.tenantId, paymentId)));
    expect(deliveries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const outcomes = await settledOutcomes(owner, 5);
    expect(outcomes).toEqual(["already_confirmed", "already_confirmed", "already_confirmed", "already_confirmed", "confirmed"]);

    const after = await quotationOf(owner, group.id);
    expect(after.status).toBe("confirmed");
    expect(after.payments).toEqual([expect.objectContaining({ provider: "mercadopago", providerPaymentId: paymentId, amount: group.payment.amount })]);
    expect(after.booking.reservationIds).toHaveLength(1);
    const outbox = await outboxOf(owner);
    expect(outbox.filter((m) => m.subject.startsWith("Recibimos la seña"))).toHaveLength(1);
    expect(outbox.filter((m) => m.to === "laura@colegio.test" && /confirmad/i.test(m.subject))).toHaveLength(1);
  });

  it("is asked through Stripe for a Brazilian client; the session's and the intent's events confirm once", async () => {
    const owner = await createTenant();
    await configurePayments(owner, "mercadopago");
    const group = await approvedGroup(owner, "BR");
    expect(group.payment.provider).toBe("stripe");
    const session = [...fake.sessions.values()].at(-1)!;
    expect(group.payment.url).toBe(session.url);
    expect(session.metadata).toMatchObject({ tenant_id: owner.tenantId, quotation_id: group.id });
    expect(session.amount_total).toBe(group.payment.amount.amount);

    const intentId = fake.stripeComplete(session.id);
    await Promise.all([deliverStripe(owner.tenantId, "evt_group_1", { id: session.id, object: "checkout.session" }), deliverStripe(owner.tenantId, "evt_group_1", { id: session.id, object: "checkout.session" })]);
    expect((await deliverStripe(owner.tenantId, "evt_group_2", { id: intentId, object: "payment_intent" })).status).toBe(200);
    expect(await settledOutcomes(owner, 2)).toEqual(["already_confirmed", "confirmed"]);
    const after = await quotationOf(owner, group.id);
    expect(after.status).toBe("confirmed");
    expect(after.payments).toEqual([expect.objectContaining({ provider: "stripe", providerPaymentId: intentId })]);
  });

  it("applies nothing for a forged signature, a pending or short payment, or another tenant's payment", async () => {
    const owner = await createTenant();
    await configurePayments(owner);
    const group = await approvedGroup(owner, "AR");
    const forged = await call("POST", `/webhooks/mercadopago/${owner.tenantId}?data.id=1&type=payment`, { body: { type: "payment", data: { id: "1" } }, headers: { "x-signature": "ts=1,v1=00", "x-request-id": "x" } });
    expect(forged.status).toBe(401);

    const pending = fake.mpPay(group.id, { status: "pending" });
    const short = fake.mpPay(group.id, { amount: group.payment.amount.amount / 100 - 1 });
    await deliverMercadoPago(owner.tenantId, pending);
    await deliverMercadoPago(owner.tenantId, short);
    expect(await settledOutcomes(owner, 2)).toEqual(["amount_mismatch", "pending"]);

    // The same quotation's payment delivered to another tenant's endpoint (one Mercado Pago account for both).
    const other = await createTenant();
    await configurePayments(other);
    const stolen = fake.mpPay(group.id);
    await deliverMercadoPago(other.tenantId, stolen);
    expect(await settledOutcomes(other, 1)).toEqual(["unknown_reference"]);
    const after = await quotationOf(owner, group.id);
    expect(after.status).toBe("approved");
    expect(after.payments).toEqual([]);
  });

  it("leaves the deposit to the operator when no provider serves the client's country", async () => {
    const owner = await createTenant();
    const group = await approvedGroup(owner, "AR");
    expect(group.payment).toEqual({ provider: null, reason: "no_provider_for_country" });
  });
});
