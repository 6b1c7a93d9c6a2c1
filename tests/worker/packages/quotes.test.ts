import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";
import { eventually } from "../support/calendar";
import { confirmedStay } from "../guest-portal/helpers";
import { breakfastExtra, createPackage, flatUnit } from "./support";

const year = new Date().getUTCFullYear() + 1;
const day = (md: string) => `${year}-${md}`;
const quote = (tenant: TestTenant, acc: string, checkIn: string, checkOut: string, extra = "") =>
  call("GET", `/v1/accommodations/${acc}/quote?checkIn=${day(checkIn)}&checkOut=${day(checkOut)}&guests=2${extra}`, { token: tenant.token });

describe("a package in quotes and searches", () => {
  it("shows only when the stay fits its unit, its nights and its dates", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const other = await flatUnit(tenant, { name: "Otra" });
    const breakfast = await breakfastExtra(tenant);
    const id = await createPackage(tenant, {
      name: "Escapada romántica",
      accommodationIds: [acc],
      minNights: 2,
      maxNights: 3,
      price: { amount: 15_000_000, currency: "ARS" },
      validFrom: day("03-01"),
      validTo: day("03-31"),
      extras: [breakfast],
    });

    const fits = await quote(tenant, acc, "03-10", "03-12");
    expect(fits.status, fits.text).toBe(200);
    expect(fits.json).toMatchObject({
      nights: 2,
      total: { amount: 15_000_000, currency: "ARS" },
      deposit: { amount: 4_500_000, currency: "ARS" },
      adjustments: [{ kind: "package", label: "Escapada romántica", amount: { amount: -5_000_000, currency: "ARS" } }],
      package: { id, name: "Escapada romántica", extras: [{ id: breakfast, kind: "other", title: { es: "Desayuno", pt: "Café da manhã", en: "Breakfast" } }] },
    });
    // The nights' own prices stay in the breakdown.
    expect(fits.json.breakdown.map((n: { price: { amount: number } }) => n.price.amount)).toEqual([10_000_000, 10_000_000]);

    const none = { adjustments: [] };
    expect((await quote(tenant, other, "03-10", "03-12")).json).toMatchObject({ ...none, total: { amount: 20_000_000 } });
    expect((await quote(tenant, acc, "03-10", "03-11")).json).toMatchObject({ ...none, total: { amount: 10_000_000 } });
    expect((await quote(tenant, acc, "03-10", "03-14")).json).toMatchObject({ ...none, total: { amount: 40_000_000 } });
    expect((await quote(tenant, acc, "02-27", "03-01")).json).toMatchObject(none);
    expect((await quote(tenant, acc, "03-31", "04-02")).json).toMatchObject(none);
    expect((await quote(tenant, acc, "03-30", "04-01")).json.adjustments).toHaveLength(1);
    expect((await quote(tenant, acc, "03-10", "03-12")).json.package).toBeDefined();
    expect((await quote(tenant, acc, "03-10", "03-11")).json.package).toBeUndefined();

    // Archived, it is no longer offered.
    await call("DELETE", `/v1/packages/${id}`, { token: tenant.token });
    expect((await quote(tenant, acc, "03-10", "03-12")).json).toMatchObject({ ...none, total: { amount: 20_000_000 } });
  });

  it("takes a percent off the nights, and the guest's loyalty percent comes off after it", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    await createPackage(tenant, { name: "Semana larga", accommodationIds: [acc], minNights: 3, maxNights: 10, discountPercent: 20 });
    const fits = await quote(tenant, acc, "05-04", "05-07");
    expect(fits.json).toMatchObject({ total: { amount: 24_000_000 }, adjustments: [{ kind: "package", label: "Semana larga", amount: { amount: -6_000_000 } }] });

    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Oro", minStays: 1, discountPercent: 10 }] } })).status).toBe(200);
    // A guest whose one confirmed stay (in another unit) reached Oro.
    const earlier = await confirmedStay(tenant, await flatUnit(tenant, { name: "Antes" }), day("01-10"), day("01-12"), { guest: { name: "Elena Paz", phone: "+54 9 294 400-7000" } });
    const guestId = await eventually(async () => {
      const read = await call("GET", `/v1/reservations/${earlier.id}`, { token: tenant.token });
      expect(read.json.guestId).toMatch(/^gst_/);
      return read.json.guestId as string;
    });
    // The tier is read as recorded for the guest, which follows the confirmation by a moment.
    const withLoyalty = await eventually(async () => {
      const read = await quote(tenant, acc, "05-04", "05-07", `&guestId=${guestId}`);
      expect(read.json.adjustments).toHaveLength(2);
      return read;
    });
    expect(withLoyalty.status, withLoyalty.text).toBe(200);
    expect(withLoyalty.json.adjustments).toEqual([
      { kind: "package", label: "Semana larga", amount: { amount: -6_000_000, currency: "ARS" } },
      { kind: "loyalty", label: "Oro −10%", amount: { amount: -2_400_000, currency: "ARS" } },
    ]);
    expect(withLoyalty.json.total.amount).toBe(21_600_000);
  });

  it("answers a search's offer with the package when the stay fits, and leaves other units' quotes as they were", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant, { name: "Con paquete" });
    const plain = await flatUnit(tenant, { name: "Sin paquete" });
    const id = await createPackage(tenant, { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 2, price: { amount: 16_000_000, currency: "ARS" } });
    const search = await call("GET", `/v1/availability?checkIn=${day("06-10")}&checkOut=${day("06-12")}&guests=2`, { token: tenant.token });
    expect(search.status, search.text).toBe(200);
    const byId = new Map(search.json.data.map((o: { accommodation: { id: string } }) => [o.accommodation.id, o]));
    expect(byId.get(acc)).toMatchObject({ quote: { total: { amount: 16_000_000 }, adjustments: [{ kind: "package", label: "Escapada", amount: { amount: -4_000_000 } }], package: { id } } });
    const plainOffer = byId.get(plain) as { quote: Record<string, unknown> };
    expect(plainOffer.quote.total).toEqual({ amount: 20_000_000, currency: "ARS" });
    expect(plainOffer.quote.package).toBeUndefined();
  });

  it("prices the nights alone with packages=none, as a hold without packageId is priced, and refuses other values", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    await createPackage(tenant, { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 3, price: { amount: 15_000_000, currency: "ARS" } });
    const fitting = await quote(tenant, acc, "03-10", "03-12");
    expect(fitting.json).toMatchObject({ total: { amount: 15_000_000 }, package: { name: "Escapada" } });
    const alone = await quote(tenant, acc, "03-10", "03-12", "&packages=none");
    expect(alone.status, alone.text).toBe(200);
    expect(alone.json).toMatchObject({ total: { amount: 20_000_000 }, deposit: { amount: 6_000_000 }, adjustments: [] });
    expect(alone.json.package).toBeUndefined();
    const held = await call("POST", "/v1/reservations", { token: tenant.token, body: { accommodationId: acc, checkIn: day("03-10"), checkOut: day("03-12"), guests: 2, guest: { name: "Sin paquete" } } });
    expect(held.json.total).toEqual(alone.json.total);
    const wrong = await quote(tenant, acc, "03-10", "03-12", "&packages=some");
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
  });
});
