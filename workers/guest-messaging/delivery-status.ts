import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { messages } from "../platform/db/schema";
import { publishLive, type LiveEnv } from "../../durable-objects/live/publish";

/** Later states only: "read" can arrive before "delivered", and a late "sent" must not undo it. */
const LATER_THAN: Record<string, Array<typeof messages.$inferSelect.status>> = {
  sent: ["sending", "accepted"],
  delivered: ["sending", "accepted", "sent"],
  read: ["sending", "accepted", "sent", "delivered"],
  failed: ["sending", "accepted", "sent", "delivered"],
};

/**
 * Records a WhatsApp status webhook against our outbound message; unknown ids change nothing.
 * Open consoles hear of it, so a thread shows "read" without a reload.
 */
export async function recordDeliveryStatus(db: Database, env: LiveEnv, tenantId: string, providerMessageId: string, status: string, error: string | null) {
  const from = LATER_THAN[status];
  if (!from) return false;
  const updated = await db
    .update(messages)
    .set({ status: status as "sent" | "delivered" | "read" | "failed", ...(error ? { error: error.slice(0, 500) } : {}), updatedAt: Date.now() })
    .where(and(eq(messages.tenantId, tenantId), eq(messages.providerMessageId, providerMessageId), inArray(messages.status, from)))
    .returning({ conversationId: messages.conversationId })
    .all();
  const changed = updated[0];
  if (changed) await publishLive(env, tenantId, { type: "conversation.changed", conversationId: changed.conversationId, reason: "message" });
  return changed !== undefined;
}
