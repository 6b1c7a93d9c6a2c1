import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate } from "../support/reservations";
import { createTenant } from "../support/tenant";

// The search keeps each tenant's units and their presented JSON per isolate; these pin that it never
// answers with an old version, whoever changed the unit.
describe("GET /v1/availability after a unit changes", () => {
  const search = (token: string) =>
    call("GET", `/v1/availability?checkIn=${futureDate("04-02")}&checkOut=${futureDate("04-05")}&guests=3`, { token });

  it("shows the edited name and prices at once, and each quote equals the unit's own quote", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { name: "Antes", minStay: 1 });
    const first = await search(tenant.token);
    expect(first.json.data.map((d: { accommodation: { name: string } }) => d.accommodation.name)).toEqual(["Antes"]);

    const pricing = { weekendMultiplier: 1.3, extraGuestFee: { fromGuest: 3, amount: { amount: 12_345, currency: "ARS" } } };
    expect((await call("PATCH", `/v1/accommodations/${acc}`, { token: tenant.token, body: { name: "Después", pricing } })).status).toBe(200);

    const second = await search(tenant.token);
    const [offer] = second.json.data;
    expect(offer.accommodation.name).toBe("Después");
    expect(offer.accommodation.pricing).toEqual(pricing);

    const single = await call("GET", `/v1/accommodations/${acc}/quote?checkIn=${futureDate("04-02")}&checkOut=${futureDate("04-05")}&guests=3`, { token: tenant.token });
    // A search names no guest, so it has no discount lines; the unit's own quote says so with an empty list.
    const { adjustments, ...priced } = single.json;
    expect(adjustments).toEqual([]);
    expect(offer.quote).toEqual(priced);
    const unit = await call("GET", `/v1/accommodations/${acc}`, { token: tenant.token });
    // The unit as it is shown on its own, but for the feed's address, which a search never shows.
    expect(offer.accommodation).toEqual({ ...unit.json, icalExportUrl: null });
  });

  it("drops a deleted unit and a unit whose minimum stay now refuses the search", async () => {
    const tenant = await createTenant();
    const gone = await createAccommodation(tenant, { minStay: 1 });
    const strict = await createAccommodation(tenant, { minStay: 1 });
    expect((await search(tenant.token)).json.data).toHaveLength(2);
    expect((await call("DELETE", `/v1/accommodations/${gone}`, { token: tenant.token })).status).toBe(204);
    expect((await call("PATCH", `/v1/accommodations/${strict}`, { token: tenant.token, body: { minStay: 7 } })).status).toBe(200);
    expect((await search(tenant.token)).json.data).toEqual([]);
  });

  it("sees a change written to the database behind the API's back, a restored unit and a new one", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { name: "Cabaña", minStay: 1 });
    expect((await search(tenant.token)).json.data).toHaveLength(1);

    // No updated_at, no API: the units version is bumped by the database's triggers all the same.
    await env.DB.prepare(`UPDATE accommodations SET capacity = 2 WHERE id = ?1`).bind(acc).run();
    expect((await search(tenant.token)).json.data).toEqual([]);
    await env.DB.prepare(`UPDATE accommodations SET capacity = 6, name = 'Cabaña grande' WHERE id = ?1`).bind(acc).run();
    expect((await search(tenant.token)).json.data.map((d: { accommodation: { name: string; capacity: number } }) => [d.accommodation.name, d.accommodation.capacity])).toEqual([["Cabaña grande", 6]]);

    expect((await call("DELETE", `/v1/accommodations/${acc}`, { token: tenant.token })).status).toBe(204);
    expect((await search(tenant.token)).json.data).toEqual([]);
    expect((await call("POST", `/v1/accommodations/${acc}/restore`, { token: tenant.token })).status).toBe(200);
    const added = await createAccommodation(tenant, { name: "Nueva", minStay: 1 });
    const names = (await search(tenant.token)).json.data.map((d: { accommodation: { id: string } }) => d.accommodation.id);
    expect(names).toEqual([acc, added]);
  });

  it("answers each tenant its own units when both are searched in turn", async () => {
    const [first, second] = [await createTenant(), await createTenant()];
    const mine = await createAccommodation(first, { name: "Mía", minStay: 1 });
    const theirs = await createAccommodation(second, { name: "Suya", minStay: 1 });
    for (let i = 0; i < 2; i++) {
      expect((await search(first.token)).json.data.map((d: { accommodation: { id: string } }) => d.accommodation.id)).toEqual([mine]);
      expect((await search(second.token)).json.data.map((d: { accommodation: { id: string } }) => d.accommodation.id)).toEqual([theirs]);
    }
    await env.DB.prepare(`UPDATE accommodations SET name = 'Renombrada' WHERE id = ?1`).bind(theirs).run();
    expect((await search(first.token)).json.data[0].accommodation.name).toBe("Mía");
    expect((await search(second.token)).json.data[0].accommodation.name).toBe("Renombrada");
  });
});
