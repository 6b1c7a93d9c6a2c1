import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { CABIN, createAccommodation } from "../support/accommodations";
import { futureDate } from "../support/reservations";
import { createTenant } from "../support/tenant";

const isProblem = (response: { headers: Headers }) => expect(response.headers.get("content-type")).toContain("application/problem+json");

describe("absurd amounts are refused at the edge", () => {
  it("a base price, a season price or an extra-guest fee past the bound answers 400, and the tenant keeps working", async () => {
    const tenant = await createTenant();
    const huge = 9_007_199_254_740_991;
    for (const body of [
      { ...CABIN, basePrice: { amount: huge, currency: "ARS" } },
      { ...CABIN, pricing: { extraGuestFee: { fromGuest: 2, amount: { amount: huge, currency: "ARS" } } } },
      { ...CABIN, pricing: { seasons: [{ from: futureDate("01-01"), to: futureDate("02-28"), price: { amount: huge, currency: "ARS" } }] } },
      { ...CABIN, pricing: { weekendMultiplier: 1000 } },
    ]) {
      const response = await call("POST", "/v1/accommodations", { token: tenant.token, body });
      expect(response.status).toBe(400);
      isProblem(response);
    }
    expect((await call("GET", "/v1/accommodations", { token: tenant.token })).json.data).toEqual([]);

    // The largest prices allowed still price 550 nights exactly, without an error.
    const acc = await createAccommodation(tenant, {
      minStay: 1,
      capacity: 50,
      basePrice: { amount: 100_000_000_000, currency: "ARS" },
      pricing: { weekendMultiplier: 10, seasons: [{ from: futureDate("01-01", 0), to: futureDate("12-31", 2), multiplier: 10 }], extraGuestFee: { fromGuest: 1, amount: { amount: 100_000_000_000, currency: "ARS" } } },
    });
    const availability = await call("GET", `/v1/availability?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-03")}&guests=50`, { token: tenant.token });
    expect(availability.status).toBe(200);
    const quote = await call("GET", `/v1/accommodations/${acc}/quote?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-03")}&guests=50`, { token: tenant.token });
    expect(quote.status).toBe(200);
    expect(Number.isSafeInteger(quote.json.total.amount)).toBe(true);
  });
});

describe("impossible and ancient dates", () => {
  it("blocks with a date that does not exist answer 400, never 500; blocks in the past answer 422", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    for (const body of [
      { checkIn: "2027-02-29", checkOut: "2027-03-02" },
      { checkIn: "2027-02-27", checkOut: "2027-02-30" },
      { checkIn: "2027-13-01", checkOut: "2027-13-03" },
      { checkIn: "2027-04-31", checkOut: "2027-05-02" },
      { checkIn: 20270401, checkOut: "2027-04-03" },
      { checkIn: "2027-04-01T00:00:00Z", checkOut: "2027-04-03" },
    ]) {
      const response = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      isProblem(response);
    }
    const ancient = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: "1970-01-01", checkOut: "1970-01-05" } });
    expect(ancient.status).toBe(422);
    expect(ancient.json.code).toBe("in_the_past");
    const calendar = await call("GET", `/v1/accommodations/${acc}/calendar?from=2027-02-26&to=2027-03-04`, { token: tenant.token });
    expect(calendar.json.days.every((d: { status: string }) => d.status === "free")).toBe(true);
  });
});
