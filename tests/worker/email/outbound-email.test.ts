import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import wranglerToml from "../../../wrangler.toml?raw";
import { database } from "../../../workers/platform/db/client";
import { messages } from "../../../workers/platform/db/schema";
import { ensureConversation, queueOutbound } from "../../../workers/guest-messaging/outbound";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { retryDelaySeconds } from "../../../workers/jobs/settle";
import { drive, FakeResend, messageRow, outboxOf, providerEnv } from "./support";

const db = () => database(env.DB);
const WEBHOOK_SECRET = `whsec_${btoa("posada-test-webhook-signing-key-32b")}`;

let resend: FakeResend;
beforeEach(() => {
  resend = new FakeResend().install();
});
afterEach(() => resend.uninstall());

async function connectResend(tenant: TestTenant) {
  const inboundDomain = `in-${crypto.randomUUID().slice(0, 8)}.example.com`;
  const saved = await call("PUT", "/v1/settings/email", {
    token: tenant.token,
    body: { provider: "resend", fromAddress: "Reservas@Example.com", fromName: "Cabañas del Lago", inboundDomain, resendApiKey: "re_test_key_123", resendWebhookSecret: WEBHOOK_SECRET },
  });
  expect(saved.status).toBe(200);
  return inboundDomain;
}

const unqueued = (tenantId: string, conversationId: string, text: string) =>
  db().insert(messages).values({ id: `msg_e_${crypto.randomUUID().slice(0, 20)}`, tenantId, conversationId, direction: "out", author: "staff", text, urgent: true, status: "queued" }).returning().get();

function signed(body: unknown, id = `msg_${crypto.randomUUID()}`, secret = WEBHOOK_SECRET) {
  const text = JSON.stringify(body);
  const timestamp = new Date();
  const signature = new Webhook(secret).sign(id, timestamp, text);
  return { rawBody: text, headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": signature } };
}

describe("email settings", () => {
  it("stores the provider's secrets sealed and never answers them; tests the sender's domain", async () => {
    const tenant = await createTenant();
    const inboundDomain = await connectResend(tenant);
    const shown = await call("GET", "/v1/settings/email", { token: tenant.token });
    expect(shown.json).toEqual({ configured: true, provider: "resend", fromAddress: "reservas@example.com", fromName: "Cabañas del Lago", inboundDomain, resendApiKeyStored: true, resendWebhookSecretStored: true });
    expect(shown.text).not.toContain("re_test_key_123");
    const row = await env.DB.prepare("SELECT resend_api_key_sealed, resend_webhook_secret_sealed FROM email_settings WHERE tenant_id = ?").bind(tenant.tenantId).first<Record<string, string>>();
    expect(row!.resend_api_key_sealed).toMatch(/^v1\./);
    expect(row!.resend_webhook_secret_sealed).not.toContain("whsec_");

    expect((await call("POST", "/v1/settings/email/test", { token: tenant.token })).json).toMatchObject({ provider: "email", ok: true, account: "Resend · reservas@example.com" });
    resend.verifiedDomains = ["other.com"];
    expect((await call("POST", "/v1/settings/email/test", { token: tenant.token })).json).toMatchObject({ ok: false, problem: "sender_not_verified" });
  });

  it("keeps the stored Resend secrets when a save leaves them out, and drops them when the provider changes", async () => {
    const tenant = await createTenant();
    const inboundDomain = await connectResend(tenant);
    const sealed = () => env.DB.prepare("SELECT resend_api_key_sealed AS apiKey, resend_webhook_secret_sealed AS webhookSecret FROM email_settings WHERE tenant_id = ?").bind(tenant.tenantId).first<{ apiKey: string | null; webhookSecret: string | null }>();
    const before = await sealed();

    const renamed = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "resend", fromAddress: "reservas@example.com", fromName: "Cabañas del Lago Azul", inboundDomain } });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ fromName: "Cabañas del Lago Azul", resendApiKeyStored: true, resendWebhookSecretStored: true });
    expect(await sealed()).toEqual(before);
    expect((await call("POST", "/v1/settings/email/test", { token: tenant.token })).json).toMatchObject({ ok: true });

    const replaced = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "resend", fromAddress: "reservas@example.com", inboundDomain, resendApiKey: "re_other_key_456" } });
    expect(replaced.status).toBe(200);
    expect((await sealed())!.apiKey).not.toBe(before!.apiKey);
    expect((await sealed())!.webhookSecret).toBe(before!.webhookSecret);

    const cloudflare = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "cloudflare", fromAddress: "reservas@example.com", inboundDomain } });
    expect(cloudflare.json).toMatchObject({ provider: "cloudflare", resendApiKeyStored: false, resendWebhookSecretStored: false });
    expect(await sealed()).toEqual({ apiKey: null, webhookSecret: null });
    // Back on Resend, the dropped secrets are not there to keep: both are asked for again.
    const again = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "resend", fromAddress: "reservas@example.com", inboundDomain } });
    expect(again.status).toBe(400);
    expect(again.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["resendApiKey", "resendWebhookSecret"]);
    expect((await call("GET", "/v1/settings/email", { token: tenant.token })).json.provider).toBe("cloudflare");
  });

  it("refuses incomplete or malformed settings with a problem, and an inbound domain another tenant has", async () => {
    const tenant = await createTenant();
    const missingKey = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "resend", fromAddress: "a@example.com", inboundDomain: "in.example.com" } });
    expect(missingKey.status).toBe(400);
    expect(missingKey.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(missingKey.json.errors)).toContain("resendApiKey");
    const badDomain = await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "cloudflare", fromAddress: "a@example.com", inboundDomain: "not a domain" } });
    expect(badDomain.status).toBe(400);

    const domain = `shared-${crypto.randomUUID().slice(0, 8)}.example.com`;
    expect((await call("PUT", "/v1/settings/email", { token: tenant.token, body: { provider: "cloudflare", fromAddress: "a@example.com", inboundDomain: domain } })).status).toBe(200);
    const other = await createTenant();
    const taken = await call("PUT", "/v1/settings/email", { token: other.token, body: { provider: "cloudflare", fromAddress: "b@example.com", inboundDomain: domain } });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe("email_domain_taken");
  });
});

