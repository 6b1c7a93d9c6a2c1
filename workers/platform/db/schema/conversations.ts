import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenancy";

/** One guest thread on one channel; its live state (slots, session) belongs to its Durable Object. */
export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    channel: text("channel", { enum: ["whatsapp", "webchat", "email"] }).notNull(),
    /** The guest's address on the channel: a WhatsApp wa_id, a web chat session id, or an email address (lower case). */
    guestAddress: text("guest_address").notNull(),
    guestName: text("guest_name"),
    lang: text("lang", { enum: ["es", "pt", "en"] }).notNull().default("es"),
    handledBy: text("handled_by", { enum: ["assistant", "human"] }).notNull().default("assistant"),
    escalated: integer("escalated", { mode: "boolean" }).notNull().default(false),
    /** WhatsApp's 24-hour customer-service window opens with each guest message. */
    lastInboundAt: integer("last_inbound_at"),
    lastMessageAt: integer("last_message_at"),
    /** Email threads only: the secret part of the Reply-To address (`reply+<token>@<inbound domain>`) that files a reply here. */
    replyToken: text("reply_token"),
    /** Email threads only: the subject replies carry ("Re: …" of the guest's first email). */
    emailSubject: text("email_subject"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex("conversations_reply_token_unique").on(t.replyToken), uniqueIndex("conversations_guest_unique").on(t.tenantId, t.channel, t.guestAddress), index("conversations_recent_idx").on(t.tenantId, t.lastMessageAt)],
);

/** Every message in a thread, both ways; outbound ones carry their delivery state. */
export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull().references(() => tenants.id),
    conversationId: text("conversation_id").notNull().references(() => conversations.id),
    direction: text("direction", { enum: ["in", "out"] }).notNull(),
    author: text("author", { enum: ["guest", "assistant", "staff"] }).notNull(),
    text: text("text").notNull(),
    /** An approved template to send instead of free text when the 24-hour window is closed. */
    template: text("template", { mode: "json" }).$type<{ name: string; language: string; parameters: string[] } | null>(),
    /** Urgent messages (a payment confirmation) ignore quiet hours. */
    urgent: integer("urgent", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: ["received", "answered", "queued", "deferred", "sending", "accepted", "sent", "delivered", "read", "failed", "needs_template"] }).notNull(),
    providerMessageId: text("provider_message_id"),
    error: text("error"),
    deferredUntil: integer("deferred_until"),
    /** A voice note: the WhatsApp media id (the audio is fetched on demand, never stored here). */
    mediaId: text("media_id"),
    mediaType: text("media_type"),
    /** Whisper's confidence in `text` as a transcript of the voice note, 0..1; null when not transcribed. */
    transcriptConfidence: real("transcript_confidence"),
    /** Set on messages that must go out once whatever retries happen (a stay's confirmation). */
    dedupeKey: text("dedupe_key"),
    /** How often the stuck-message sweep re-queued it; past a few times it is failed instead of retried forever. */
    sweepRequeues: integer("sweep_requeues").notNull().default(0),
    /** Email only: the RFC 5322 Message-ID (ours when sent, the guest's when received), so In-Reply-To finds the thread. */
    internetMessageId: text("internet_message_id"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at"),
  },
  (t) => [
    index("messages_conversation_idx").on(t.conversationId, t.createdAt),
    uniqueIndex("messages_provider_unique").on(t.tenantId, t.providerMessageId),
    uniqueIndex("messages_dedupe_unique").on(t.tenantId, t.dedupeKey),
    // The outbound sweep looks for rows in a pending status, oldest first, across tenants.
    index("messages_status_idx").on(t.status, t.createdAt),
    index("messages_internet_id_idx").on(t.tenantId, t.internetMessageId),
  ],
);
