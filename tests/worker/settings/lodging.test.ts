import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";

const INFO = { address: "Ruta 40 km 2, Villa La Angostura", cancellationPolicy: "Hasta 15 días antes devolvemos la seña.", houseRules: "No se fuma adentro." };

describe("/v1/settings/lodging", () => {
  it("starts empty, stores what the owner writes (blank clears a field) and keeps each tenant's own", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    expect((await call("GET", "/v1/settings/lodging", { token: tenant.token })).json).toEqual({ address: null, cancellationPolicy: null, houseRules: null });
    expect((await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: INFO })).json).toEqual(INFO);
    expect((await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: { ...INFO, houseRules: "  " } })).json).toEqual({ ...INFO, houseRules: null });
    expect((await call("GET", "/v1/settings/lodging", { token: tenant.token })).json).toEqual({ ...INFO, houseRules: null });
    expect((await call("GET", "/v1/settings/lodging", { token: other.token })).json).toEqual({ address: null, cancellationPolicy: null, houseRules: null });
  });

  it("refuses bad input with a problem and writes nothing", async () => {
    const tenant = await createTenant();
    await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: INFO });
    for (const body of [{ ...INFO, address: "x".repeat(301) }, { address: 12, cancellationPolicy: null, houseRules: null }, { address: "calle 1" }]) {
      const refused = await call("PUT", "/v1/settings/lodging", { token: tenant.token, body });
      expect(refused.status).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", "/v1/settings/lodging", { token: tenant.token })).json).toEqual(INFO);
  });
});
