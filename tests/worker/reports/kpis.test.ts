import { beforeAll, describe, expect, it } from "vitest";
import { daysBetween } from "../../../shared/domain/dates";
import { futureDate } from "../support/reservations";
import { addMember, createKey, createTenant, type TestTenant } from "../support/tenant";
import { buildSeason, kpis, MARCH, type Season } from "./season";

const ars = (amount: number) => ({ amount, currency: "ARS" });

describe("GET /v1/reports/kpis on a hand-built season", () => {
  let tenant: TestTenant;
  let season: Season;
  beforeAll(async () => {
    tenant = await createTenant();
    season = await buildSeason(tenant);
  });

  it("refuses to add two currencies, naming them", async () => {
    const response = await kpis(tenant.token, MARCH);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json).toMatchObject({ code: "mixed_currencies", currencies: ["ARS", "USD"] });
  });

  it("gives every KPI of the peso units exactly", async () => {
    const response = await kpis(tenant.token, { ...MARCH, currency: "ARS" });
    expect(response.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const leadA2 = daysBetween(today, futureDate("03-30"));
    const leadA3 = daysBetween(today, futureDate("03-10"));
    expect(response.json).toMatchObject({
      filters: { ...MARCH, accommodationId: null, source: null, currency: "ARS" },
      currency: "ARS",
      // A1's 2 March nights + A2's 2 + A3's 3; 2 units × 31 days less B's 3 blocked nights.
      soldNights: 7,
      unitNights: 62,
      blockedNights: 3,
      availableNights: 59,
      channelNights: 0,
      occupancy: 0.1186,
      roomRevenue: ars(200_000 + 200_000 + 100_001),
      adr: ars(71_429), // 500.001 / 7 = 71.428,7
      revpar: ars(8_475), // 500.001 / 59 = 8.474,6
      extrasRevenue: ars(0),
      // Arriving in March: A2, A3 confirmed; A4 held; B1 cancelled; B2 lapsed; B3 released.
      reservations: 6,
      arrivals: 2,
      averageLengthOfStay: 3,
      averageLeadTimeDays: (leadA2 + leadA3) / 2,
      cancellations: 1,
      cancellationRate: 0.3333,
      lapsedHolds: 1,
      lapsedHoldRate: 0.1667,
      depositsCollected: ars(300_000 + 30_001 + 90_000),
      balanceOutstanding: ars(70_000),
      icalSync: { feeds: 0, oldestSyncAgeSeconds: null },
    });
    expect(response.json.bySource).toEqual([
      { source: "direct", reservations: 1, soldNights: 2, roomRevenue: ars(200_000) },
      { source: "whatsapp", reservations: 0, soldNights: 2, roomRevenue: ars(200_000) },
      { source: "phone", reservations: 1, soldNights: 3, roomRevenue: ars(100_001) },
      { source: "webchat", reservations: 0, soldNights: 0, roomRevenue: ars(0) },
    ]);
    expect(response.json.byUnit).toEqual([
      { accommodationId: season.unitA, name: "Cabaña Arrayán", soldNights: 7, availableNights: 31, occupancy: 0.2258, roomRevenue: ars(500_001), adr: ars(71_429) },
      { accommodationId: season.unitB, name: 'Depto. Bahía; "vista"', soldNights: 0, availableNights: 28, occupancy: 0, roomRevenue: ars(0), adr: ars(0) },
    ]);
  });

  it("has a series entry per day with each night's share of its stay", async () => {
    const { json } = await kpis(tenant.token, { ...MARCH, currency: "ARS" });
    expect(json.series).toHaveLength(31);
    const day = (monthDay: string) => json.series.find((s: { date: string }) => s.date === futureDate(monthDay));
    expect(day("03-01")).toEqual({ date: futureDate("03-01"), occupancy: 0.5, roomRevenue: ars(100_000), soldNights: 1, availableNights: 2 });
    expect(day("03-03")).toEqual({ date: futureDate("03-03"), occupancy: 0, roomRevenue: ars(0), soldNights: 0, availableNights: 2 });
    expect([day("03-10"), day("03-11"), day("03-12")].map((d) => d.roomRevenue.amount)).toEqual([33_334, 33_334, 33_333]);
    expect(day("03-26")).toMatchObject({ availableNights: 1, soldNights: 0 });
    expect(day("03-31")).toMatchObject({ soldNights: 1, roomRevenue: ars(100_000) });
    const sum = json.series.reduce((total: number, s: { roomRevenue: { amount: number } }) => total + s.roomRevenue.amount, 0);
    expect(sum).toBe(500_001);
  });

  it("splits a stay across the month end: February gets A1's other two nights", async () => {
    const { json } = await kpis(tenant.token, { from: futureDate("02-01"), to: futureDate("02-28"), accommodationId: season.unitA });
    // Next year's February may have 28 or 29 days; A1 arrives on the 27th either way.
    expect(json).toMatchObject({ soldNights: 2, roomRevenue: ars(200_000), arrivals: 1, depositsCollected: ars(120_000), balanceOutstanding: ars(280_000) });
  });

  it("filters by source and by unit, keeping the units' available nights", async () => {
    const phone = await kpis(tenant.token, { ...MARCH, currency: "ARS", source: "phone" });
    expect(phone.json).toMatchObject({ soldNights: 3, roomRevenue: ars(100_001), availableNights: 59, arrivals: 1, bySource: [{ source: "phone" }] });
    const unitB = await kpis(tenant.token, { ...MARCH, accommodationId: season.unitB });
    expect(unitB.json).toMatchObject({ currency: "ARS", soldNights: 0, unitNights: 31, availableNights: 28, blockedNights: 3, cancellations: 1, lapsedHolds: 1, reservations: 3 });
    const dollars = await kpis(tenant.token, { ...MARCH, accommodationId: season.unitUsd });
    expect(dollars.json).toMatchObject({ currency: "USD", soldNights: 2, roomRevenue: { amount: 10_000, currency: "USD" } });
  });

  it("answers bad input with a 4xx problem, never a 500", async () => {
    const cases: [Record<string, string>, number][] = [
      [{ from: "2030-02-30", to: "2030-03-01" }, 400],
      [{ from: "2030-03-02", to: "2030-03-01", currency: "ARS" }, 400],
      [{ from: "2030-01-01", to: "2032-01-05", currency: "ARS" }, 400],
      [{ ...MARCH, source: "carrier_pigeon" }, 400],
      [{ ...MARCH, currency: "pesos" }, 400],
      [{ ...MARCH, accommodationId: "acc_nope" }, 404],
    ];
    for (const [query, status] of cases) {
      const response = await kpis(tenant.token, query);
      expect({ query, status: response.status }).toEqual({ query, status });
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});

describe("who may read reports", () => {
  it("owners and keys with reports:read may; staff and keys without it get 403; another tenant sees only its own", async () => {
    const owner = await createTenant();
    const season = await buildSeason(owner);
    const reader = await createKey(owner, ["reports:read"]);
    const partner = await createKey(owner, ["reservations:read", "availability:read"]);
    const staff = await addMember(owner, "staff");

    expect((await kpis(reader.key, { ...MARCH, currency: "ARS" })).json.soldNights).toBe(7);
    for (const token of [partner.key, staff.token]) {
      const denied = await kpis(token, { ...MARCH, currency: "ARS" });
      expect(denied.status).toBe(403);
      expect(denied.json.code).toBe("forbidden");
    }

    const other = await createTenant();
    const theirs = await kpis(other.token, { ...MARCH });
    expect(theirs.status).toBe(200);
    expect(theirs.json).toMatchObject({ soldNights: 0, reservations: 0, roomRevenue: { amount: 0, currency: "ARS" }, byUnit: [], bySource: [] });
    expect((await kpis(other.token, { ...MARCH, accommodationId: season.unitA })).status).toBe(404);
  });
});