describe("outbound email", () => {
  it("in development and tests lands in the outbox as multipart text + HTML with threading headers", async () => {
    const tenant = await createTenant();
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    const queued = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId: conversation.id, author: "staff", text: "¡Hola Ana! Sí, tenemos lugar.\n\nPagá la seña acá: https://pay.example/x?a=1&b=<2>", urgent: true });
    await eventually(async () => expect((await messageRow(queued.id))!.status).toBe("accepted"));
    const [mail] = await outboxOf(tenant.tenantId);
    expect(mail).toMatchObject({ to_address: "ana@example.org", message_id: queued.id, reply_to: expect.stringMatching(new RegExp(`^reply\\+[0-9a-z]{20}@${tenant.slug}\\.posada\\.local$`)) });
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail!.raw).toMatch(/Content-Type: text\/plain/i);
    expect(mail!.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail!.raw).toContain(`Message-ID: <${queued.id}@${tenant.slug}.posada.local>`);
    expect(mail!.html).toContain("&lt;2&gt;");
    expect(mail!.html).not.toContain("<2>");
    expect(mail!.subject).toMatch(/^Tu consulta en /);
    expect((await messageRow(queued.id))!.internet_message_id).toBe(`<${queued.id}@${tenant.slug}.posada.local>`);
  });

  it("sends through Resend with the verified sender, Reply-To and an idempotency key", async () => {
    const tenant = await createTenant();
    const inboundDomain = await connectResend(tenant);
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    const row = await unqueued(tenant.tenantId, conversation.id, "Te esperamos");
    const result = await drive("posada-email", tenant.tenantId, row.id, { workerEnv: providerEnv() });
    expect(result.explicitAcks).toHaveLength(1);
    expect(resend.sent).toHaveLength(1);
    expect(resend.sent[0]).toMatchObject({
      idempotencyKey: row.id,
      body: { from: "Cabañas del Lago <reservas@example.com>", to: ["ana@example.org"], reply_to: [expect.stringMatching(new RegExp(`^reply\\+[0-9a-z]{20}@${inboundDomain}$`))], text: expect.stringContaining("Te esperamos"), html: expect.stringContaining("Te esperamos") },
    });
    expect((await messageRow(row.id))!).toMatchObject({ status: "accepted", provider_message_id: expect.stringMatching(/^re_/) });
    expect(await outboxOf(tenant.tenantId)).toEqual([]);
  });

  it("tries three times with backoff, then the dead-letter queue fails the message and alerts staff", async () => {
    expect(wranglerToml).toMatch(/queue = "posada-email"\s+max_batch_size = \d+\s+max_batch_timeout = \d+\s+max_retries = 2\s+dead_letter_queue = "posada-outbound-dlq"/);
    const tenant = await createTenant();
    await connectResend(tenant);
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    const row = await unqueued(tenant.tenantId, conversation.id, "Recordatorio");
    resend.failures.push(503, 503, 503);
    for (const attempts of [1, 2, 3]) {
      const result = await drive("posada-email", tenant.tenantId, row.id, { attempts, workerEnv: providerEnv() });
      expect(result.retryMessages).toHaveLength(1);
      expect((await messageRow(row.id))!).toMatchObject({ status: "queued", error: expect.stringContaining("503") });
    }
    // The backoff the consumer asks for on each retry.
    expect([1, 2].map(retryDelaySeconds)).toEqual([10, 20]);
    expect(resend.sent).toHaveLength(0);

    await drive("posada-outbound-dlq", tenant.tenantId, row.id, { workerEnv: providerEnv() });
    expect((await messageRow(row.id))!.status).toBe("failed");
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts.filter((a: { kind: string; subjectId: string }) => a.kind === "message_undelivered" && a.subjectId === conversation.id)).toHaveLength(1);
  });

  it("fails at once, with an alert, when the provider refuses the email", async () => {
    const tenant = await createTenant();
    await connectResend(tenant);
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    const row = await unqueued(tenant.tenantId, conversation.id, "Hola");
    resend.failures.push(422);
    expect((await drive("posada-email", tenant.tenantId, row.id, { workerEnv: providerEnv() })).explicitAcks).toHaveLength(1);
    expect((await messageRow(row.id))!.status).toBe("failed");
  });

  it("waits out quiet hours like WhatsApp, but has no 24-hour rule", async () => {
    const tenant = await createTenant();
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    // The guest last wrote weeks ago: WhatsApp would need a template, email does not.
    await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now() - 30 * 86_400_000, conversation.id).run();
    const calm = await db().insert(messages).values({ id: `msg_q_${crypto.randomUUID().slice(0, 20)}`, tenantId: tenant.tenantId, conversationId: conversation.id, direction: "out", author: "assistant", text: "¿Te ayudo?", status: "queued" }).returning().get();
    const { deliverOutbound } = await import("../../../workers/guest-messaging/deliver-outbound");
    const { parseConfig } = await import("../../../workers/platform/env");
    expect(await deliverOutbound(db(), env, parseConfig(env), calm.id, Date.parse("2026-11-23T02:30:00Z"))).toBe("deferred");
    expect(await outboxOf(tenant.tenantId)).toEqual([]);
    expect(await deliverOutbound(db(), env, parseConfig(env), calm.id, Date.parse("2026-11-23T11:00:05Z"))).toBe("accepted");
    expect(await outboxOf(tenant.tenantId)).toHaveLength(1);
  });
});

