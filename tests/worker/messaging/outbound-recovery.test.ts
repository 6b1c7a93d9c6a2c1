import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { messages } from "../../../workers/platform/db/schema";
import worker from "../../../workers/index";
import { ensureConversation, queueOutbound } from "../../../workers/guest-messaging/outbound";
import { requeueStuckOutbound } from "../../../workers/guest-messaging/outbound-sweep";
import type { OutboundMessage, QueueMessage } from "../../../workers/platform/queue-messages";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { FakeWhatsApp } from "../support/fake-whatsapp";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  graph = new FakeWhatsApp().install();
});
afterEach(() => {
  graph.uninstall();
  vi.restoreAllMocks();
});

const MINUTE = 60_000;
const db = () => database(env.DB);
const statusOf = async (id: string) => (await env.DB.prepare("SELECT status FROM messages WHERE id = ?").bind(id).first<{ status: string }>())!.status;

async function thread(): Promise<{ tenant: TestTenant; conversationId: string }> {
  const tenant = await createTenant();
  await connectWhatsApp(tenant);
  const conversation = await ensureConversation(db(), tenant.tenantId, "whatsapp", "5491100000002", "Guest Dos");
  await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now() - 3_600_000, conversation.id).run();
  return { tenant, conversationId: conversation.id };
}

/** An urgent message row (quiet hours never apply) written without a queue message. */
const unqueued = (tenantId: string, conversationId: string, text: string, fields: Partial<typeof messages.$inferInsert> = {}) =>
  db()
    .insert(messages)
    .values({ id: `msg_r_${crypto.randomUUID().slice(0, 20)}`, tenantId, conversationId, direction: "out", author: "staff", text, urgent: true, status: "queued", ...fields })
    .returning()
    .get();

async function drive(body: OutboundMessage, queue = "posada-outbound") {
  const batch = createMessageBatch<QueueMessage>(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body }]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

/** The staff-visible alerts of that kind for the message's conversation. */
const undeliveredAlerts = async (tenant: TestTenant, conversationId: string) => {
  const alerts: Array<{ kind: string; subjectId: string }> = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
  return alerts.filter((a) => a.kind === "message_undelivered" && a.subjectId === conversationId);
};

