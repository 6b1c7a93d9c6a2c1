import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { futureDate } from "../support/reservations";
import { addMember, createKey, createTenant } from "../support/tenant";
import { breakfastExtra, createPackage, flatUnit } from "./support";

const year = new Date().getUTCFullYear() + 1;

describe("service packages", () => {
  it("are created, listed, read, changed and archived by owners and keys with accommodations:write", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const breakfast = await breakfastExtra(tenant);
    const created = await call("POST", "/v1/packages", {
      token: tenant.token,
      body: { name: "Escapada romántica", accommodationIds: [acc], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" }, validFrom: `${year}-03-01`, validTo: `${year}-03-31`, extras: [breakfast] },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ name: "Escapada romántica", accommodationIds: [acc], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" }, discountPercent: null, extras: [breakfast], archived: false });
    const id = created.json.id as string;
    expect((await call("GET", `/v1/packages/${id}`, { token: tenant.token })).json.name).toBe("Escapada romántica");

    // A discount replaces the price.
    const changed = await call("PATCH", `/v1/packages/${id}`, { token: tenant.token, body: { discountPercent: 20, maxNights: 4 } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toMatchObject({ price: null, discountPercent: 20, maxNights: 4, validFrom: `${year}-03-01` });

    const key = await createKey(tenant, ["accommodations:write", "accommodations:read"]);
    expect((await call("POST", "/v1/packages", { token: key.key, body: { name: "Semana", accommodationIds: [acc], minNights: 7, maxNights: 7, discountPercent: 10 } })).status).toBe(201);
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/packages", { token: staff.token })).json.data).toHaveLength(2);
    expect((await call("POST", "/v1/packages", { token: staff.token, body: { name: "X", accommodationIds: [acc], minNights: 1, maxNights: 1, discountPercent: 5 } })).status).toBe(403);

    const archived = await call("DELETE", `/v1/packages/${id}`, { token: tenant.token });
    expect(archived.status).toBe(200);
    expect(archived.json.archived).toBe(true);
    expect((await call("GET", "/v1/packages", { token: tenant.token })).json.data.map((p: { name: string }) => p.name)).toEqual(["Semana"]);
    expect((await call("GET", "/v1/packages?archived=include", { token: tenant.token })).json.data).toHaveLength(2);
    expect((await call("GET", `/v1/packages/${id}`, { token: tenant.token })).json.archived).toBe(true);
  });

  it("refuses bad input with problem+json and writes nothing", async () => {
    const tenant = await createTenant();
    const acc = await flatUnit(tenant);
    const base = { name: "Escapada", accommodationIds: [acc], minNights: 2, maxNights: 3, discountPercent: 10 };
    const bad: [Record<string, unknown>, number, string][] = [
      [{ ...base, name: " " }, 400, "name"],
      [{ ...base, minNights: 4 }, 400, "maxNights"],
      [{ ...base, discountPercent: undefined }, 400, "price"],
      [{ ...base, price: { amount: 100, currency: "ARS" } }, 400, "discountPercent"],
      [{ ...base, discountPercent: 95 }, 400, "discountPercent"],
      [{ ...base, validFrom: `${year}-04-01`, validTo: `${year}-03-01` }, 400, "validTo"],
      [{ ...base, validFrom: `${year}-02-30` }, 400, "validFrom"],
      [{ ...base, accommodationIds: [] }, 400, "accommodationIds"],
      [{ ...base, accommodationIds: ["acc_unknown"] }, 422, "accommodationIds.0"],
      [{ ...base, extras: ["ups_unknown"] }, 422, "extras.0"],
      [{ ...base, discountPercent: undefined, price: { amount: 100, currency: "USD" } }, 422, "price.currency"],
      [{ ...base, surprise: true }, 400, ""],
    ];
    for (const [body, status, path] of bad) {
      const refused = await call("POST", "/v1/packages", { token: tenant.token, body });
      expect(refused.status, JSON.stringify(body)).toBe(status);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      if (path) expect(refused.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await call("GET", "/v1/packages", { token: tenant.token })).json.data).toEqual([]);

    const id = await createPackage(tenant, base);
    for (const body of [{ minNights: 5 }, { validTo: "nope" }, { price: { amount: 100, currency: "ARS" }, discountPercent: 5 }, { discountPercent: null }]) {
      const refused = await call("PATCH", `/v1/packages/${id}`, { token: tenant.token, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", `/v1/packages/${id}`, { token: tenant.token })).json).toMatchObject({ minNights: 2, maxNights: 3, discountPercent: 10 });
  });

  it("belong to their tenant: another tenant's package is a 404 and its units and extras are unknown", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const accA = await flatUnit(a);
    const accB = await flatUnit(b);
    const extraA = await breakfastExtra(a);
    const id = await createPackage(a, { name: "Escapada", accommodationIds: [accA], minNights: 2, maxNights: 2, discountPercent: 10 });
    expect((await call("GET", `/v1/packages/${id}`, { token: b.token })).status).toBe(404);
    expect((await call("PATCH", `/v1/packages/${id}`, { token: b.token, body: { name: "Mía" } })).status).toBe(404);
    expect((await call("DELETE", `/v1/packages/${id}`, { token: b.token })).status).toBe(404);
    expect((await call("GET", "/v1/packages", { token: b.token })).json.data).toEqual([]);
    expect((await call("POST", "/v1/packages", { token: b.token, body: { name: "X", accommodationIds: [accA], minNights: 1, maxNights: 1, discountPercent: 5 } })).status).toBe(422);
    expect((await call("POST", "/v1/packages", { token: b.token, body: { name: "X", accommodationIds: [accB], minNights: 1, maxNights: 1, discountPercent: 5, extras: [extraA] } })).status).toBe(422);
    // Tenant B's quotes never see tenant A's package.
    const quote = await call("GET", `/v1/accommodations/${accB}/quote?checkIn=${futureDate("03-10")}&checkOut=${futureDate("03-12")}&guests=2`, { token: b.token });
    expect(quote.json.adjustments).toEqual([]);
  });
});
