import { env, runDurableObjectAlarm } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { ageHold, calendarStub, eventually } from "../support/calendar";
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
/** A held reservation with a payment link, on nights of its own. */
async function heldWithLink(provider: "mercadopago" | "stripe" = "mercadopago") {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const acc = await createAccommodation(tenant, { minStay: 1 });
  slot += 1;
  const month = String(1 + (slot % 12)).padStart(2, "0");
  const created = await hold(tenant, acc, futureDate(`${month}-10`), futureDate(`${month}-13`));
  expect(created.status).toBe(201);
  const link = await call("POST", `/v1/reservations/${created.json.id}/payment-link`, { token: tenant.token, body: { provider } });
  expect(link.status).toBe(201);
  return { tenant, acc, reservation: created.json, link: link.json };
}

const reservationOf = (tenant: TestTenant, id: string) => call("GET", `/v1/reservations/${id}`, { token: tenant.token });

/** Waits until every stored event of the tenant has been processed; answers their outcomes. */
async function settledOutcomes(tenant: TestTenant, expectedEvents: number): Promise<string[]> {
  return eventually(async () => {
    const { json } = await call("GET", "/v1/webhook-events", { token: tenant.token });
    expect(json.data).toHaveLength(expectedEvents);
    for (const event of json.data) expect(event.processedAt, `event ${event.id}: ${event.lastError}`).not.toBeNull();
    return json.data.map((e: { outcome: string }) => e.outcome).sort();
  });
}

