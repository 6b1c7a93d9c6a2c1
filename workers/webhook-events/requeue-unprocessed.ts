import { and, gt, inArray, isNull, lt } from "drizzle-orm";
import { database } from "../platform/db/client";
import { webhookEvents } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { log } from "../../shared/log";

const SWEEP_AFTER_MS = 2 * 60_000;
const GIVE_UP_AFTER_MS = 3 * 24 * 3_600_000;
const SWEEP_LIMIT = 100;

/**
 * Re-queues stored events that never finished: the enqueue after storing failed, or the
 * message ran out of retries. Processing is idempotent, so a second message is harmless.
 */
export async function requeueUnprocessedEvents(env: Env, now = Date.now()): Promise<number> {
  const db = database(env.DB);
  const stuck = await db
    .select({ id: webhookEvents.id, tenantId: webhookEvents.tenantId })
    .from(webhookEvents)
    .where(and(inArray(webhookEvents.provider, ["stripe", "mercadopago", "whatsapp"]), isNull(webhookEvents.processedAt), isNull(webhookEvents.outcome), lt(webhookEvents.receivedAt, now - SWEEP_AFTER_MS), gt(webhookEvents.receivedAt, now - GIVE_UP_AFTER_MS)))
    .limit(SWEEP_LIMIT)
    .all();
  if (stuck.length > 0) {
    await env.WEBHOOK_QUEUE.sendBatch(stuck.map((e) => ({ body: { kind: "webhook_event" as const, tenantId: e.tenantId, eventId: e.id } })));
    log("info", "webhook_events_requeued", { count: stuck.length });
  }
  return stuck.length;
}
