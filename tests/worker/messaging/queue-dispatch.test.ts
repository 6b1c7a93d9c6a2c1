import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../workers/index";
import type { QueueMessage } from "../../../workers/platform/queue-messages";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";

async function deliver(queue: string, body: unknown) {
  // The queue hands the consumer whatever was sent; a bad body must be survivable, so it is typed as a message here.
  const batch = createMessageBatch<QueueMessage>(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body: body as QueueMessage }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

async function storedWhatsAppEvent(tenantId: string) {
  const eventId = `evt_test_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const rawBody = JSON.stringify({ metadata: { phone_number_id: "1" }, contact: null, message: { id: `wamid.${eventId}`, from: "5491100000009", type: "text", text: { body: "hola" } } });
  await env.DB.prepare("INSERT INTO webhook_events (id, tenant_id, provider, provider_event_id, event_type, raw_body, received_at) VALUES (?, ?, 'whatsapp', ?, 'message.text', ?, ?)")
    .bind(eventId, tenantId, `wamid.${eventId}`, rawBody, Date.now())
    .run();
  return eventId;
}

describe("queue consumer: every message validated, dispatched by kind and provider", () => {
  it("acknowledges (never retries or throws on) a body that is not one of our messages", async () => {
    for (const body of [{ kind: "no_such_kind" }, { kind: "webhook_event", tenantId: 42 }, "text", null]) {
      const result = await deliver("posada-webhooks", body);
      expect(result.explicitAcks).toHaveLength(1);
      expect(result.retryMessages).toEqual([]);
    }
  });

  it("files and answers a stored WhatsApp message through guest messaging", async () => {
    const tenant = await createTenant();
    const eventId = await storedWhatsAppEvent(tenant.tenantId);
    expect((await deliver("posada-webhooks", { kind: "webhook_event", tenantId: tenant.tenantId, eventId })).explicitAcks).toHaveLength(1);
    const row = await env.DB.prepare("SELECT outcome FROM webhook_events WHERE id = ?").bind(eventId).first<{ outcome: string }>();
    expect(row?.outcome).toBe("answered");
    const [conversation] = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(conversation).toMatchObject({ channel: "whatsapp", guestAddress: "5491100000009" });
  });

  it("names a stuck WhatsApp message as a WhatsApp message, not a payment notification", async () => {
    const tenant = await createTenant();
    const eventId = await storedWhatsAppEvent(tenant.tenantId);
    await deliver("posada-webhooks-dlq", { kind: "webhook_event", tenantId: tenant.tenantId, eventId });
    const [alert] = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alert).toMatchObject({ kind: "webhook_processing_stuck", subjectId: eventId });
    expect(alert.message).toMatch(/WhatsApp message/);
    expect(alert.message).not.toMatch(/payment/i);
  });
});