const alertsOf = async (tenant: TestTenant) => (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as Array<{ kind: string; subjectId: string }>;

describe("deposit confirmation from provider webhooks", () => {
  it("confirms a Mercado Pago hold once when the same payment is notified five times, fetching the payment server to server", async () => {
    const { tenant, reservation } = await heldWithLink();
    const paymentId = fake.mpPay(reservation.code);
    const deliveries = await Promise.all(Array.from({ length: 5 }, () => notifyMercadoPago(tenant.tenantId, paymentId)));
    expect(deliveries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);

    const outcomes = await settledOutcomes(tenant, 5);
    expect(outcomes.filter((o) => o === "confirmed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already_confirmed")).toHaveLength(4);
    expect(fake.lookups.filter((l) => l.endsWith(`/v1/payments/${paymentId}`)).length).toBeGreaterThanOrEqual(5);

    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("confirmed");
    expect(after.json.expiresAt).toBeNull();
    expect(after.json.payments).toEqual([
      expect.objectContaining({ provider: "mercadopago", status: "approved", amount: reservation.deposit, providerPaymentId: paymentId, reference: reservation.code, flag: null }),
    ]);
  });

  it("confirms a Stripe hold once when checkout.session.completed arrives five times and payment_intent.succeeded once more", async () => {
    const { tenant, reservation, link } = await heldWithLink("stripe");
    const sessionId = [...fake.sessions.keys()].at(-1)!;
    expect(link.url).toContain(sessionId);
    const intentId = fake.stripeComplete(sessionId);
    const session = fake.sessions.get(sessionId)!;
    // The event bodies claim nothing useful; the Worker must look both objects up.
    for (let i = 0; i < 5; i++) {
      expect((await notifyStripe(tenant.tenantId, { id: "evt_session_done", type: "checkout.session.completed", object: { id: session.id, object: "checkout.session" } })).status).toBe(200);
    }
    expect((await notifyStripe(tenant.tenantId, { id: "evt_intent_ok", type: "payment_intent.succeeded", object: { id: intentId, object: "payment_intent" } })).status).toBe(200);

    const outcomes = await settledOutcomes(tenant, 2);
    expect(outcomes).toEqual(["already_confirmed", "confirmed"]);
    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("confirmed");
    expect(after.json.payments).toEqual([expect.objectContaining({ provider: "stripe", status: "approved", providerPaymentId: intentId, amount: reservation.deposit })]);
  });

  it("never applies one tenant's payment to another tenant's reservation with the same code", async () => {
    // Two tenants on one Stripe account; their first holds of the day carry the same code.
    const d = await heldWithLink("stripe");
    const e = await heldWithLink("stripe");
    const eCode = e.reservation.code as string;
    expect(d.reservation.code).toBe(eCode);
    const dSession = [...fake.sessions.values()].find((s) => s.metadata.reservation_id === d.reservation.id)!;
    const intentId = fake.stripeComplete(dSession.id);
    // D's paid session is delivered to E's endpoint (E's secret signs it: the same account).
    expect((await notifyStripe(e.tenant.tenantId, { id: "evt_cross_tenant", type: "payment_intent.succeeded", object: { id: intentId, object: "payment_intent" } })).status).toBe(200);
    expect(await settledOutcomes(e.tenant, 1)).toEqual(["unknown_reference"]);
    expect((await reservationOf(e.tenant, e.reservation.id)).json.status).toBe("held");
    expect((await reservationOf(d.tenant, d.reservation.id)).json.status).toBe("held");
    expect(await alertsOf(e.tenant)).toContainEqual(expect.objectContaining({ kind: "payment_unmatched", subjectId: intentId }));
  });

  it("never lets a stale pending answer undo an approved payment", async () => {
    const { tenant, reservation } = await heldWithLink();
    const paymentId = fake.mpPay(reservation.code);
    await notifyMercadoPago(tenant.tenantId, paymentId);
    await settledOutcomes(tenant, 1);
    fake.mpSetStatus(paymentId, "pending");
    await notifyMercadoPago(tenant.tenantId, paymentId, { action: "payment.created" });
    const outcomes = await settledOutcomes(tenant, 2);
    expect(outcomes).toEqual(["already_confirmed", "confirmed"]);
    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("confirmed");
    expect(after.json.payments[0].status).toBe("approved");
  });

  it("does not confirm a payment for less than the deposit or in another currency, and flags it", async () => {
    const { tenant, reservation } = await heldWithLink();
    const short = fake.mpPay(reservation.code, { amount: reservation.deposit.amount / 100 - 1 });
    const foreign = fake.mpPay(reservation.code, { currency: "USD" });
    await notifyMercadoPago(tenant.tenantId, short);
    await notifyMercadoPago(tenant.tenantId, foreign);
    expect(await settledOutcomes(tenant, 2)).toEqual(["amount_mismatch", "amount_mismatch"]);
    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("held");
    expect(after.json.payments.map((p: { flag: string }) => p.flag)).toEqual(["amount_mismatch", "amount_mismatch"]);
    expect((await alertsOf(tenant)).filter((a) => a.kind === "payment_amount_mismatch")).toHaveLength(2);
  });

  it("confirms money that arrives after the hold expired when the nights are still free", async () => {
    const { tenant, acc, reservation } = await heldWithLink();
    await ageHold(acc, reservation.id);
    await runDurableObjectAlarm(calendarStub(acc));
    expect((await reservationOf(tenant, reservation.id)).json.status).toBe("expired");

    await notifyMercadoPago(tenant.tenantId, fake.mpPay(reservation.code));
    expect(await settledOutcomes(tenant, 1)).toEqual(["confirmed"]);
    expect((await reservationOf(tenant, reservation.id)).json.status).toBe("confirmed");
    const calendar = await call("GET", `/v1/accommodations/${acc}/calendar?from=${reservation.checkIn}&to=${reservation.checkOut}`, { token: tenant.token });
    expect(calendar.json.days.map((d: { status: string }) => d.status)).toEqual(["booked", "booked", "booked"]);
  });

  it("moves late money to needs_refund and alerts staff when the nights were sold meanwhile", async () => {
    const { tenant, acc, reservation } = await heldWithLink();
    await ageHold(acc, reservation.id);
    await runDurableObjectAlarm(calendarStub(acc));
    const rival = await hold(tenant, acc, reservation.checkIn, reservation.checkOut, { guest: { name: "Otro Huésped" } });
    expect(rival.status).toBe(201);

    const paymentId = fake.mpPay(reservation.code);
    await notifyMercadoPago(tenant.tenantId, paymentId);
    await notifyMercadoPago(tenant.tenantId, paymentId);
    expect(await settledOutcomes(tenant, 2)).toEqual(["needs_refund", "needs_refund"]);

    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("needs_refund");
    expect(after.json.payments).toEqual([expect.objectContaining({ status: "approved", flag: "needs_refund", providerPaymentId: paymentId })]);
    expect((await reservationOf(tenant, rival.json.id)).json.status).toBe("held");
    const refunds = (await alertsOf(tenant)).filter((a) => a.kind === "payment_needs_refund");
    expect(refunds).toEqual([expect.objectContaining({ subjectId: reservation.id })]);
    const listed = await call("GET", "/v1/reservations?status=needs_refund", { token: tenant.token });
    expect(listed.json.data.map((r: { id: string }) => r.id)).toEqual([reservation.id]);
  });

  it("records rejected payments and alerts staff once on the second rejection", async () => {
    const { tenant, reservation } = await heldWithLink();
    await notifyMercadoPago(tenant.tenantId, fake.mpPay(reservation.code, { status: "rejected" }));
    await settledOutcomes(tenant, 1);
    expect((await alertsOf(tenant)).filter((a) => a.kind === "payment_rejected_twice")).toHaveLength(0);
    await notifyMercadoPago(tenant.tenantId, fake.mpPay(reservation.code, { status: "rejected" }));
    await notifyMercadoPago(tenant.tenantId, fake.mpPay(reservation.code, { status: "rejected" }));
    expect(await settledOutcomes(tenant, 3)).toEqual(["rejected", "rejected", "rejected"]);
    expect((await alertsOf(tenant)).filter((a) => a.kind === "payment_rejected_twice")).toEqual([expect.objectContaining({ subjectId: reservation.id })]);
    const after = await reservationOf(tenant, reservation.id);
    expect(after.json.status).toBe("held");
    expect(after.json.payments.map((p: { status: string }) => p.status)).toEqual(["rejected", "rejected", "rejected"]);
  });

  it("alerts on money that names no reservation instead of dropping it", async () => {
    const { tenant } = await heldWithLink();
    const stray = fake.mpPay("RES000000999");
    await notifyMercadoPago(tenant.tenantId, stray);
    expect(await settledOutcomes(tenant, 1)).toEqual(["unknown_reference"]);
    expect(await alertsOf(tenant)).toEqual([expect.objectContaining({ kind: "payment_unmatched", subjectId: stray })]);
  });

  it("lets an admin replay a stored event, which never confirms twice", async () => {
    const { tenant, reservation } = await heldWithLink();
    await notifyMercadoPago(tenant.tenantId, fake.mpPay(reservation.code));
    await settledOutcomes(tenant, 1);
    const [event] = (await call("GET", "/v1/webhook-events", { token: tenant.token })).json.data;
    const replay = await call("POST", `/v1/webhook-events/${event.id}/replay`, { token: tenant.token });
    expect(replay.status).toBe(200);
    expect(replay.json.outcome).toBe("already_confirmed");
    // The record keeps the outcome of the run that confirmed.
    expect(replay.json.event.outcome).toBe("confirmed");
    expect((await reservationOf(tenant, reservation.id)).json.payments).toHaveLength(1);
    const missing = await call("POST", "/v1/webhook-events/evt_nope/replay", { token: tenant.token });
    expect(missing.status).toBe(404);
  });

  it("keeps stored payment rows consistent with the provider's ids (one row per payment)", async () => {
    const { tenant, reservation } = await heldWithLink();
    const paymentId = fake.mpPay(reservation.code);
    await Promise.all([notifyMercadoPago(tenant.tenantId, paymentId), notifyMercadoPago(tenant.tenantId, paymentId), notifyMercadoPago(tenant.tenantId, paymentId)]);
    await settledOutcomes(tenant, 3);
    const { results } = await env.DB.prepare("SELECT count(*) AS n FROM payments WHERE tenant_id = ? AND provider_payment_id = ?").bind(tenant.tenantId, paymentId).all<{ n: number }>();
    expect(results[0]!.n).toBe(1);
  });
});
