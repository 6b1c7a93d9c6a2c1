import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { API_KEY_RATE_LIMIT } from "../../../workers/tenancy/api-key-usage";
import { call } from "../support/api";
import { awayFromMinuteEdge } from "../support/rate-limit-window";
import { addMember, createKey, createTenant } from "../support/tenant";

describe("partner API keys", () => {
  it("shows the key once, stores only its SHA-256 and lists a visible start", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/api-keys", { token: tenant.token, body: { name: "Channel manager", scopes: ["availability:read"] } });
    expect(created.status).toBe(201);
    expect(created.json.key).toMatch(/^psk_live_[A-Za-z0-9_-]{43}$/);
    expect(created.json.key.startsWith(created.json.start)).toBe(true);

    const row = await env.DB.prepare("SELECT key_hash FROM api_keys WHERE id = ?").bind(created.json.id).first<{ key_hash: string }>();
    expect(row?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.json.key);

    const list = await call("GET", "/v1/api-keys", { token: tenant.token });
    expect(list.json.data).toHaveLength(1);
    expect(list.json.data[0]).toMatchObject({ id: created.json.id, name: "Channel manager", start: created.json.start, lastUsedAt: null });
    expect(JSON.stringify(list.json)).not.toContain(created.json.key);
  });

  it("tracks lastUsedAt", async () => {
    const tenant = await createTenant();
    const key = await createKey(tenant, ["reservations:read"]);
    await call("GET", "/v1/users", { token: key.key }); // any authenticated request counts as use
    await new Promise((resolve) => setTimeout(resolve, 50)); // lastUsedAt is written after the answer
    const list = await call("GET", "/v1/api-keys", { token: tenant.token });
    expect(list.json.data[0].lastUsedAt).not.toBeNull();
  });

  it("stops working at once when revoked, and a second revoke is 404", async () => {
    const tenant = await createTenant();
    const key = await createKey(tenant, ["reservations:read"]);
    expect((await call("DELETE", `/v1/api-keys/${key.id}`, { token: tenant.token })).status).toBe(204);
    const after = await call("GET", "/v1/api-keys", { token: key.key });
    expect(after.status).toBe(401);
    expect((await call("DELETE", `/v1/api-keys/${key.id}`, { token: tenant.token })).status).toBe(404);
  });

  it("cannot be managed by staff or by another key", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    expect((await call("POST", "/v1/api-keys", { token: staff.token, body: { name: "x", scopes: ["reservations:read"] } })).status).toBe(403);
    const key = await createKey(tenant, ["reservations:read", "reservations:write"]);
    expect((await call("POST", "/v1/api-keys", { token: key.key, body: { name: "x", scopes: ["reservations:read"] } })).status).toBe(403);
  });

  it("rate-limits one key per minute with 429 and Retry-After", async () => {
    const tenant = await createTenant();
    const key = await createKey(tenant, ["reservations:read"]);
    const { id } = key;
    // The binding's window is the wall clock's minute: one turning over between spending it and the
    // request would make the request a first of a fresh minute.
    await awayFromMinuteEdge(15_000);
    // Spend the key's minute in the Rate Limiting binding directly rather than making 600 requests.
    for (let spent = 0; spent < API_KEY_RATE_LIMIT.limit; spent += 50) {
      await Promise.all(Array.from({ length: 50 }, () => env.API_KEY_LIMITER.limit({ key: id })));
    }
    const limited = await call("GET", "/v1/users", { token: key.key });
    expect(limited.status).toBe(429);
    expect(limited.json.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 60_000);
});

describe("team invitations", () => {
  it("an admin invites staff; the invitation works once and the member signs in", async () => {
    const tenant = await createTenant();
    const invited = await call("POST", "/v1/invitations", { token: tenant.token, body: { email: "maria@example.test", role: "staff" } });
    expect(invited.status).toBe(201);
    expect(invited.json.acceptUrl).toContain(invited.json.token);
    const accepted = await call("POST", "/v1/invitations/accept", { body: { token: invited.json.token, name: "María", password: "una clave bien larga" } });
    expect(accepted.status).toBe(201);
    expect(accepted.json.user.role).toBe("staff");
    const again = await call("POST", "/v1/invitations/accept", { body: { token: invited.json.token, name: "Eve", password: "una clave bien larga" } });
    expect(again.status).toBe(404);
    const signIn = await call("POST", "/v1/sessions", { body: { email: "MARIA@example.test", password: "una clave bien larga" } });
    expect(signIn.status).toBe(201);
    const team = await call("GET", "/v1/users", { token: tenant.token });
    expect(team.json.data.map((u: { role: string }) => u.role).sort()).toEqual(["owner", "staff"]);
  });

  it("staff cannot invite", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    expect((await call("POST", "/v1/invitations", { token: staff.token, body: { email: "x@example.test", role: "admin" } })).status).toBe(403);
  });
});
