import { eq } from "drizzle-orm";
import { parseMessage } from "../../../shared/nlu";
import type { Database } from "../../platform/db/client";
import { messages, tenants, type conversations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { announceMessage } from "../announce-message";

/**
 * Reads a newly filed guest message and hands it to the thread's conversation object, which
 * decides and queues the answer (or stays silent while staff own the thread). The message is
 * marked answered only after its turn ran, so a crash re-answers rather than drops it.
 * Every channel (WhatsApp, web chat) goes through here.
 */
export async function answerGuest(db: Database, env: Env, conversation: typeof conversations.$inferSelect, message: typeof messages.$inferSelect) {
  await announceMessage(env, message, conversation.channel);
  const tenant = await db.select({ timezone: tenants.timezone }).from(tenants).where(eq(tenants.id, conversation.tenantId)).get();
  const now = message.createdAt;
  const understanding = parseMessage(message.text, { now: new Date(now), timeZone: tenant?.timezone ?? "America/Argentina/Buenos_Aires" });
  const agent = env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(conversation.id));
  await agent.handleGuestMessage({ tenantId: conversation.tenantId, conversationId: conversation.id, messageId: message.id, text: message.text, understanding, now: Date.now() });
  await db.update(messages).set({ status: "answered", updatedAt: Date.now() }).where(eq(messages.id, message.id));
  return understanding;
}
