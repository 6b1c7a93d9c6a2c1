import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { CABIN, createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant } from "../support/tenant";

describe("roles", () => {
  it("staff run the front desk but cannot change units, keys or the team", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const staff = await addMember(tenant, "staff");
    const asStaff = { ...tenant, token: staff.token };

    expect((await call("GET", "/v1/accommodations", { token: staff.token })).status).toBe(200);
    expect((await hold(asStaff, acc, futureDate("09-10"), futureDate("09-12"))).status).toBe(201);
    expect((await call("POST", "/v1/accommodations", { token: staff.token, body: CABIN })).status).toBe(403);
    expect((await call("PATCH", `/v1/accommodations/${acc}`, { token: staff.token, body: { capacity: 9 } })).status).toBe(403);
    expect((await call("GET", "/v1/api-keys", { token: staff.token })).status).toBe(403);
  });

  it("an admin manages units and keys like the owner", async () => {
    const tenant = await createTenant();
    const admin = await addMember(tenant, "admin");
    expect((await call("POST", "/v1/accommodations", { token: admin.token, body: CABIN })).status).toBe(201);
    expect((await call("POST", "/v1/api-keys", { token: admin.token, body: { name: "k", scopes: ["availability:read"] } })).status).toBe(201);
  });

  it("a partner key acts only within its scopes and its tenant", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const key = (await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: "agency", scopes: ["availability:read", "reservations:write", "reservations:read"] } })).json.key;
    const search = await call("GET", `/v1/availability?checkIn=${futureDate("10-01")}&checkOut=${futureDate("10-03")}&guests=2`, { token: key });
    expect(search.json.data).toHaveLength(1);
    const created = await hold({ ...tenant, token: key }, acc, futureDate("10-01"), futureDate("10-03"));
    expect(created.status).toBe(201);
    expect(created.json.source).toBe("partner");
    expect((await call("POST", "/v1/accommodations", { token: key, body: CABIN })).status).toBe(403);
  });
});
