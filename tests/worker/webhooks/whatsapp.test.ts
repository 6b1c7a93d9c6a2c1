import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { hmacSha256Hex } from "../../../shared/webhooks/hmac";
import batch from "../../fixtures/whatsapp/batch-two-messages.json?raw";
import failed from "../../fixtures/whatsapp/status-failed.json?raw";
import delivered from "../../fixtures/whatsapp/status-delivered.json?raw";
import read from "../../fixtures/whatsapp/status-read.json?raw";
import sent from "../../fixtures/whatsapp/status-sent.json?raw";
import text from "../../fixtures/whatsapp/text-message.json?raw";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";

const FIXTURE_PHONE_ID = "100000000000001";
const APP_SECRET = "meta_app_secret_NOT_REAL_91c2";

async function connect(tenant: TestTenant, phoneNumberId: string, { appSecret = APP_SECRET, verifyToken = `verify-${crypto.randomUUID()}` } = {}) {
  const response = await call("PUT", "/v1/settings/whatsapp", { token: tenant.token, body: { phoneNumberId, accessToken: "EAAG-fake-access-token", appSecret, verifyToken } });
  return { response, verifyToken };
}

/** The fixtures all name one number; each test gives it a fresh id so tenants never collide. */
const withPhone = (body: string, phoneNumberId: string) => body.replaceAll(FIXTURE_PHONE_ID, phoneNumberId);
const freshPhone = () => String(100_000_000_000_000 + Math.floor(Math.random() * 899_999_999_999_999));

async function deliver(body: string, secret = APP_SECRET) {
  const signature = await hmacSha256Hex(secret, body);
  return SELF.fetch("http://posada.test/webhooks/whatsapp", { method: "POST", headers: { "x-hub-signature-256": `sha256=${signature}`, "content-type": "application/json" }, body });
}

const stored = (tenantId: string) =>
  env.DB.prepare("SELECT provider_event_id, event_type, deliveries FROM webhook_events WHERE tenant_id = ? AND provider = 'whatsapp' ORDER BY provider_event_id")
    .bind(tenantId)
    .all<{ provider_event_id: string; event_type: string; deliveries: number }>()
    .then((r) => r.results);

describe("WhatsApp webhook", () => {
  it("answers Meta's verification handshake only for a known verify token", async () => {
    const tenant = await createTenant();
    const { verifyToken } = await connect(tenant, freshPhone());
    const ok = await SELF.fetch(`http://posada.test/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    const wrong = await SELF.fetch("http://posada.test/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope-nope-nope&hub.challenge=1");
    expect(wrong.status).toBe(403);
  });

  it("stores a signed message once however often Meta delivers it, routed by phone_number_id", async () => {
    const tenant = await createTenant();
    const phone = freshPhone();
    await connect(tenant, phone);
    const body = withPhone(text, phone);
    for (let i = 0; i < 3; i++) expect((await deliver(body)).status).toBe(200);
    expect(await stored(tenant.tenantId)).toEqual([{ provider_event_id: "wamid.FAKE_TEXT_0001", event_type: "message.text", deliveries: 3 }]);
    const [event] = (await call("GET", "/v1/webhook-events", { token: tenant.token })).json.data;
    expect(JSON.parse(event.rawBody).message.text.body).toContain("finde");
  });

  it("stores each message of a batch and each delivery status as its own event", async () => {
    const tenant = await createTenant();
    const phone = freshPhone();
    await connect(tenant, phone);
    expect((await (await deliver(withPhone(batch, phone))).json<{ events: number }>()).events).toBe(2);
    for (const status of [sent, delivered, read, failed]) expect((await deliver(withPhone(status, phone))).status).toBe(200);
    const events = await stored(tenant.tenantId);
    expect(events.filter((e) => e.event_type.startsWith("message."))).toHaveLength(2);
    expect(events.filter((e) => e.event_type.startsWith("status.")).map((e) => e.event_type).sort()).toEqual(["status.delivered", "status.failed", "status.read", "status.sent"]);
  });

  it("answers 401 and stores nothing for a bad signature, an unknown number or another tenant's secret", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const phone = freshPhone();
    await connect(tenant, phone);
    await connect(other, freshPhone(), { appSecret: "another_app_secret_NOT_REAL" });
    const body = withPhone(text, phone);
    expect((await deliver(body, "wrong_secret_value")).status).toBe(401);
    expect((await deliver(body, "another_app_secret_NOT_REAL")).status).toBe(401);
    expect((await deliver(withPhone(text, freshPhone()))).status).toBe(401);
    const unsigned = await SELF.fetch("http://posada.test/webhooks/whatsapp", { method: "POST", body });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get("content-type")).toContain("application/problem+json");
    const tampered = await SELF.fetch("http://posada.test/webhooks/whatsapp", {
      method: "POST",
      headers: { "x-hub-signature-256": `sha256=${await hmacSha256Hex(APP_SECRET, body)}` },
      body: body.replace("finde", "mes"),
    });
    expect(tampered.status).toBe(401);
    expect(await stored(tenant.tenantId)).toEqual([]);
    expect(await stored(other.tenantId)).toEqual([]);
  });

  it("keeps WhatsApp secrets out of answers and one number to one tenant", async () => {
    const tenant = await createTenant();
    const phone = freshPhone();
    const { response } = await connect(tenant, phone);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ configured: true, phoneNumberId: phone });
    const read = await call("GET", "/v1/settings/whatsapp", { token: tenant.token });
    expect(read.text).not.toContain("EAAG");
    expect(read.text).not.toContain(APP_SECRET);
    const { results } = await env.DB.prepare("SELECT access_token_sealed, app_secret_sealed FROM whatsapp_settings WHERE tenant_id = ?").bind(tenant.tenantId).all<Record<string, string>>();
    expect(JSON.stringify(results)).not.toContain("EAAG-fake");
    const thief = await createTenant();
    const taken = await connect(thief, phone);
    expect(taken.response.status).toBe(409);
    expect(taken.response.json.code).toBe("whatsapp_number_taken");
  });
});
