import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { todayIn } from "../../../shared/domain/dates";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { configurePayments, notifyMercadoPago } from "../support/payments";
import { futureDate } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { enableTransfer } from "../support/transfer";
import { confirmedStay, guestToken, portal } from "./helpers";

/** 100.000 ARS a night with no weekend or holiday prices: two nights are 200.000, the 30% deposit 60.000. */
const FLAT = { minStay: 1, pricing: {}, basePrice: { amount: 10_000_000, currency: "ARS" } };
const STAY = 20_000_000;
const DEPOSIT = 6_000_000;
const LATE_CHECKOUT = 2_000_000;
const FIREWOOD = 800_000;

const webhookOutcomes = async (tenant: TestTenant, count: number) =>
  eventually(async () => {
    const events = (await call("GET", "/v1/webhook-events", { token: tenant.token })).json.data as Array<{ processedAt: string | null; outcome: string }>;
    expect(events.filter((e) => e.processedAt !== null)).toHaveLength(count);
    return events.map((e) => e.outcome);
  });

const staffView = async (tenant: TestTenant, id: string) => (await call("GET", `/v1/reservations/${id}`, { token: tenant.token })).json;
const ars = (amount: number) => ({ amount, currency: "ARS" });
const todayInBuenosAires = () => todayIn("America/Argentina/Buenos_Aires", new Date());
const kpis = async (tenant: TestTenant) => {
  const today = todayInBuenosAires();
  return (await call("GET", `/v1/reports/kpis?from=${today}&to=${today}`, { token: tenant.token })).json;
};

