import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { AUDIT_RETENTION_MS, purgeExpiredAuditEntries } from "../../../workers/audit/audit-log";
import { actionName } from "../../../workers/http/middleware/audit-trail";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { addMember, createKey, createTenant, type TestTenant } from "../support/tenant";

type Entry = { id: string; at: string; actor: { type: string; id: string; role?: string; name?: string; email?: string }; action: string; target: { type: string; id: string; name?: string; code?: string } | null; changes: Record<string, unknown> | null; ip: string | null };

async function auditOf(tenant: TestTenant, query = ""): Promise<Entry[]> {
  const response = await call("GET", `/v1/audit${query}`, { token: tenant.token });
  expect(response.status).toBe(200);
  return response.json.data;
}

describe("the audit log", () => {
  it("records each kind of change with who, what, the target, before → after and the address, and never a secret", async () => {
    const tenant = await createTenant();
    const secrets: string[] = [];
    const ip = { "cf-connecting-ip": "203.0.113.9" };

    // Prices: before → after.
    const acc = await createAccommodation(tenant);
    await call("PATCH", `/v1/accommodations/${acc}`, { token: tenant.token, body: { basePrice: { amount: 12_000_000, currency: "ARS" }, minStay: 3 }, headers: ip });

    // Settings with secrets in them.
    const stripeKey = "sk_test_auditSecretValue123";
    const stripeHook = "whsec_auditStripeHook456";
    secrets.push(stripeKey, stripeHook);
    expect((await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { stripe: { secretKey: stripeKey, webhookSecret: stripeHook }, defaultProvider: "stripe", depositPercent: 40 } })).status).toBe(200);
    const waToken = "EAAGauditAccessToken789";
    const waSecret = "audit-app-secret-000";
    const waVerify = `verify-${crypto.randomUUID()}`;
    secrets.push(waToken, waSecret, waVerify);
    expect((await call("PUT", "/v1/settings/whatsapp", { token: tenant.token, body: { phoneNumberId: String(Date.now()), accessToken: waToken, appSecret: waSecret, verifyToken: waVerify } })).status).toBe(200);
    expect((await call("PUT", "/v1/settings/lodging", { token: tenant.token, body: { address: "Ruta 40 km 3", cancellationPolicy: null, houseRules: null } })).status).toBe(200);

    // Keys, webhooks and the team: their secrets appear only in answers, never in the log.
    const key = await createKey(tenant, ["reservations:read", "reservations:write", "accommodations:read"]);
    secrets.push(key.key);
    const subscription = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: "https://hooks.partner.fake/a", events: ["alert.raised"] } });
    const rotated = await call("POST", `/v1/webhook-subscriptions/${subscription.json.id}/rotate-secret`, { token: tenant.token, body: {} });
    secrets.push(subscription.json.secret, rotated.json.secret);
    const staff = await addMember(tenant, "staff");
    expect((await call("PATCH", `/v1/team/${staff.userId}`, { token: tenant.token, body: { role: "admin" } })).status).toBe(200);

    // A reservation cancelled by a partner key.
    const held = await hold(tenant, acc, futureDate("08-01"), futureDate("08-04"));
    expect((await call("POST", `/v1/reservations/${held.json.id}/cancel`, { token: key.key, body: { reason: "guest asked" } })).status).toBe(200);

    // A refused change leaves nothing.
    expect((await call("PATCH", `/v1/accommodations/${acc}`, { token: tenant.token, body: { capacity: -1 } })).status).toBe(400);

    const entries = await auditOf(tenant);
    const byAction = (action: string) => entries.filter((e) => e.action === action);

    const price = byAction("accommodations.update");
    expect(price).toHaveLength(1);
    expect(price[0]).toMatchObject({
      actor: { type: "user", id: tenant.ownerId, role: "owner" },
      target: { type: "accommodations", id: acc },
      changes: { before: { basePrice: { amount: 10_000_000, currency: "ARS" }, minStay: 2 }, after: { basePrice: { amount: 12_000_000, currency: "ARS" }, minStay: 3 } },
      ip: "203.0.113.9",
    });
    expect(byAction("settings.payments.update")[0]?.changes).toMatchObject({ after: expect.objectContaining({ depositPercent: 40 }) });
    expect(byAction("settings.whatsapp.update")).toHaveLength(1);
    expect(byAction("settings.lodging.update")[0]?.changes).toMatchObject({ after: { address: "Ruta 40 km 3" } });
    expect(byAction("api-keys.create")).toHaveLength(1);
    expect(byAction("webhook-subscriptions.create")).toHaveLength(1);
    expect(byAction("webhook-subscriptions.rotate-secret")[0]?.target).toMatchObject({ type: "webhook-subscriptions", id: subscription.json.id });
    expect(byAction("invitations.create")).toHaveLength(1);
    expect(byAction("team.update")[0]).toMatchObject({ target: { type: "team", id: staff.userId }, changes: { request: { role: "admin" } } });
    expect(byAction("reservations.cancel")[0]).toMatchObject({ actor: { type: "api_key", id: key.id }, target: { type: "reservations", id: held.json.id } });
    expect(byAction("reservations.cancel")[0]?.actor).not.toHaveProperty("role");

    // Each entry names who and what in words: the person by name and email, the key by its name,
    // the unit by its name, the reservation by its guest, code and dates, the teammate by name.
    expect(price[0]?.actor).toMatchObject({ name: "Owner", email: tenant.email });
    const unitName = (await call("GET", `/v1/accommodations/${acc}`, { token: tenant.token })).json.name;
    expect(price[0]?.target).toMatchObject({ name: unitName });
    expect(byAction("reservations.cancel")[0]).toMatchObject({
      actor: { name: "test key" },
      target: { name: held.json.guest.name, code: held.json.code, checkIn: futureDate("08-01"), checkOut: futureDate("08-04") },
    });
    expect(byAction("reservations.cancel")[0]?.actor).not.toHaveProperty("email");
    expect(byAction("webhook-subscriptions.rotate-secret")[0]?.target?.name).toBe("https://hooks.partner.fake/a");
    expect(byAction("team.update")[0]?.target?.name).toEqual(expect.any(String));

    const everything = JSON.stringify(entries) + JSON.stringify(await env.DB.prepare("SELECT * FROM audit_log WHERE tenant_id = ?").bind(tenant.tenantId).all());
    for (const secret of secrets) expect(everything, secret).not.toContain(secret);
    expect(everything).toContain("[redacted]");
  });

  it("filters by actor, action (exact or prefix) and time, for owners only", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const key = await createKey(tenant, ["accommodations:write"]);
    await call("PATCH", `/v1/accommodations/${acc}`, { token: key.key, body: { name: "Por llave" } });
    const all = await auditOf(tenant);
    expect(all.map((e) => e.action)).toEqual(["accommodations.update", "api-keys.create", "accommodations.create"]);
    expect((await auditOf(tenant, `?actor=${key.id}`)).map((e) => e.action)).toEqual(["accommodations.update"]);
    expect((await auditOf(tenant, "?action=accommodations.*")).map((e) => e.action)).toEqual(["accommodations.update", "accommodations.create"]);
    // Several at once, as the console's areas ask (its "Team and keys" is three prefixes).
    expect((await auditOf(tenant, "?action=api-keys.*,accommodations.update")).map((e) => e.action)).toEqual(["accommodations.update", "api-keys.create"]);
    expect((await auditOf(tenant, "?action=team.*,invitations.*")).map((e) => e.action)).toEqual([]);
    for (const bad of ["?action=a,,b", `?action=${Array.from({ length: 11 }, (_, i) => `a${i}.*`).join(",")}`, "?action=*"]) {
      const refused = await call("GET", `/v1/audit${bad}`, { token: tenant.token });
      expect(refused.status, bad).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await auditOf(tenant, `?to=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}`)).toEqual([]);
    expect((await auditOf(tenant, `?from=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}`)).length).toBe(3);
    expect((await call("GET", "/v1/audit?from=yesterday", { token: tenant.token })).status).toBe(400);

    const admin = await addMember(tenant, "admin");
    expect((await call("GET", "/v1/audit", { token: admin.token })).status).toBe(403);
    const other = await createTenant();
    expect(await auditOf(other)).toEqual([]);
  });

  it("keeps entries one year", async () => {
    const tenant = await createTenant();
    const now = Date.now();
    await env.DB.prepare("INSERT INTO audit_log (id, tenant_id, at, actor_type, actor_id, action) VALUES ('aud_old', ?, ?, 'user', 'usr_x', 'old.update'), ('aud_recent', ?, ?, 'user', 'usr_x', 'recent.update')")
      .bind(tenant.tenantId, now - AUDIT_RETENTION_MS - 1000, tenant.tenantId, now - AUDIT_RETENTION_MS + 60_000)
      .run();
    await purgeExpiredAuditEntries(database(env.DB), now);
    expect((await auditOf(tenant)).map((e) => e.action)).toEqual(["recent.update"]);
  });

  it("names actions from the route", () => {
    expect(actionName("POST", "/v1/reservations/:id/cancel")).toBe("reservations.cancel");
    expect(actionName("POST", "/v1/accommodations/:id/blocks")).toBe("accommodations.blocks.create");
    expect(actionName("DELETE", "/v1/accommodations/:id/blocks/:blockId")).toBe("accommodations.blocks.delete");
    expect(actionName("PUT", "/v1/settings/payments")).toBe("settings.payments.update");
    expect(actionName("POST", "/v1/users/:id/totp/reset")).toBe("users.totp.reset");
  });
});