describe("outbound messages are never lost", () => {
  it("a retry that finds a dying worker's claim comes back after the claim ends, and sends once", async () => {
    const { tenant, conversationId } = await thread();
    const row = await unqueued(tenant.tenantId, conversationId, "Te espero a las 14");
    // The worker that claimed it died before sending: the row says `sending`, nobody is.
    const claimedAt = Date.now();
    await env.DB.prepare("UPDATE messages SET status = 'sending', updated_at = ? WHERE id = ?").bind(claimedAt, row.id).run();
    const requeued = vi.spyOn(env.OUTBOUND_QUEUE, "send").mockResolvedValue(undefined as never);

    const retry = await drive({ kind: "outbound", tenantId: tenant.tenantId, messageId: row.id });
    expect(retry.explicitAcks).toHaveLength(1);
    expect(graph.sent).toEqual([]);
    expect(requeued).toHaveBeenCalledTimes(1);
    const [body, options] = requeued.mock.calls[0]!;
    expect(body).toEqual({ kind: "outbound", tenantId: tenant.tenantId, messageId: row.id });
    expect(options!.delaySeconds! * 1000).toBeGreaterThan(2 * MINUTE - (Date.now() - claimedAt));

    // The delay passes: the claim has expired by the time the re-queued message arrives.
    await env.DB.prepare("UPDATE messages SET updated_at = ? WHERE id = ?").bind(claimedAt - options!.delaySeconds! * 1000, row.id).run();
    await drive(body as OutboundMessage);
    await drive(body as OutboundMessage);
    expect(graph.sent).toHaveLength(1);
    expect(await statusOf(row.id)).toBe("accepted");
  });

  it("a message whose queue send failed is swept and sent once", async () => {
    const { tenant, conversationId } = await thread();
    vi.spyOn(env.OUTBOUND_QUEUE, "send").mockRejectedValueOnce(new Error("queue unavailable"));
    // The row is the truth: the caller (a staff reply, an assistant turn) is not failed for a lost nudge.
    const text = `Llegá cuando quieras ${crypto.randomUUID().slice(0, 8)}`;
    const row = await queueOutbound(db(), env, { tenantId: tenant.tenantId, conversationId, author: "staff", text, urgent: true });
    // The sweep is the deployment's: it also sends what other files' tenants left queued in this shared runtime.
    const sentHere = () => graph.sent.filter((sent) => sent.body?.text?.body === text);
    expect(await statusOf(row.id)).toBe("queued");
    expect(sentHere()).toEqual([]);

    expect(await requeueStuckOutbound(env, Date.now() + 1 * MINUTE)).not.toContain(row.id);
    expect(await requeueStuckOutbound(env, Date.now() + 6 * MINUTE)).toContain(row.id);
    await eventually(async () => expect(await statusOf(row.id)).toBe("accepted"));
    expect(await requeueStuckOutbound(env, Date.now() + 12 * MINUTE)).not.toContain(row.id);
    expect(sentHere()).toHaveLength(1);
  });

  it("re-queues an expired claim once even when two sweeps run at the same time", async () => {
    const { tenant, conversationId } = await thread();
    const row = await unqueued(tenant.tenantId, conversationId, "uno", { status: "sending", updatedAt: Date.now() - 10 * MINUTE });
    const requeued = vi.spyOn(env.OUTBOUND_QUEUE, "sendBatch").mockResolvedValue(undefined as never);
    const runs = await Promise.all([requeueStuckOutbound(env), requeueStuckOutbound(env)]);
    expect(runs.flat().filter((id) => id === row.id)).toHaveLength(1);
    expect(requeued.mock.calls.flatMap(([batch]) => [...batch]).filter((m) => m.body.messageId === row.id)).toHaveLength(1);
    expect(await statusOf(row.id)).toBe("queued");
  });

  it("leaves sent, failed, freshly claimed and parked messages alone until they are due", async () => {
    const { tenant, conversationId } = await thread();
    const now = Date.now();
    const old = now - 60 * MINUTE;
    const untouched = await Promise.all(
      (["accepted", "sent", "delivered", "read", "failed", "needs_template"] as const).map((status) => unqueued(tenant.tenantId, conversationId, status, { status, updatedAt: old })),
    );
    const liveClaim = await unqueued(tenant.tenantId, conversationId, "claimed", { status: "sending", updatedAt: now - 30_000 });
    const waitingForMorning = await unqueued(tenant.tenantId, conversationId, "mañana", { status: "deferred", urgent: false, updatedAt: old, deferredUntil: now + 60 * MINUTE });
    const overdue = await unqueued(tenant.tenantId, conversationId, "vencido", { status: "deferred", urgent: false, updatedAt: old, deferredUntil: now - 10 * MINUTE });
    vi.spyOn(env.OUTBOUND_QUEUE, "sendBatch").mockResolvedValue(undefined as never);

    const swept = await requeueStuckOutbound(env, now);
    expect(swept).toContain(overdue.id);
    for (const row of [...untouched, liveClaim, waitingForMorning]) expect(swept).not.toContain(row.id);
    expect(await Promise.all(untouched.map((row) => statusOf(row.id)))).toEqual(["accepted", "sent", "delivered", "read", "failed", "needs_template"]);
    expect(await statusOf(liveClaim.id)).toBe("sending");
  });

  it("sweeps a bounded number per run, oldest first", async () => {
    const { tenant, conversationId } = await thread();
    const now = Date.now();
    const [oldest, middle, newest] = await Promise.all(
      [30, 20, 10].map((minutesAgo) => unqueued(tenant.tenantId, conversationId, `${minutesAgo}`, { createdAt: now - minutesAgo * MINUTE - 600 * MINUTE })),
    );
    vi.spyOn(env.OUTBOUND_QUEUE, "sendBatch").mockResolvedValue(undefined as never);
    const first = await requeueStuckOutbound(env, now, { limit: 2 });
    expect(first).toEqual([oldest!.id, middle!.id]);
    expect(await requeueStuckOutbound(env, now + 1 * MINUTE, { limit: 2 })).toEqual([newest!.id]);
  });

  it("gives up on a message re-queued over and over: failed, and staff told once", async () => {
    const { tenant, conversationId } = await thread();
    const row = await unqueued(tenant.tenantId, conversationId, "nunca llega");
    // Every re-queue is lost on the way, as if the queue kept dropping it.
    vi.spyOn(env.OUTBOUND_QUEUE, "sendBatch").mockResolvedValue(undefined as never);
    let now = Date.now();
    for (let sweep = 1; sweep <= 5; sweep++) {
      now += 15 * MINUTE;
      expect(await requeueStuckOutbound(env, now)).toContain(row.id);
    }
    expect(await statusOf(row.id)).toBe("queued");
    now += 15 * MINUTE;
    expect(await requeueStuckOutbound(env, now)).not.toContain(row.id);
    expect(await statusOf(row.id)).toBe("failed");
    expect(await requeueStuckOutbound(env, now + 15 * MINUTE)).not.toContain(row.id);
    expect(await undeliveredAlerts(tenant, conversationId)).toHaveLength(1);
    expect(graph.sent).toEqual([]);
  });

  it("a dead letter for a message another queue message already sent changes nothing", async () => {
    const { tenant, conversationId } = await thread();
    const row = await unqueued(tenant.tenantId, conversationId, "ya enviado", { status: "accepted", providerMessageId: "wamid.ALREADY_SENT" });
    await drive({ kind: "outbound", tenantId: tenant.tenantId, messageId: row.id }, "posada-outbound-dlq");
    expect(await statusOf(row.id)).toBe("accepted");
    expect(await undeliveredAlerts(tenant, conversationId)).toEqual([]);
  });
});
