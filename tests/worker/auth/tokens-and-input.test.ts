import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { DEV_JWT_SECRET } from "../../../workers/platform/env";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";

const sign = (claims: Record<string, unknown>, expiresAt: number, secret = DEV_JWT_SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("posada")
    .setAudience("posada-console")
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));

describe("session tokens", () => {
  it("refuses an expired token", async () => {
    const tenant = await createTenant();
    const expired = await sign({ sub: tenant.ownerId, tid: tenant.tenantId, role: "owner" }, Math.floor(Date.now() / 1000) - 60);
    const response = await call("GET", "/v1/api-keys", { token: expired });
    expect(response.status).toBe(401);
    expect(response.json.code).toBe("unauthorized");
  });

  it("refuses a token signed with another secret", async () => {
    const tenant = await createTenant();
    const forged = await sign({ sub: tenant.ownerId, tid: tenant.tenantId, role: "owner" }, Math.floor(Date.now() / 1000) + 600, "x".repeat(48));
    expect((await call("GET", "/v1/api-keys", { token: forged })).status).toBe(401);
  });

  it("refuses a valid signature whose tenant does not own the user", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const mixed = await sign({ sub: a.ownerId, tid: b.tenantId, role: "owner" }, Math.floor(Date.now() / 1000) + 600);
    expect((await call("GET", "/v1/api-keys", { token: mixed })).status).toBe(401);
  });

  it("accepts the httpOnly session cookie", async () => {
    const tenant = await createTenant();
    const response = await call("GET", "/v1/api-keys", { headers: { cookie: `posada_session=${tenant.token}` } });
    expect(response.status).toBe(200);
  });
});

describe("bad input is a 4xx problem, never a 500", () => {
  it("malformed JSON → 400", async () => {
    const response = await call("POST", "/v1/signup", { rawBody: "{ not json", headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json.code).toBeTruthy();
  });

  it("wrong types → 400 with paths", async () => {
    const tenant = await createTenant();
    const response = await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: 42, scopes: "all" } });
    expect(response.status).toBe(400);
    expect(response.json.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["name", "scopes"]));
  });

  it("unknown scope → 400", async () => {
    const tenant = await createTenant();
    const response = await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: "k", scopes: ["everything:write"] } });
    expect(response.status).toBe(400);
  });

  it("oversize body → 413", async () => {
    const response = await call("POST", "/v1/signup", { rawBody: JSON.stringify({ pad: "x".repeat(200_000) }), headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
    expect(response.json.code).toBe("payload_too_large");
  });

  it("unknown route → 404 problem", async () => {
    const response = await call("GET", "/nowhere");
    expect(response.status).toBe(404);
    expect(response.json.code).toBe("not_found");
  });

  it("echoes a caller's request id and makes one otherwise", async () => {
    const echoed = await call("GET", "/healthz", { headers: { "x-request-id": "req-abc-12345" } });
    expect(echoed.headers.get("x-request-id")).toBe("req-abc-12345");
    const fresh = await call("GET", "/healthz");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
