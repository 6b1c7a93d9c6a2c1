import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../../workers/http/app";
import { BASE } from "../support/api";
import { countingD1 } from "../support/counting-d1";
import { createTenant, type TestTenant } from "../support/tenant";
import { breakfastExtra, createPackage, flatUnit } from "./support";

const year = new Date().getUTCFullYear() + 1;
const path = `/v1/availability?checkIn=${year}-03-10&checkOut=${year}-03-12&guests=2`;

/** One search through the real app over a D1 binding that counts the trips to the database. */
async function countedSearch(tenant: TestTenant) {
  const counted = countingD1(env.DB);
  const ctx = createExecutionContext();
  const response = await buildApp().request(`${BASE}${path}`, { headers: { authorization: `Bearer ${tenant.token}` } }, { ...env, DB: counted.db }, ctx);
  await waitOnExecutionContext(ctx);
  return { json: (await response.json()) as { data: Array<{ quote: { adjustments?: Array<{ kind: string }> } }> }, status: response.status, roundTrips: counted.roundTrips() };
}

// A search asks the read model once: which units have a taken night, the units' version and the
// tenant's packages go in one batch (the units themselves are this isolate's copy).
describe("GET /v1/availability asks the database once", () => {
  it("with no package, and with packages on offer, in one round trip", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    await flatUnit(tenant, { name: "Otra" });
    await countedSearch(tenant); // the isolate reads the units once

    const plain = await countedSearch(tenant);
    expect(plain.status).toBe(200);
    expect(plain.json.data).toHaveLength(2);
    expect(plain.roundTrips).toBe(1);

    await createPackage(tenant, { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 3, discountPercent: 10 });
    const withPackage = await countedSearch(tenant);
    expect(withPackage.json.data.flatMap((offer) => offer.quote.adjustments ?? []).map((line) => line.kind)).toEqual(["package"]);
    expect(withPackage.roundTrips).toBe(1);
  });

  it("and once more only to name the extras a package includes", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const breakfast = await breakfastExtra(tenant);
    await createPackage(tenant, { name: "Con desayuno", accommodationIds: [acc], minNights: 2, maxNights: 3, discountPercent: 10, extras: [breakfast] });
    await countedSearch(tenant);
    const search = await countedSearch(tenant);
    expect(search.json.data).toHaveLength(1);
    expect(search.roundTrips).toBe(2);
  });
});

// A search never shows a unit's calendar feed address, so it must not need the key that opens its
// token: under a secrets key that cannot open them (as during a botched rotation) guests and
// partners searching still get every unit.
describe("GET /v1/availability opens no unit secret", () => {
  it("answers every unit under a secrets key that cannot open their calendar tokens", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    await flatUnit(tenant, { name: "Otra" });
    const otherKey = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
    const underOtherKey = (url: string) => buildApp().request(`${BASE}${url}`, { headers: { authorization: `Bearer ${tenant.token}` } }, { ...env, SECRETS_KEY: otherKey });

    const search = await underOtherKey(path);
    expect(search.status).toBe(200);
    const body = (await search.json()) as { data: Array<{ accommodation: { id: string; icalExportUrl: string | null } }> };
    expect(body.data.map((offer) => offer.accommodation.icalExportUrl)).toEqual([null, null]);
    expect(body.data.map((offer) => offer.accommodation.id)).toContain(acc);
  });
});
