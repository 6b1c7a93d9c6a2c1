import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { CABIN, createAccommodation } from "../support/accommodations";
import { createTenant } from "../support/tenant";

describe("accommodations", () => {
  it("creates with defaults from the tenant and an unguessable export URL", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/accommodations", { token: tenant.token, body: CABIN });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: CABIN.name, capacity: 4, basePrice: CABIN.basePrice, timezone: "America/Argentina/Buenos_Aires", checkInTime: "14:00" });
    const match = created.json.icalExportUrl.match(/\/ical\/(acc_[A-Z0-9]+)\/([A-Za-z0-9_-]+)\.ics$/);
    expect(match?.[1]).toBe(created.json.id);
    expect(match?.[2].length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url
  });

  it("lists, patches only the fields sent, deletes and restores", async () => {
    const tenant = await createTenant();
    const id = await createAccommodation(tenant);
    const patched = await call("PATCH", `/v1/accommodations/${id}`, { token: tenant.token, body: { capacity: 6 } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ capacity: 6, name: CABIN.name, minStay: 2 });

    expect((await call("DELETE", `/v1/accommodations/${id}`, { token: tenant.token })).status).toBe(204);
    expect((await call("GET", `/v1/accommodations/${id}`, { token: tenant.token })).status).toBe(404);
    expect((await call("GET", "/v1/accommodations", { token: tenant.token })).json.data).toHaveLength(0);

    const restored = await call("POST", `/v1/accommodations/${id}/restore`, { token: tenant.token });
    expect(restored.status).toBe(200);
    expect((await call("GET", "/v1/accommodations", { token: tenant.token })).json.data).toHaveLength(1);
  });

  it("creates 100 units at once, each with a number of its own (reservation codes are made from it)", async () => {
    const tenant = await createTenant();
    const created = await Promise.all(Array.from({ length: 100 }, (_, i) => call("POST", "/v1/accommodations", { token: tenant.token, body: { ...CABIN, name: `Cabaña ${i + 1}` } })));
    expect(created.map((r) => r.status)).toEqual(Array(100).fill(201));
    const numbers = await env.DB.prepare("SELECT unit_number AS n FROM accommodations WHERE tenant_id = ? ORDER BY unit_number").bind(tenant.tenantId).all<{ n: number }>();
    expect(numbers.results.map((r) => Number(r.n))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it("refuses prices in another currency and impossible values, writing nothing", async () => {
    const tenant = await createTenant();
    const mixed = await call("POST", "/v1/accommodations", {
      token: tenant.token,
      body: { ...CABIN, pricing: { extraGuestFee: { fromGuest: 3, amount: { amount: 100, currency: "USD" } } } },
    });
    expect(mixed.status).toBe(400);
    expect(mixed.json.errors[0].path).toBe("pricing.extraGuestFee.amount.currency");
    const bad = await call("POST", "/v1/accommodations", { token: tenant.token, body: { ...CABIN, capacity: 0, basePrice: { amount: 10.5, currency: "ars" }, type: "castle" } });
    expect(bad.status).toBe(400);
    expect((await call("GET", "/v1/accommodations", { token: tenant.token })).json.data).toHaveLength(0);
  });
});

describe("GET /v1/accommodations/:id/quote", () => {
  it("prices each night with weekend and holiday rules and a 30% deposit", async () => {
    const tenant = await createTenant();
    const id = await createAccommodation(tenant);
    // Thu 2027-12-23 → Mon 12-27: Thu base, Fri 24 weekend ×1.2, Sat 25 (Navidad, also weekend) max ×1.5, Sun 26 base.
    const quote = await call("GET", `/v1/accommodations/${id}/quote?checkIn=2027-12-23&checkOut=2027-12-27&guests=2`, { token: tenant.token });
    expect(quote.status).toBe(200);
    expect(quote.json.nights).toBe(4);
    expect(quote.json.breakdown.map((n: { price: { amount: number } }) => n.price.amount)).toEqual([10_000_000, 12_000_000, 15_000_000, 10_000_000]);
    expect(quote.json.total).toEqual({ amount: 47_000_000, currency: "ARS" });
    expect(quote.json.deposit).toEqual({ amount: 14_100_000, currency: "ARS" });
  });

  it.each([
    ["checkIn=2030-01-10&checkOut=2030-01-10&guests=2", "invalid_range"],
    ["checkIn=2030-01-10&checkOut=2030-01-11&guests=2", "min_stay"],
    ["checkIn=2030-01-10&checkOut=2030-01-13&guests=9", "over_capacity"],
    ["checkIn=2020-01-10&checkOut=2020-01-13&guests=2", "in_the_past"],
    ["checkIn=2030-01-01&checkOut=2031-01-02&guests=2", "too_long"],
  ])("%s → 422 %s", async (query, code) => {
    const tenant = await createTenant();
    const id = await createAccommodation(tenant);
    const response = await call("GET", `/v1/accommodations/${id}/quote?${query}`, { token: tenant.token });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe(code);
  });

  it("refuses a malformed query with 400", async () => {
    const tenant = await createTenant();
    const id = await createAccommodation(tenant);
    const response = await call("GET", `/v1/accommodations/${id}/quote?checkIn=tomorrow&guests=two`, { token: tenant.token });
    expect(response.status).toBe(400);
  });
});
