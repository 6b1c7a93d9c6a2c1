import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { messages } from "../../../workers/platform/db/schema";
import { parseConfig } from "../../../workers/platform/env";
import worker from "../../../workers/index";
import { deliverOutbound } from "../../../workers/guest-messaging/deliver-outbound";
import { ensureConversation, queueOutbound } from "../../../workers/guest-messaging/outbound";
import type { QueueMessage } from "../../../workers/platform/queue-messages";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { FakeWhatsApp } from "../support/fake-whatsapp";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp, postSignedWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  graph = new FakeWhatsApp().install();
});
afterEach(() => graph.uninstall());

const db = () => database(env.DB);
const config = () => parseConfig(env);
const messageRow = (id: string) =>
  env.DB.prepare("SELECT status, provider_message_id, error, deferred_until FROM messages WHERE id = ?").bind(id).first<{ status: string; provider_message_id: string | null; error: string | null; deferred_until: number | null }>();

/** A tenant with WhatsApp connected and a guest who wrote `hoursAgo` hours ago. */
async function thread(hoursAgo = 1): Promise<{ tenant: TestTenant; phone: string; conversationId: string }> {
  const tenant = await createTenant();
  const phone = await connectWhatsApp(tenant);
  const conversation = await ensureConversation(db(), tenant.tenantId, "whatsapp", "5491100000001", "Guest Uno");
  await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now() - hoursAgo * 3_600_000, conversation.id).run();
  return { tenant, phone, conversationId: conversation.id };
}

/** A message row written without a queue message, so the test alone drives its delivery. */
const unqueued = (tenantId: string, conversationId: string, text: string) =>
  db().insert(messages).values({ id: `msg_t_${crypto.randomUUID().slice(0, 20)}`, tenantId, conversationId, direction: "out", author: "staff", text, urgent: true, status: "queued" }).returning().get();

async function drive(queue: string, tenantId: string, messageId: string) {
  const batch = createMessageBatch<QueueMessage>(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body: { kind: "outbound", tenantId, messageId } }]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

describe("outbound WhatsApp messages", () => {
  it("sends through the queue and records delivery statuses, never moving backwards", async () => {
    const { tenant, phone, conversationId } = await thread();
    const queued = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId, author: "assistant", text: "¡Hola! Sí, tengo lugar 😊", urgent: true });
    const accepted = await eventually(async () => {
      const row = await messageRow(queued.id);
      expect(row!.status).toBe("accepted");
      return row!;
    });
    expect(graph.sent).toEqual([{ phoneNumberId: phone, body: expect.objectContaining({ to: "5491100000001", type: "text", text: expect.objectContaining({ body: "¡Hola! Sí, tengo lugar 😊" }) }) }]);

    const status = async (value: string) => {
      const body = JSON.stringify({
        object: "whatsapp_business_account",
        entry: [{ id: "1", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { phone_number_id: phone }, statuses: [{ id: accepted.provider_message_id, status: value, timestamp: "1795352400", recipient_id: "5491100000001" }] } }] }],
      });
      const response = await postSignedWhatsApp(body);
      expect(response.status).toBe(200);
    };
    await status("sent");
    await status("read");
    await status("delivered");
    expect((await messageRow(queued.id))!.status).toBe("read");
  });

  it("sends once when the queue delivers the same message twice", async () => {
    const { tenant, conversationId } = await thread();
    const row = await unqueued(tenant.tenantId, conversationId, "Te confirmo");
    await Promise.all([drive("posada-outbound", tenant.tenantId, row.id), drive("posada-outbound", tenant.tenantId, row.id)]);
    expect(graph.sent).toHaveLength(1);
    expect((await messageRow(row.id))!.status).toBe("accepted");
  });

  it("holds non-urgent messages during quiet hours until 08:00 local", async () => {
    const { tenant, conversationId } = await thread();
    const night = Date.parse("2026-11-23T02:30:00Z"); // 23:30 in Buenos Aires
    const calm = await db()
      .insert(messages)
      .values({ id: `msg_q_${crypto.randomUUID().slice(0, 20)}`, tenantId: tenant.tenantId, conversationId, direction: "out", author: "assistant", text: "¿Te ayudo con algo más?", status: "queued" })
      .returning()
      .get();
    expect(await deliverOutbound(db(), env, config(), calm.id, night)).toBe("deferred");
    expect(await messageRow(calm.id)).toMatchObject({ status: "deferred", deferred_until: Date.parse("2026-11-23T11:00:00Z") });
    expect(graph.sent).toEqual([]);
    expect(await deliverOutbound(db(), env, config(), calm.id, Date.parse("2026-11-23T11:00:05Z"))).toBe("accepted");
    expect(graph.sent).toHaveLength(1);
  });

  it("outside the 24-hour window sends only an approved template, and parks free text", async () => {
    const { tenant, conversationId } = await thread(25);
    const free = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId, author: "staff", text: "¿Seguís interesada?", urgent: true });
    await eventually(async () => expect((await messageRow(free.id))!.status).toBe("needs_template"));
    expect(graph.sent).toEqual([]);

    const templated = await queueOutbound(db(), env, {
      tenantId: tenant.tenantId,
      conversationId,
      author: "assistant",
      text: "Tu reserva RES261123001 está confirmada",
      urgent: true,
      template: { name: "reserva_confirmada", language: "es_AR", parameters: ["RES261123001"] },
    });
    await eventually(async () => expect((await messageRow(templated.id))!.status).toBe("accepted"));
    expect(graph.sent[0]!.body).toMatchObject({ type: "template", template: { name: "reserva_confirmada", language: { code: "es_AR" }, components: [{ type: "body", parameters: [{ type: "text", text: "RES261123001" }] }] } });
  });

  it("retries when WhatsApp fails, gives up on a refusal, and alerts staff about undelivered messages", async () => {
    const { tenant, conversationId } = await thread();
    const flaky = await unqueued(tenant.tenantId, conversationId, "uno");
    graph.failures.push(503);
    const first = await drive("posada-outbound", tenant.tenantId, flaky.id);
    expect(first.retryMessages).toHaveLength(1);
    expect((await messageRow(flaky.id))!).toMatchObject({ status: "queued", error: expect.stringContaining("503") });
    expect((await drive("posada-outbound", tenant.tenantId, flaky.id)).explicitAcks).toHaveLength(1);
    expect((await messageRow(flaky.id))!.status).toBe("accepted");

    const refused = await unqueued(tenant.tenantId, conversationId, "dos");
    graph.failures.push(400);
    expect((await drive("posada-outbound", tenant.tenantId, refused.id)).explicitAcks).toHaveLength(1);
    expect((await messageRow(refused.id))!.status).toBe("failed");

    const dead = await unqueued(tenant.tenantId, conversationId, "tres");
    await drive("posada-outbound-dlq", tenant.tenantId, dead.id);
    expect((await messageRow(dead.id))!.status).toBe("failed");
    const kinds = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data.map((a: { kind: string }) => a.kind);
    expect(kinds.filter((k: string) => k === "message_undelivered")).toHaveLength(2);
  });
});
