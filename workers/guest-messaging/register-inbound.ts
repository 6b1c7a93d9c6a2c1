import { and, eq } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { notFound } from "../platform/errors";
import { announceMessage } from "./announce-message";
import { ensureConversation } from "./outbound";

export interface RegisteredInbound {
  channel: "whatsapp" | "email";
  /** The guest's number (digits) or email address. */
  sender: string;
  body: string;
  /** One of our messages the guest answered: the reply is filed in that thread. */
  inReplyTo?: string;
}

/**
 * A guest's reply that reached staff some other way (their own phone, a personal inbox), written
 * into the thread so it counts: the response clock starts at it. It is not answered by the
 * assistant (staff, who saw it, answer), and it does not open WhatsApp's 24-hour window, since the
 * guest did not write to the business number.
 */
export async function registerInboundMessage(db: Database, env: Env, tenantId: string, input: RegisteredInbound) {
  let conversation: typeof conversations.$inferSelect;
  if (input.inReplyTo) {
    const answered = await db.select({ conversationId: messages.conversationId }).from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.id, input.inReplyTo))).get();
    if (!answered) throw notFound("Message");
    conversation = (await db.select().from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, answered.conversationId))).get())!;
  } else {
    conversation = await ensureConversation(db, tenantId, input.channel, input.sender, null);
  }
  const now = Date.now();
  const message = await db
    .insert(messages)
    .values({ id: newId("msg"), tenantId, conversationId: conversation.id, direction: "in", author: "guest", text: input.body, status: "received", createdAt: now })
    .returning()
    .get();
  await db.update(conversations).set({ lastMessageAt: now }).where(eq(conversations.id, conversation.id));
  await announceMessage(env, message, conversation.channel);
  return { message, conversation };
}
