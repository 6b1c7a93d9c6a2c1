import { and, eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { deliveryQueue } from "./delivery-queue";

/**
 * Sends a failed message to a guest again (a dead letter after an outage, once the provider is
 * back): it is queued as new, with a fresh rescue budget, and goes through the usual claim, quiet
 * hours and 24-hour rule. Only a failed outbound message may be replayed, so a message already sent
 * is never sent twice; the status change is conditional, so two replays at once queue it once.
 */
export async function replayFailedMessage(db: Database, env: Env, tenantId: string, messageId: string, now = Date.now()) {
  const message = await db.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId), eq(messages.direction, "out"))).get();
  if (!message) throw notFound("Message");
  const requeued = await db
    .update(messages)
    .set({ status: "queued", error: null, sweepRequeues: 0, updatedAt: now })
    .where(and(eq(messages.id, messageId), eq(messages.status, "failed")))
    .returning()
    .get();
  if (!requeued) throw new AppError(409, "not_failed", `Only a failed message can be sent again; this one is ${message.status}`);
  const conversation = await db.select({ channel: conversations.channel }).from(conversations).where(eq(conversations.id, message.conversationId)).get();
  await deliveryQueue(env, conversation?.channel).send({ kind: "outbound", tenantId, messageId });
  return requeued;
}