describe("the stay's money with its extras", () => {
  let fake: FakePaymentProviders;
  beforeEach(() => {
    fake = new FakePaymentProviders().install();
  });
  afterEach(() => fake.uninstall());

  /** A confirmed stay (deposit paid by hand) with a late check-out paid on its own link and firewood awaiting payment. */
  async function stayWithExtras() {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, FLAT);
    const late = (await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "late_checkout", title: { es: "Salida tardía" }, price: LATE_CHECKOUT, currency: "ARS" } })).json;
    const firewood = (await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Leña" }, price: FIREWOOD, currency: "ARS" } })).json;
    const stay = await confirmedStay(tenant, acc, futureDate("06-01"), futureDate("06-03"));
    const token = await guestToken(tenant, stay.id);
    const roomRevenueBefore = (await kpis(tenant)).roomRevenue;

    const bought = await portal("POST", token, `/upsells/${late.id}`);
    expect(bought.json.status, bought.text).toBe("awaiting_payment");
    await notifyMercadoPago(tenant.tenantId, fake.mpPay(stay.code));
    await webhookOutcomes(tenant, 1);
    const asked = await portal("POST", token, `/upsells/${firewood.id}`);
    expect(asked.json.status, asked.text).toBe("awaiting_payment");
    return { tenant, acc, stay, token, firewood: asked.json, roomRevenueBefore };
  }

  it("adds paid and unpaid extras to the reservation's balance, the portal's and the extras revenue", async () => {
    const { tenant, stay, token, roomRevenueBefore } = await stayWithExtras();

    const staff = await staffView(tenant, stay.id);
    expect(staff.total).toEqual(ars(STAY));
    expect(staff.extrasTotal).toEqual(ars(LATE_CHECKOUT + FIREWOOD));
    expect(staff.paid).toEqual(ars(DEPOSIT + LATE_CHECKOUT));
    expect(staff.balanceDue).toEqual(ars(STAY - DEPOSIT + FIREWOOD));

    const money = (await portal("GET", token)).json.money;
    expect(money).toMatchObject({ total: STAY, extrasTotal: LATE_CHECKOUT + FIREWOOD, extrasPaid: LATE_CHECKOUT, paid: DEPOSIT + LATE_CHECKOUT, due: STAY - DEPOSIT + FIREWOOD, canPayOnline: true, payFor: "balance" });

    // Extras are revenue of their own; the nights' revenue (and so ADR) does not move.
    const report = await kpis(tenant);
    expect(report.extrasRevenue).toEqual(ars(LATE_CHECKOUT));
    expect(report.roomRevenue).toEqual(roomRevenueBefore);
    const anotherDay = futureDate("12-31");
    expect((await call("GET", `/v1/reports/kpis?from=${anotherDay}&to=${anotherDay}`, { token: tenant.token })).json.extrasRevenue).toEqual(ars(0));
  });

  it("pays the whole balance, extras included, from the portal once however often the webhook comes", async () => {
    const { tenant, acc, stay, token, firewood } = await stayWithExtras();
    const due = STAY - DEPOSIT + FIREWOOD;

    const link = await portal("POST", token, "/pay");
    expect(link.status, link.text).toBe(200);
    expect(link.json).toMatchObject({ amount: due, currency: "ARS", url: expect.stringMatching(/^https:/) });
    // A second tap answers the same checkout.
    expect((await portal("POST", token, "/pay")).json.url).toBe(link.json.url);
    const balancePreferences = fake.preferences.filter((p) => p.body.metadata.settles_extras !== undefined);
    expect(balancePreferences).toHaveLength(1);
    expect(balancePreferences[0]!.body.items[0].unit_price).toBe(due / 100);
    expect(balancePreferences[0]!.body.metadata.settles_extras).toBe(firewood.id);

    const paymentId = fake.mpPay(stay.code);
    await Promise.all([notifyMercadoPago(tenant.tenantId, paymentId), notifyMercadoPago(tenant.tenantId, paymentId)]);
    await webhookOutcomes(tenant, 3);
    await settleReadModel(acc);

    const staff = await staffView(tenant, stay.id);
    expect(staff.payments.filter((p: { providerPaymentId: string | null }) => p.providerPaymentId === paymentId)).toEqual([expect.objectContaining({ amount: ars(due), status: "approved" })]);
    expect(staff.paid).toEqual(ars(STAY + LATE_CHECKOUT + FIREWOOD));
    expect(staff.balanceDue).toEqual(ars(0));
    expect(staff.status).toBe("confirmed");
    const purchases = (await call("GET", `/v1/reservations/${stay.id}/upsells`, { token: tenant.token })).json.data;
    expect(purchases.map((p: { status: string }) => p.status)).toEqual(["paid", "paid"]);

    const money = (await portal("GET", token)).json.money;
    expect(money).toMatchObject({ due: 0, paid: STAY + LATE_CHECKOUT + FIREWOOD, canPayOnline: false, payFor: null });
    const again = await portal("POST", token, "/pay");
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("nothing_due");
    expect((await kpis(tenant)).extrasRevenue).toEqual(ars(LATE_CHECKOUT + FIREWOOD));
  });

  it("shows a transfer tenant the account instead of a pay button", async () => {
    const tenant = await createTenant();
    await enableTransfer(tenant);
    const acc = await createAccommodation(tenant, FLAT);
    const stay = await confirmedStay(tenant, acc, futureDate("07-01"), futureDate("07-03"));
    const token = await guestToken(tenant, stay.id);
    const money = (await portal("GET", token)).json.money;
    expect(money).toMatchObject({ due: STAY - DEPOSIT, canPayOnline: false, payFor: null, transfer: expect.objectContaining({ cbu: "2850590940090418135201" }) });
    const refused = await portal("POST", token, "/pay");
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("no_online_payment");
    expect(fake.preferences).toHaveLength(0);
  });

  it("owes nothing once cancelled", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, FLAT);
    const stay = await confirmedStay(tenant, acc, futureDate("08-01"), futureDate("08-03"));
    const token = await guestToken(tenant, stay.id);
    expect((await call("POST", `/v1/reservations/${stay.id}/cancel`, { token: tenant.token, body: { refund: { decision: "keep" } } })).status).toBe(200);
    expect((await staffView(tenant, stay.id)).balanceDue).toEqual(ars(0));
    const refused = await portal("POST", token, "/pay");
    expect([401, 409]).toContain(refused.status);
    expect(fake.preferences).toHaveLength(0);
  });
});
