import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";
import { uniqueAddress } from "../support/addresses";

describe("POST /v1/signup", () => {
  it("creates a tenant and its owner and returns a working session", async () => {
    const tenant = await createTenant();
    expect(tenant.tenantId).toMatch(/^ten_/);
    expect(tenant.ownerId).toMatch(/^usr_/);
    const keys = await call("GET", "/v1/api-keys", { token: tenant.token });
    expect(keys.status).toBe(200);
  });

  it("refuses a second account with the same email (any case) with 409", async () => {
    const tenant = await createTenant();
    const again = await call("POST", "/v1/signup", {
      body: {
        tenant: { name: "Otra", country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
        owner: { name: "X", email: tenant.email.toUpperCase(), password: "long enough password" },
      },
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("email_taken");
  });

  it("lists every invalid field with its path", async () => {
    const response = await call("POST", "/v1/signup", {
      body: { tenant: { name: "A", country: "Argentina", timezone: "Mars/Olympus", currency: "pesos" }, owner: { name: "", email: "nope", password: "short" } },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.json.code).toBe("validation_failed");
    const paths = response.json.errors.map((e: { path: string }) => e.path);
    for (const path of ["tenant.name", "tenant.country", "tenant.timezone", "tenant.currency", "owner.name", "owner.email", "owner.password"]) {
      expect(paths).toContain(path);
    }
  });
});

describe("POST /v1/sessions", () => {
  it("signs in with the right password", async () => {
    const tenant = await createTenant();
    const response = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password } });
    expect(response.status).toBe(201);
    expect(typeof response.json.token).toBe("string");
    expect(Date.parse(response.json.expiresAt)).toBeGreaterThan(Date.now());
  });

  it("answers invalid_credentials alike for a wrong password and an unknown email", async () => {
    const tenant = await createTenant();
    const wrong = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: "not the password" } });
    const unknown = await call("POST", "/v1/sessions", { body: { email: "nobody@example.test", password: "whatever pass" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.code).toBe("invalid_credentials");
    expect(unknown.json.code).toBe("invalid_credentials");
  });

  it("throttles repeated failures for one account with 429 and Retry-After, and the real user is not locked forever", async () => {
    const tenant = await createTenant();
    for (let i = 0; i < 5; i++) {
      const r = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: `wrong ${i}` }, headers: { "cf-connecting-ip": uniqueAddress() } });
      expect(r.status).toBe(401);
    }
    const blocked = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password }, headers: { "cf-connecting-ip": uniqueAddress() } });
    expect(blocked.status).toBe(429);
    expect(blocked.json.code).toBe("too_many_attempts");
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it("throttles one address spraying many accounts", async () => {
    const address = uniqueAddress();
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const r = await call("POST", "/v1/sessions", { body: { email: `spray${i}@example.test`, password: "guess guess" }, headers: { "cf-connecting-ip": address } });
      last = r.status;
    }
    expect(last).toBe(429);
  });
});

describe("GET /v1/me", () => {
  it("tells the console who is signed in, for which tenant, and whether 2FA is on", async () => {
    const tenant = await createTenant();
    const me = await call("GET", "/v1/me", { token: tenant.token });
    expect(me.status).toBe(200);
    expect(me.json.user).toMatchObject({ id: tenant.ownerId, email: tenant.email, role: "owner", totpEnabled: false });
    expect(me.json.tenant).toMatchObject({ id: tenant.tenantId, slug: tenant.slug, currency: "ARS" });
    expect(me.json.scopes).toContain("reservations:write");
    expect(JSON.stringify(me.json)).not.toContain("password");
  });
});