describe("Resend's bounce and complaint webhook", () => {
  async function sentEmail(tenant: TestTenant, address = "rebota@example.org") {
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", address, null);
    const row = await unqueued(tenant.tenantId, conversation.id, "Hola");
    await drive("posada-email", tenant.tenantId, row.id, { workerEnv: providerEnv() });
    const sent = await messageRow(row.id);
    return { conversation, row, providerId: sent!.provider_message_id! };
  }

  it("verifies the signature on the raw body, suppresses a bounced address and fails its message once, however often it is replayed", async () => {
    const tenant = await createTenant();
    await connectResend(tenant);
    const { conversation, row, providerId } = await sentEmail(tenant);
    const event = { type: "email.bounced", created_at: new Date().toISOString(), data: { email_id: providerId, to: ["Rebota@example.org"], bounce: { type: "Permanent", message: "mailbox does not exist" } } };
    const request = signed(event, "msg_bounce_1");

    const forged = await call("POST", `/webhooks/resend/${tenant.tenantId}`, { rawBody: request.rawBody, headers: { ...request.headers, "svix-signature": signed(event, "msg_bounce_1", `whsec_${btoa("another-secret-entirely-32-bytes!")}`).headers["svix-signature"] } });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");
    const edited = await call("POST", `/webhooks/resend/${tenant.tenantId}`, { rawBody: request.rawBody.replace("Permanent", "Transient"), headers: request.headers });
    expect(edited.status).toBe(401);
    expect((await messageRow(row.id))!.status).toBe("accepted");

    const first = await call("POST", `/webhooks/resend/${tenant.tenantId}`, request);
    expect(first.json).toEqual({ received: true, duplicate: false });
    expect((await messageRow(row.id))!).toMatchObject({ status: "failed", error: expect.stringContaining("mailbox does not exist") });
    const replay = await call("POST", `/webhooks/resend/${tenant.tenantId}`, request);
    expect(replay.json).toEqual({ received: true, duplicate: true });
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data.filter((a: { kind: string; subjectId: string }) => a.kind === "message_undelivered" && a.subjectId === conversation.id);
    expect(alerts).toHaveLength(1);

    // The address is suppressed: the next email to it is never sent.
    const next = await unqueued(tenant.tenantId, conversation.id, "¿Seguís ahí?");
    const sentBefore = resend.sent.length;
    await drive("posada-email", tenant.tenantId, next.id, { workerEnv: providerEnv() });
    expect(resend.sent.length).toBe(sentBefore);
    expect((await messageRow(next.id))!).toMatchObject({ status: "failed", error: expect.stringContaining("suppressed") });
  });

  it("marks deliveries and complaints, and refuses an unknown tenant or a stale timestamp", async () => {
    const tenant = await createTenant();
    await connectResend(tenant);
    const { row, providerId } = await sentEmail(tenant, "queja@example.org");
    expect((await call("POST", `/webhooks/resend/${tenant.tenantId}`, signed({ type: "email.delivered", data: { email_id: providerId, to: ["queja@example.org"] } }))).status).toBe(200);
    expect((await messageRow(row.id))!.status).toBe("delivered");
    expect((await call("POST", `/webhooks/resend/${tenant.tenantId}`, signed({ type: "email.complained", data: { email_id: providerId, to: ["queja@example.org"] } }))).status).toBe(200);
    expect((await messageRow(row.id))!.error).toContain("complaint");
    const suppressed = await env.DB.prepare("SELECT reason FROM email_suppressions WHERE tenant_id = ? AND address = 'queja@example.org'").bind(tenant.tenantId).first<{ reason: string }>();
    expect(suppressed!.reason).toBe("complaint");

    expect((await call("POST", `/webhooks/resend/ten_00000000000000000000000000`, signed({ type: "email.delivered", data: {} }))).status).toBe(401);
    const stale = signed({ type: "email.delivered", data: { email_id: providerId } });
    const old = Math.floor(Date.now() / 1000) - 3600;
    const oldSignature = new Webhook(WEBHOOK_SECRET).sign("msg_old", new Date(old * 1000), stale.rawBody);
    expect((await call("POST", `/webhooks/resend/${tenant.tenantId}`, { rawBody: stale.rawBody, headers: { ...stale.headers, "svix-id": "msg_old", "svix-timestamp": String(old), "svix-signature": oldSignature } })).status).toBe(401);
  });
});

