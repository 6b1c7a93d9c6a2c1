import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { hmacSha256Hex } from "../../../shared/webhooks/hmac";
import stripeEvent from "../../fixtures/stripe/checkout.session.completed.json";
import mpNotification from "../../fixtures/mercadopago/payment.updated.json";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";

const STRIPE_SECRET = "whsec_test_NOT_REAL_3b8f0d6a2c4e";
const MP_SECRET = "mp_test_secret_NOT_REAL_4f2b9c1e";

async function configure(tenant: TestTenant) {
  const response = await call("PUT", "/v1/settings/payments", {
    token: tenant.token,
    body: {
      mercadopago: { accessToken: "APP_USR-test-token-123", webhookSecret: MP_SECRET },
      stripe: { secretKey: "sk_test_fake_123456", webhookSecret: STRIPE_SECRET },
      defaultProvider: "mercadopago",
      depositPercent: 30,
    },
  });
  expect(response.status).toBe(200);
}

async function stripeDelivery(tenantId: string, body: string, { secret = STRIPE_SECRET, ageSeconds = 0 } = {}) {
  const t = Math.floor(Date.now() / 1000) - ageSeconds;
  const signature = await hmacSha256Hex(secret, `${t}.${body}`);
  return SELF.fetch(`http://posada.test/webhooks/stripe/${tenantId}`, { method: "POST", headers: { "stripe-signature": `t=${t},v1=${signature}`, "content-type": "application/json" }, body });
}

const storedEvents = (tenantId: string) =>
  env.DB.prepare("SELECT provider, provider_event_id, deliveries FROM webhook_events WHERE tenant_id = ?").bind(tenantId).all<{ provider: string; provider_event_id: string; deliveries: number }>();

describe("POST /webhooks/stripe/:tenantId", () => {
  it("stores a signed event once however often it is delivered", async () => {
    const tenant = await createTenant();
    await configure(tenant);
    const body = JSON.stringify(stripeEvent);
    for (let i = 0; i < 5; i++) expect((await stripeDelivery(tenant.tenantId, body)).status).toBe(200);
    const { results } = await storedEvents(tenant.tenantId);
    expect(results).toEqual([{ provider: "stripe", provider_event_id: stripeEvent.id, deliveries: 5 }]);
    const listed = await call("GET", "/v1/webhook-events", { token: tenant.token });
    expect(listed.json.data).toHaveLength(1);
    expect(listed.json.data[0]).toMatchObject({ provider: "stripe", providerEventId: stripeEvent.id, deliveries: 5, processedAt: null });
    expect(listed.json.data[0].rawBody).toBe(body);
  });

  it("answers 401 and stores nothing for a bad signature, an old timestamp, a changed body or another tenant", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    await configure(tenant);
    const body = JSON.stringify(stripeEvent);
    expect((await stripeDelivery(tenant.tenantId, body, { secret: "whsec_wrong" })).status).toBe(401);
    expect((await stripeDelivery(tenant.tenantId, body, { ageSeconds: 301 })).status).toBe(401);
    const t = Math.floor(Date.now() / 1000);
    const signature = await hmacSha256Hex(STRIPE_SECRET, `${t}.${body}`);
    const tampered = await SELF.fetch(`http://posada.test/webhooks/stripe/${tenant.tenantId}`, { method: "POST", headers: { "stripe-signature": `t=${t},v1=${signature}` }, body: body.replace("paid", "unpaid") });
    expect(tampered.status).toBe(401);
    expect((await stripeDelivery(other.tenantId, body)).status).toBe(401);
    expect((await stripeDelivery("ten_nope", body)).status).toBe(401);
    expect((await storedEvents(tenant.tenantId)).results).toEqual([]);
    expect((await storedEvents(other.tenantId)).results).toEqual([]);
  });
});

describe("POST /webhooks/mercadopago/:tenantId", () => {
  const requestId = "bb56a2f1-6aae-46ac-982e-9dcd3581d08e";

  async function mpDelivery(tenantId: string, { dataId = "123456789012", secret = MP_SECRET, id = requestId, body = mpNotification as object } = {}) {
    const ts = String(Math.floor(Date.now() / 1000));
    const v1 = await hmacSha256Hex(secret, `id:${dataId};request-id:${id};ts:${ts};`);
    return SELF.fetch(`http://posada.test/webhooks/mercadopago/${tenantId}?data.id=${dataId}&type=payment`, {
      method: "POST",
      headers: { "x-signature": `ts=${ts},v1=${v1}`, "x-request-id": id, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("stores a signed notification once per delivery id", async () => {
    const tenant = await createTenant();
    await configure(tenant);
    for (let i = 0; i < 3; i++) expect((await mpDelivery(tenant.tenantId)).status).toBe(200);
    const { results } = await storedEvents(tenant.tenantId);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ provider: "mercadopago", deliveries: 3 });
  });

  it("counts a replay with an edited, unsigned body as the same delivery", async () => {
    const tenant = await createTenant();
    await configure(tenant);
    expect((await mpDelivery(tenant.tenantId)).status).toBe(200);
    const edited = { ...mpNotification, action: "payment.created", data: { id: "999999999999" } };
    const replay = await mpDelivery(tenant.tenantId, { body: edited });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true });
    const { results } = await storedEvents(tenant.tenantId);
    expect(results).toEqual([expect.objectContaining({ provider: "mercadopago", deliveries: 2 })]);
  });

  it("answers 401 for a wrong secret and stores nothing", async () => {
    const tenant = await createTenant();
    await configure(tenant);
    expect((await mpDelivery(tenant.tenantId, { secret: "wrong-secret" })).status).toBe(401);
    expect((await storedEvents(tenant.tenantId)).results).toEqual([]);
  });
});
