import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createKey, createTenant } from "../support/tenant";

describe("GET /v1/availability", () => {
  it("lists only units free for every night, with room for the party, each with its quote", async () => {
    const tenant = await createTenant();
    const free = await createAccommodation(tenant, { name: "Libre", minStay: 1 });
    const busy = await createAccommodation(tenant, { name: "Ocupada", minStay: 1 });
    await createAccommodation(tenant, { name: "Chica", capacity: 2, minStay: 1 });
    const flat = await createAccommodation(tenant, { name: "Depto", type: "apartment", minStay: 1 });
    expect((await hold(tenant, busy, futureDate("03-02"), futureDate("03-03"))).status).toBe(201);
    // A search reads the read model, which follows the hold a moment later (the object is what refuses a second hold).
    await settleReadModel(busy);

    const response = await call("GET", `/v1/availability?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-04")}&guests=3`, { token: tenant.token });
    expect(response.status).toBe(200);
    const ids = response.json.data.map((d: { accommodation: { id: string } }) => d.accommodation.id);
    expect(ids).toEqual([free, flat]);
    expect(response.json.data[0].quote.nights).toBe(3);

    const cabins = await call("GET", `/v1/availability?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-04")}&guests=3&type=apartment`, { token: tenant.token });
    expect(cabins.json.data.map((d: { accommodation: { id: string } }) => d.accommodation.id)).toEqual([flat]);
  });

  it("offers a unit without what only its guests and its staff are told: no door code, no Wi-Fi password, no calendar feed", async () => {
    const tenant = await createTenant();
    const unit = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
    const arrival = { doorCode: "Caja 4471", wifi: "Coihue-5G / lenga2026", directions: "Tranquera verde, segunda a la izquierda", mapsUrl: "https://maps.example.test/coihue" };
    expect((await call("PATCH", `/v1/accommodations/${unit}`, { token: tenant.token, body: arrival })).status).toBe(200);
    // A partner's website searches with a key that may only read availability.
    const partner = await createKey(tenant, ["availability:read"]);
    const search = `/v1/availability?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-04")}&guests=2`;
    for (const token of [partner.key, tenant.token]) {
      const response = await call("GET", search, { token });
      expect(response.status).toBe(200);
      expect(response.json.data[0].accommodation).toMatchObject({ id: unit, doorCode: null, wifi: null, icalExportUrl: null, directions: arrival.directions, mapsUrl: arrival.mapsUrl });
      expect(response.text).not.toContain("4471");
      expect(response.text).not.toContain("lenga2026");
      // The export feed's address is a secret of its own: it keeps reading the calendar after a key is revoked.
      expect(response.text).not.toContain("/ical/");
    }
    // The unit itself still tells its staff.
    expect((await call("GET", `/v1/accommodations/${unit}`, { token: tenant.token })).json).toMatchObject({ doorCode: arrival.doorCode, wifi: arrival.wifi, icalExportUrl: expect.stringContaining("/ical/") });
  });

  it("never shows another tenant's units", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await createAccommodation(a, { minStay: 1 });
    const response = await call("GET", `/v1/availability?checkIn=${futureDate("03-01")}&checkOut=${futureDate("03-04")}&guests=2`, { token: b.token });
    expect(response.json.data).toEqual([]);
  });
});

describe("manual blocks", () => {
  it("block nights, see them blocked, refuse holds over them, unblock", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const block = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("06-10"), checkOut: futureDate("06-12"), note: "pintura" } });
    expect(block.status).toBe(201);
    const calendar = await call("GET", `/v1/accommodations/${acc}/calendar?from=${futureDate("06-09")}&to=${futureDate("06-13")}`, { token: tenant.token });
    expect(calendar.json.days.map((d: { status: string }) => d.status)).toEqual(["free", "blocked", "blocked", "free"]);
    expect(calendar.json.days[0].price).toEqual({ amount: expect.any(Number), currency: "ARS" });

    const clash = await hold(tenant, acc, futureDate("06-11"), futureDate("06-13"));
    expect(clash.status).toBe(409);
    const overlapBlock = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("06-11"), checkOut: futureDate("06-14") } });
    expect(overlapBlock.status).toBe(409);

    expect((await call("DELETE", `/v1/accommodations/${acc}/blocks/${block.json.id}`, { token: tenant.token })).status).toBe(204);
    expect((await hold(tenant, acc, futureDate("06-11"), futureDate("06-13"))).status).toBe(201);
  });

  it("caps the calendar at 550 days", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const tooLong = await call("GET", `/v1/accommodations/${acc}/calendar?from=2030-01-01&to=2031-08-01`, { token: tenant.token });
    expect(tooLong.status).toBe(422);
    const ok = await call("GET", `/v1/accommodations/${acc}/calendar?from=2030-01-01&to=2031-07-01`, { token: tenant.token });
    expect(ok.status).toBe(200);
    expect(ok.json.days).toHaveLength(546);
  });
});
