import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { parseConfig } from "../../../workers/platform/env";
import { providerSecret } from "../../../workers/payments/settings";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";

const MP = { accessToken: "APP_USR-1234567890-secret-token", webhookSecret: "mp_webhook_secret_abcdef" };

describe("PUT /v1/settings/payments", () => {
  it("stores credentials encrypted, never returns them, and opens them server-side", async () => {
    const tenant = await createTenant();
    const saved = await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { mercadopago: MP, defaultProvider: "mercadopago", depositPercent: 40 } });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ mercadopago: { configured: true }, stripe: { configured: false }, defaultProvider: "mercadopago", depositPercent: 40 });
    expect(saved.text).not.toContain(MP.accessToken);

    const row = await env.DB.prepare("SELECT * FROM payment_settings WHERE tenant_id = ?").bind(tenant.tenantId).first();
    expect(JSON.stringify(row)).not.toContain(MP.accessToken);
    expect(JSON.stringify(row)).not.toContain(MP.webhookSecret);

    const read = await call("GET", "/v1/settings/payments", { token: tenant.token });
    expect(read.text).not.toContain(MP.accessToken);
    const opened = await providerSecret(database(env.DB), parseConfig(env).secretsKey, tenant.tenantId, "mercadopago.accessToken");
    expect(opened).toBe(MP.accessToken);
  });

  it("keeps stored credentials when only the deposit changes", async () => {
    const tenant = await createTenant();
    await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { mercadopago: MP, defaultProvider: "mercadopago", depositPercent: 30 } });
    const changed = await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { defaultProvider: "mercadopago", depositPercent: 50 } });
    expect(changed.json).toMatchObject({ mercadopago: { configured: true }, depositPercent: 50 });
  });

  it("refuses a default provider without credentials (422) and malformed keys (400), writing nothing", async () => {
    const tenant = await createTenant();
    const noCreds = await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { defaultProvider: "stripe", depositPercent: 30 } });
    expect(noCreds.status).toBe(422);
    expect(noCreds.json.code).toBe("provider_not_configured");
    const bad = await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { stripe: { secretKey: "nope-nope", webhookSecret: "nope-nope" }, defaultProvider: "stripe", depositPercent: 130 } });
    expect(bad.status).toBe(400);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM payment_settings WHERE tenant_id = ?").bind(tenant.tenantId).first("n")).toBe(0);
  });

  it("defaults to Mercado Pago for Argentine tenants and Stripe elsewhere", async () => {
    const ar = await createTenant();
    const cl = await createTenant({ country: "CL", timezone: "America/Santiago", currency: "CLP" });
    expect((await call("GET", "/v1/settings/payments", { token: ar.token })).json.defaultProvider).toBe("mercadopago");
    expect((await call("GET", "/v1/settings/payments", { token: cl.token })).json.defaultProvider).toBe("stripe");
  });
});
