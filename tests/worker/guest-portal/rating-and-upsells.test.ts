import { describe, expect, it, afterEach, beforeEach } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { configurePayments, notifyMercadoPago } from "../support/payments";
import { futureDate } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay, guestToken, portal, stayUnderWay } from "./helpers";

const alertsOf = async (tenant: TestTenant) => (await call("GET", "/v1/alerts", { token: tenant.token })).json.data as Array<{ kind: string; subjectId: string; params: Record<string, unknown> }>;

describe("rating the stay", () => {
  it("alerts staff at once for a 5, and keeps the first rating", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await stayUnderWay(tenant, acc, 2, 3);
    const token = await guestToken(tenant, stay.id);
    const rated = await portal("POST", token, "/rating", { score: 5, comment: "La ducha no calentaba" });
    expect(rated.status, rated.text).toBe(200);
    expect(rated.json).toEqual({ score: 5, comment: "La ducha no calentaba", recorded: true, reviewUrl: null });
    expect(await alertsOf(tenant)).toEqual([expect.objectContaining({ kind: "low_guest_rating", subjectId: stay.id, params: expect.objectContaining({ score: 5 }) })]);

    const again = await portal("POST", token, "/rating", { score: 10 });
    expect(again.json).toMatchObject({ score: 5, recorded: false });
    expect(await alertsOf(tenant)).toHaveLength(1);
    expect((await portal("GET", token)).json).toMatchObject({ rating: { score: 5 }, canRate: false });
  });

  it("invites a 9 or 10 to review on the channel the guest booked through, and never alerts", async () => {
    const tenant = await createTenant();
    await call("PUT", "/v1/settings/guest-portal", {
      token: tenant.token,
      body: { idPhotoRetentionDays: 30, reviewLinks: { airbnb: "https://airbnb.example/rooms/1/reviews", default: "https://g.page/r/posada/review" }, kpiWindowDays: 7 },
    });
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const airbnb = await stayUnderWay(tenant, acc, 3, 1, "airbnb");
    const direct = await stayUnderWay(tenant, acc, 1, 2, "direct");
    expect((await portal("POST", await guestToken(tenant, airbnb.id), "/rating", { score: 10 })).json.reviewUrl).toBe("https://airbnb.example/rooms/1/reviews");
    expect((await portal("POST", await guestToken(tenant, direct.id), "/rating", { score: 9 })).json.reviewUrl).toBe("https://g.page/r/posada/review");
    expect(await alertsOf(tenant)).toEqual([]);
  });

  it("refuses a score outside 0–10 and a stay that has not begun", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const ahead = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"));
    const token = await guestToken(tenant, ahead.id);
    for (const score of [-1, 11, 7.5, "8"]) expect((await portal("POST", token, "/rating", { score })).status).toBe(400);
    const early = await portal("POST", token, "/rating", { score: 8 });
    expect(early.status).toBe(409);
    expect(early.json.code).toBe("stay_not_started");
  });
});

describe("upsells", () => {
  let fake: FakePaymentProviders;
  beforeEach(() => {
    fake = new FakePaymentProviders().install();
  });
  afterEach(() => fake.uninstall());

  const lateCheckout = (price = 1_500_000) => ({ kind: "late_checkout", title: { es: "Salida tardía (hasta las 14)", en: "Late check-out (until 2 pm)" }, price, currency: "ARS" });

  it("offers a late check-out only when nobody arrives that day, and refuses to sell it then", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const created = await call("POST", "/v1/upsells", { token: tenant.token, body: lateCheckout() });
    expect(created.status, created.text).toBe(201);
    const stay = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-04"));
    const token = await guestToken(tenant, stay.id);
    expect((await portal("GET", token, "/upsells")).json.data).toEqual([expect.objectContaining({ id: created.json.id, title: "Salida tardía (hasta las 14)", price: 1_500_000 })]);

    // Someone books the unit from the day this guest leaves.
    await confirmedStay(tenant, acc, futureDate("03-04"), futureDate("03-06"));
    expect((await portal("GET", token, "/upsells")).json.data).toEqual([]);
    const refused = await portal("POST", token, `/upsells/${created.json.id}`);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("upsell_unavailable");
    expect((await call("GET", `/v1/reservations/${stay.id}/upsells`, { token: tenant.token })).json.data).toEqual([]);
  });

  it("sells a late check-out through the payment provider and records it paid exactly once", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const upsell = (await call("POST", "/v1/upsells", { token: tenant.token, body: lateCheckout(2_000_000) })).json;
    const stay = await confirmedStay(tenant, acc, futureDate("04-01"), futureDate("04-03"));
    const token = await guestToken(tenant, stay.id);
    const before = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json;

    const bought = await portal("POST", token, `/upsells/${upsell.id}`);
    expect(bought.status, bought.text).toBe(200);
    expect(bought.json).toMatchObject({ status: "awaiting_payment", paymentUrl: expect.stringMatching(/^https:/) });
    // A second tap answers the same purchase and opens no second checkout.
    expect((await portal("POST", token, `/upsells/${upsell.id}`)).json.id).toBe(bought.json.id);
    expect(fake.preferences.filter((p) => p.body.metadata.upsell_purchase_id === bought.json.id)).toHaveLength(1);

    const paymentId = fake.mpPay(stay.code);
    await Promise.all(Array.from({ length: 3 }, () => notifyMercadoPago(tenant.tenantId, paymentId)));
    const outcomes = await eventually(async () => {
      const events = (await call("GET", "/v1/webhook-events", { token: tenant.token })).json.data as Array<{ processedAt: string | null; outcome: string }>;
      expect(events.filter((e) => e.processedAt !== null)).toHaveLength(3);
      return events.map((e) => e.outcome).sort();
    });
    expect(outcomes).toEqual(["already_confirmed", "already_confirmed", "confirmed"]);

    const purchases = (await call("GET", `/v1/reservations/${stay.id}/upsells`, { token: tenant.token })).json.data;
    expect(purchases).toEqual([expect.objectContaining({ id: bought.json.id, status: "paid", amount: 2_000_000, provider: "mercadopago" })]);
    expect((await portal("GET", token)).json.money.extrasPaid).toBe(2_000_000);
    // The stay's own money and status are untouched by the extra's payment.
    const after = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json;
    expect(after.payments).toEqual(before.payments);
    expect(after.status).toBe("confirmed");
  });

  it("waits for staff when the extra needs approval", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const firewood = (await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Leña" }, price: 800_000, currency: "ARS", requiresApproval: true } })).json;
    const stay = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-03"));
    const asked = await portal("POST", await guestToken(tenant, stay.id), `/upsells/${firewood.id}`);
    expect(asked.json.status).toBe("pending_approval");
    expect(await alertsOf(tenant)).toEqual([expect.objectContaining({ kind: "upsell_requested", subjectId: stay.id })]);
    const declined = await call("POST", `/v1/reservations/${stay.id}/upsells/${asked.json.id}/decline`, { token: tenant.token });
    expect(declined.json.status).toBe("declined");
    expect((await call("POST", `/v1/reservations/${stay.id}/upsells/${asked.json.id}/approve`, { token: tenant.token })).status).toBe(409);
  });

  it("refuses a bad catalog entry with a 400", async () => {
    const tenant = await createTenant();
    for (const body of [{ ...lateCheckout(), price: -1 }, { ...lateCheckout(), title: {} }, { ...lateCheckout(), currency: "pesos" }, { ...lateCheckout(), kind: "spa" }]) {
      const answer = await call("POST", "/v1/upsells", { token: tenant.token, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await call("GET", "/v1/upsells", { token: tenant.token })).json.data).toEqual([]);
  });
});