describe("the development outbox", () => {
  it("answers owners in development and tests, 403 to staff, and 404 in production", async () => {
    const tenant = await createTenant();
    expect((await call("GET", "/v1/communications/outbox", { token: tenant.token })).json).toEqual({ data: [] });
    const conversation = await ensureConversation(db(), tenant.tenantId, "email", "ana@example.org", "Ana");
    const message = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId: conversation.id, author: "staff", text: "Hola Ana, te esperamos.", urgent: true });
    await eventually(async () => expect((await messageRow(message.id))!.status).toBe("accepted"));
    const listed = (await call("GET", "/v1/communications/outbox", { token: tenant.token })).json.data;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ messageId: message.id, to: "ana@example.org", status: "accepted" });
    expect(listed[0].text).toContain("Hola Ana, te esperamos.");
    expect((await call("GET", "/v1/communications/outbox", { token: (await createTenant()).token })).json).toEqual({ data: [] });
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/communications/outbox", { token: staff.token })).status).toBe(403);

    const worker = (await import("../../../workers/index")).default;
    const production = { ...env, ENVIRONMENT: "production", JWT_SECRET: "posada-dev-only-jwt-secret-never-use-in-production", SECRETS_KEY: "cG9zYWRhLWRldi1vbmx5LXNlY3JldHMta2V5LTMyYiE=" };
    const { createExecutionContext } = await import("cloudflare:test");
    const response = await worker.fetch!(new Request("http://posada.test/v1/communications/outbox", { headers: { authorization: `Bearer ${tenant.token}` } }) as never, production as never, createExecutionContext());
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});
