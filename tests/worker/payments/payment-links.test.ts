import { runDurableObjectAlarm } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { ageHold, calendarStub, settleReadModel } from "../support/calendar";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { configurePayments } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

async function heldReservation(monthDay = "05-10", nights = 3) {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const checkIn = futureDate(monthDay);
  const checkOut = futureDate(`${monthDay.slice(0, 3)}${String(Number(monthDay.slice(3)) + nights).padStart(2, "0")}`);
  const created = await hold(tenant, acc, checkIn, checkOut, { guest: { name: "Ana Pérez", email: "ana@example.com" } });
  expect(created.status).toBe(201);
  return { tenant, acc, reservation: created.json };
}

describe("POST /v1/reservations/:id/payment-link", () => {
  it("creates a Mercado Pago preference for the deposit, aligned with the hold, and reuses it", async () => {
    const { tenant, reservation } = await heldReservation();
    const first = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ provider: "mercadopago", expiresAt: reservation.expiresAt, amount: reservation.deposit });
    expect(first.json.url).toMatch(/^https:\/\/api\.mercadopago\.fake\/checkout/);

    expect(fake.preferences).toHaveLength(1);
    const preference = fake.preferences[0]!.body;
    expect(preference.external_reference).toBe(reservation.code);
    expect(preference.notification_url).toBe(`http://127.0.0.1:8787/webhooks/mercadopago/${tenant.tenantId}`);
    expect(preference.items).toEqual([expect.objectContaining({ quantity: 1, currency_id: "ARS", unit_price: reservation.deposit.amount / 100 })]);
    expect(preference.payer).toMatchObject({ name: "Ana Pérez", email: "ana@example.com" });
    expect(preference.expires).toBe(true);
    expect(Date.parse(preference.expiration_date_to)).toBe(Date.parse(reservation.expiresAt));
    expect(preference.back_urls.success).toContain(reservation.code);
    expect(fake.preferences[0]!.idempotencyKey).toMatch(/^pay_/);

    const again = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token });
    expect(again.status).toBe(201);
    expect(again.json.url).toBe(first.json.url);
    expect(fake.preferences).toHaveLength(1);
  });

  it("creates a Stripe Checkout Session with the reservation in its metadata when asked for Stripe", async () => {
    const { tenant, reservation } = await heldReservation("06-10");
    const before = Math.floor(Date.now() / 1000);
    const link = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token, body: { provider: "stripe" } });
    expect(link.status).toBe(201);
    expect(link.json.provider).toBe("stripe");
    expect(link.json.url).toMatch(/^https:\/\/checkout\.stripe\.fake\//);
    const form = fake.sessionRequests[0]!.form;
    expect(form.get("mode")).toBe("payment");
    expect(form.get("client_reference_id")).toBe(reservation.code);
    expect(form.get("metadata[reservation_id]")).toBe(reservation.id);
    expect(form.get("payment_intent_data[metadata][reservation_code]")).toBe(reservation.code);
    expect(form.get("line_items[0][price_data][currency]")).toBe("ars");
    expect(Number(form.get("line_items[0][price_data][unit_amount]"))).toBe(reservation.deposit.amount);
    // Stripe's floor is 30 minutes from creation; the hold's own expiry is just under that.
    expect(Number(form.get("expires_at"))).toBeGreaterThanOrEqual(before + 30 * 60);
    expect(Date.parse(link.json.expiresAt) / 1000).toBe(Number(form.get("expires_at")));
  });

  it("refuses a hold that is no longer live, a provider without credentials, and reports a provider outage as 502", async () => {
    const { tenant, acc, reservation } = await heldReservation("07-10");
    fake.failNext = 1;
    const outage = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token });
    expect(outage.status).toBe(502);
    expect(outage.json.code).toBe("provider_unavailable");

    await ageHold(acc, reservation.id);
    await runDurableObjectAlarm(calendarStub(acc));
    const expired = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token });
    expect(expired.status).toBe(409);
    expect(expired.json.code).toBe("not_held");

    const bare = await createTenant();
    const bareAcc = await createAccommodation(bare, { minStay: 1 });
    const bareHold = await hold(bare, bareAcc, futureDate("08-01"), futureDate("08-03"));
    const unconfigured = await call("POST", `/v1/reservations/${bareHold.json.id}/payment-link`, { token: bare.token, body: { provider: "stripe" } });
    expect(unconfigured.status).toBe(422);
    expect(unconfigured.json.code).toBe("provider_not_configured");
    expect(unconfigured.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("GET /pay/:code", () => {
  it("tells a returning guest the payment is being confirmed, without confirming anything", async () => {
    const page = await call("GET", "/pay/RES261122001");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain("RES261122001");
    const injected = await call("GET", `/pay/${encodeURIComponent("<script>x</script>")}`);
    expect(injected.text).not.toContain("<script>x");
  });

  it("points a confirmed stay's balance message at the guest portal, never at the deposit link already paid", async () => {
    const { tenant, reservation } = await heldReservation("08-10");
    const deposit = await call("POST", `/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token });
    expect(deposit.status).toBe(201);
    const templates = (await call("GET", "/v1/communications/templates", { token: tenant.token })).json.data as Array<{ id: string; bodies: { es?: string } }>;
    const balanceTemplate = templates.find((t) => t.bodies.es?.includes("{balance}") && t.bodies.es.includes("{paymentUrl}"))!;
    const holdTemplate = templates.find((t) => t.bodies.es?.includes("{holdExpiresAt}") && t.bodies.es.includes("{paymentUrl}"))!;
    const preview = (id: string) => call("POST", `/v1/communications/templates/${id}/preview`, { token: tenant.token, body: { reservationId: reservation.id } });

    // While held, the link pays the deposit.
    expect((await preview(holdTemplate.id)).json.text).toContain(deposit.json.url);

    const confirmed = await call("POST", `/v1/reservations/${reservation.id}/confirm`, { token: tenant.token, body: { payment: { amount: reservation.deposit, method: "transfer" } } });
    expect(confirmed.status).toBe(200);
    // A preview reads the stay from the read model, which follows the confirmation a moment later.
    await settleReadModel(reservation.accommodationId);
    const text = (await preview(balanceTemplate.id)).json.text as string;
    expect(text).not.toContain(deposit.json.url);
    expect(text).toMatch(/https?:\/\/[^ ]+\/guest\/[^ ]+/);
  });
});
