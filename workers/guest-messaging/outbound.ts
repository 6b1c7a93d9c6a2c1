import { and, eq, sql } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { log } from "../../shared/log";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { announceMessage } from "./announce-message";
import { linkConversationGuest } from "../guests/link-subjects";
import { deliveryQueue } from "./delivery-queue";
import type { TemplateMessage } from "./whatsapp/api";

export type ConversationRow = typeof conversations.$inferSelect;

/** The thread of one guest on one channel, created on first contact. */
export async function ensureConversation(db: Database, tenantId: string, channel: ConversationRow["channel"], guestAddress: string, guestName: string | null): Promise<ConversationRow> {
  const conversation = await db
    .insert(conversations)
    .values({ id: newId("conv"), tenantId, channel, guestAddress, guestName })
    .onConflictDoUpdate({
      target: [conversations.tenantId, conversations.channel, conversations.guestAddress],
      set: { guestName: sql`coalesce(excluded.guest_name, ${conversations.guestName})` },
    })
    .returning()
    .get();
  // A WhatsApp number or an email address names the guest from the first message; a web chat
  // visitor is linked once they give a contact or book.
  if (channel !== "webchat") {
    const contact = channel === "whatsapp" ? { phone: `+${guestAddress.replace(/^\+/, "")}` } : { email: guestAddress };
    await linkConversationGuest(db, tenantId, conversation.id, { ...contact, name: guestName, lang: conversation.lang });
  }
  return conversation;
}

export interface OutboundInput {
  tenantId: string;
  conversationId: string;
  author: "assistant" | "staff";
  text: string;
  /** Goes out even in quiet hours (a payment confirmation the guest is waiting for). */
  urgent?: boolean;
  /** Sent instead of `text` when the 24-hour window has closed. */
  template?: TemplateMessage;
  /** A message that must go out once, whatever retries happen: a second call with the key sends nothing. */
  dedupeKey?: string;
}

/**
 * Records the message, then queues its delivery; the row is the truth, the queue message only a
 * nudge. Web chat messages need no carrier: the visitor reads them from the thread.
 */
export async function queueOutbound(db: Database, env: Env, input: OutboundInput) {
  const conversation = await db.select({ channel: conversations.channel }).from(conversations).where(eq(conversations.id, input.conversationId)).get();
  const webchat = conversation?.channel === "webchat";
  const inserted = await db
    .insert(messages)
    .values({
      id: newId("msg"),
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      direction: "out",
      author: input.author,
      text: input.text,
      template: input.template ?? null,
      urgent: input.urgent ?? false,
      status: webchat ? "sent" : "queued",
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: [messages.tenantId, messages.dedupeKey] })
    .returning()
    .get();
  if (!inserted) {
    // Sent (or being sent) already by an earlier delivery of the same event.
    const earlier = await db.select().from(messages).where(and(eq(messages.tenantId, input.tenantId), eq(messages.dedupeKey, input.dedupeKey ?? ""))).get();
    if (earlier) return earlier;
    throw new Error("message neither inserted nor found");
  }
  const row = inserted;
  await db.update(conversations).set({ lastMessageAt: Date.now() }).where(eq(conversations.id, input.conversationId));
  if (!webchat) await nudgeDelivery(env, row, conversation?.channel);
  await announceMessage(env, row, conversation?.channel);
  return row;
}

/**
 * Queues the delivery of a stored message. A failed send is logged, not thrown: the row is already
 * `queued`, the outbound sweep re-queues it, and failing the caller would only invite a duplicate.
 */
async function nudgeDelivery(env: Env, row: { id: string; tenantId: string }, channel: ConversationRow["channel"] | undefined) {
  try {
    await deliveryQueue(env, channel).send({ kind: "outbound", tenantId: row.tenantId, messageId: row.id });
  } catch (error) {
    log("error", "outbound_enqueue_failed", { tenantId: row.tenantId, messageId: row.id, error: String(error) });
  }
}
