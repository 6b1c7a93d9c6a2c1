import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { recordedTierOfStay } from "../support/loyalty";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay, guestToken, portal } from "../guest-portal/helpers";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const PRICE = 1_500_000;
const extra = (tenant: TestTenant, kind: "late_checkout" | "early_checkin" | "other") =>
  call("POST", "/v1/upsells", { token: tenant.token, body: { kind, title: { es: kind === "late_checkout" ? "Salida tardía" : "Desayuno" }, price: PRICE, currency: "ARS" } }).then((r) => {
    expect(r.status, r.text).toBe(201);
    return r.json.id as string;
  });
const lucia = { guest: { name: "Lucía Gómez", phone: "+54 9 294 411-0101" } };
const pedro = { guest: { name: "Pedro Ruiz", phone: "+54 9 294 411-0102" } };

const tierOf = recordedTierOfStay;

describe("a free late check-out as a tier's benefit", () => {
  it("names only a late check-out or early check-in of the lodging's catalog", async () => {
    const tenant = await createTenant();
    const late = await extra(tenant, "late_checkout");
    const breakfast = await extra(tenant, "other");
    const stranger = await extra(await createTenant(), "late_checkout");
    for (const freeExtras of [[breakfast], ["ups_nothing"], [stranger]]) {
      const refused = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Plata", minStays: 2, freeExtras }] } });
      expect(refused.status, JSON.stringify(freeExtras)).toBe(422);
      expect(refused.json.code).toBe("invalid_free_extras");
      expect(refused.json.errors).toEqual([{ path: "tiers.0.freeExtras.0", message: "not a late check-out or early check-in extra of yours" }]);
    }
    const saved = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Plata", minStays: 2, freeExtras: [late, late] }] } });
    expect(saved.status, saved.text).toBe(200);
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json.tiers[0].freeExtras).toEqual([late]);
  });

  it("costs a guest of the tier 0 in the portal, is claimed through the calendar (refused when the next guest arrives that day, and keeps that day once taken) and shows as given in the week's benefits", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { name: "Cabaña Lenga", minStay: 1 });
    const other = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
    const late = await extra(tenant, "late_checkout");
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Plata", minNights: 3, freeExtras: [late] }] } })).status).toBe(200);

    // Three nights make Lucía Plata; Pedro's one night leaves him without a tier.
    const first = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-04"), lucia);
    await eventually(async () => expect(await tierOf(tenant, first.id)).toBe("Plata"));
    const pedroStay = await confirmedStay(tenant, other, futureDate("03-01"), futureDate("03-02"), pedro);
    await eventually(async () => expect(await tierOf(tenant, pedroStay.id)).toBe(null));

    const offered = await portal("GET", await guestToken(tenant, first.id), "/upsells");
    expect(offered.json.data.find((o: { id: string }) => o.id === late)).toMatchObject({ price: 0, freeByTier: true });
    const offeredToPedro = await portal("GET", await guestToken(tenant, pedroStay.id), "/upsells");
    expect(offeredToPedro.json.data.find((o: { id: string }) => o.id === late)).toMatchObject({ price: PRICE, freeByTier: false });

    // The next guest arrives on her check-out day: free or not, the day is not hers to keep.
    const arriving = await confirmedStay(tenant, acc, futureDate("03-04"), futureDate("03-06"), pedro);
    expect(arriving.id).toBeTruthy();
    const refused = await portal("POST", await guestToken(tenant, first.id), `/upsells/${late}`);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("upsell_unavailable");

    // Her next stay has nobody after it: she takes it at no charge, settled at once, no payment link.
    const second = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-03"), lucia);
    await eventually(async () => expect(await tierOf(tenant, second.id)).toBe("Plata"));
    const token = await guestToken(tenant, second.id);
    const taken = await portal("POST", token, `/upsells/${late}`);
    expect(taken.status, taken.text).toBe(200);
    expect(taken.json).toMatchObject({ status: "paid" });
    expect(taken.json.paymentUrl).toBeUndefined();
    const purchases = (await portal("GET", token, "/upsells")).json.purchases as Array<{ upsellId: string; amount: number; status: string }>;
    expect(purchases).toEqual([expect.objectContaining({ upsellId: late, amount: 0, status: "paid" })]);
    // The calendar keeps the day for her, as for a paid one: nobody may arrive on it now.
    const afterHer = await hold(tenant, acc, futureDate("05-03"), futureDate("05-05"));
    expect(afterHer.status).toBe(409);
    expect(afterHer.json.code).toBe("dates_unavailable");

    // The week's benefits: given once claimed (by itself, nothing to mark), still owed on the stay that could not have it.
    const benefitsOf = async (day: string, id: string) =>
      ((await call("GET", `/v1/loyalty/benefits?from=${day}&to=${day}`, { token: tenant.token })).json.data as Array<{ reservationId: string; benefits: Array<{ kind: string; text: string; state: string; automatic: boolean }> }>).find((s) => s.reservationId === id)!.benefits;
    expect(await benefitsOf(futureDate("05-01"), second.id)).toEqual([expect.objectContaining({ kind: "late_checkout", text: "Salida tardía", state: "delivered", automatic: true })]);
    expect(await benefitsOf(futureDate("03-01"), first.id)).toEqual([expect.objectContaining({ kind: "late_checkout", state: "pending", automatic: false })]);
  });
});
