import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { notFound } from "../platform/errors";
import { publishLive } from "../../durable-objects/live/publish";
import { queueOutbound } from "./outbound";
import { raiseAlert } from "../alerts/alerts";
import { publishEvent } from "../integrations/webhooks/publish-event";

export type ConversationFilter = "assistant" | "human" | "escalated";

const PREVIEW_CHARS = 140;

export async function listConversations(db: Database, tenantId: string, filter?: ConversationFilter) {
  const conditions: SQL[] = [eq(conversations.tenantId, tenantId)];
  if (filter === "escalated") conditions.push(eq(conversations.escalated, true));
  else if (filter) conditions.push(eq(conversations.handledBy, filter));
  // The newest message's opening words, so a list can show what each guest said without opening the thread.
  // Written out with aliases: drizzle leaves columns unqualified inside sql``, which a correlated subquery cannot afford.
  const lastMessage = sql<string | null>`(SELECT substr(m.text, 1, ${PREVIEW_CHARS}) FROM messages m WHERE m.conversation_id = "conversations"."id" ORDER BY m.created_at DESC LIMIT 1)`;
  // A web chat visitor rarely gives a name when the chat opens, but does when booking in it: the
  // newest reservation made in the thread names the guest and gives a phone number.
  const bookedAs = (column: "guest_name" | "guest_phone") =>
    sql<string | null>`(SELECT r.${sql.raw(column)} FROM reservations r WHERE r.conversation_id = "conversations"."id" AND r.tenant_id = "conversations"."tenant_id" ORDER BY r.created_at DESC LIMIT 1)`;
  const rows = await db
    .select({ conversation: conversations, lastMessage, bookedName: bookedAs("guest_name"), bookedPhone: bookedAs("guest_phone") })
    .from(conversations)
    .where(and(...conditions))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(200)
    .all();
  return rows.map((row) => ({ ...row.conversation, lastMessagePreview: row.lastMessage, booked: { name: row.bookedName, phone: row.bookedPhone } }));
}

export async function getConversation(db: Database, tenantId: string, id: string) {
  const row = await db.select().from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, id))).get();
  if (!row) throw notFound("Conversation");
  return row;
}

export async function threadOf(db: Database, tenantId: string, conversationId: string) {
  await getConversation(db, tenantId, conversationId);
  return db.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversationId))).orderBy(asc(messages.createdAt)).limit(500).all();
}

/**
 * A staff reply takes the thread over: the assistant stays quiet until staff hand it back.
 * It also answers a hand-over, so the thread is no longer waiting for a person (Today stops
 * listing it until the guest writes again). A person chose to write now, so the reply ignores
 * quiet hours.
 */
export async function replyAsStaff(db: Database, env: Env, tenantId: string, conversationId: string, text: string) {
  await getConversation(db, tenantId, conversationId);
  await db.update(conversations).set({ handledBy: "human", escalated: false }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  return queueOutbound(db, env, { tenantId, conversationId, author: "staff", text, urgent: true });
}

/** Why a thread goes to a person: `code` for consoles to translate, `text` in English for logs and API clients. */
export interface EscalationReason {
  code: string;
  text: string;
  params?: Record<string, string | number>;
}

export async function escalate(db: Database, env: Env, tenantId: string, conversationId: string, reason: EscalationReason) {
  const row = await getConversation(db, tenantId, conversationId);
  await db.update(conversations).set({ handledBy: "human", escalated: true }).where(eq(conversations.id, row.id));
  await raiseAlert(db, env, tenantId, {
    kind: "conversation_escalated",
    severity: "warning",
    subjectType: "conversation",
    subjectId: row.id,
    message: `${row.guestName ?? row.guestAddress} needs a person: ${reason.text}`,
    params: { guest: row.guestName ?? (row.channel === "whatsapp" ? `+${row.guestAddress}` : ""), channel: row.channel, reason: reason.code, ...reason.params },
    dedupeKey: `conversation_escalated:${row.id}:${row.lastInboundAt ?? 0}`,
  });
  await publishLive(env, tenantId, { type: "conversation.changed", conversationId, reason: "state" });
  await publishEvent(db, env, tenantId, "conversation.handed_over", { id: row.id, channel: row.channel, reason: reason.code, url: `/v1/conversations/${row.id}/messages` }, { key: `conversation:${row.id}:handed_over:${row.lastInboundAt ?? 0}` });
  return getConversation(db, tenantId, conversationId);
}

export async function release(db: Database, env: Env, tenantId: string, conversationId: string) {
  await getConversation(db, tenantId, conversationId);
  await db.update(conversations).set({ handledBy: "assistant", escalated: false }).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
  await publishLive(env, tenantId, { type: "conversation.changed", conversationId, reason: "state" });
  return getConversation(db, tenantId, conversationId);
}
