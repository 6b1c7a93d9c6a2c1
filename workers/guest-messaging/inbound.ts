import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { conversations, messages, type webhookEvents } from "../platform/db/schema";
import { notFound } from "../platform/errors";
import type { Env } from "../platform/env";
import { announceMessage } from "./announce-message";
import { ensureConversation } from "./outbound";

const storedMessage = z.object({
  contact: z.object({ profile: z.object({ name: z.string() }).partial().optional() }).passthrough().nullable().optional(),
  message: z
    .object({
      id: z.string(),
      from: z.string(),
      type: z.string(),
      text: z.object({ body: z.string() }).optional(),
      interactive: z.object({ button_reply: z.object({ id: z.string(), title: z.string() }).optional(), list_reply: z.object({ id: z.string(), title: z.string() }).optional() }).passthrough().optional(),
      button: z.object({ text: z.string() }).passthrough().optional(),
      location: z.object({ name: z.string().optional(), address: z.string().optional(), latitude: z.number(), longitude: z.number() }).passthrough().optional(),
      audio: z.object({ id: z.string(), mime_type: z.string() }).passthrough().optional(),
      image: z.object({ id: z.string(), mime_type: z.string(), caption: z.string().optional() }).passthrough().optional(),
      document: z.object({ id: z.string(), mime_type: z.string(), filename: z.string().optional(), caption: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
});

/** What the guest said, as text a person (or the assistant) can read. */
function textOf(message: z.infer<typeof storedMessage>["message"]): string {
  if (message.text) return message.text.body;
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (reply) return reply.title;
  if (message.button) return message.button.text;
  if (message.location) return [message.location.name, message.location.address].filter(Boolean).join(", ") || `${message.location.latitude}, ${message.location.longitude}`;
  if (message.audio) return "🎤";
  if (message.image) return message.image.caption ? `📷 ${message.image.caption}` : "📷";
  if (message.document) return `📄 ${message.document.caption ?? message.document.filename ?? ""}`.trim();
  return `[${message.type}]`;
}

/**
 * Files one stored WhatsApp message into its conversation. The message id is unique, so a
 * redelivered or replayed event records nothing twice; the 24-hour window opens here.
 * Marking the event processed is the caller's, once the guest has been answered.
 */
export async function recordInboundWhatsApp(db: Database, event: typeof webhookEvents.$inferSelect) {
  const parsed = storedMessage.parse(JSON.parse(event.rawBody));
  const conversation = await ensureConversation(db, event.tenantId, "whatsapp", parsed.message.from, parsed.contact?.profile?.name ?? null);
  const inserted = await db
    .insert(messages)
    .values({
      id: newId("msg"),
      tenantId: event.tenantId,
      conversationId: conversation.id,
      direction: "in",
      author: "guest",
      text: textOf(parsed.message),
      status: "received",
      providerMessageId: parsed.message.id,
      // Media keeps its id: a voice note is transcribed next (and staff can play it later), a photo
      // or document may be a transfer receipt.
      mediaId: (parsed.message.audio ?? parsed.message.image ?? parsed.message.document)?.id ?? null,
      mediaType: (parsed.message.audio ?? parsed.message.image ?? parsed.message.document)?.mime_type ?? null,
    })
    .onConflictDoNothing({ target: [messages.tenantId, messages.providerMessageId] })
    .returning()
    .all();
  const now = Date.now();
  if (inserted.length > 0) {
    await db
      .update(conversations)
      .set({ lastInboundAt: sql`max(coalesce(${conversations.lastInboundAt}, 0), ${now})`, lastMessageAt: now })
      .where(eq(conversations.id, conversation.id));
  }
  // On a retry the message is already filed; it is returned so an unanswered one still gets its answer.
  const message = inserted[0] ?? (await db.select().from(messages).where(and(eq(messages.tenantId, event.tenantId), eq(messages.providerMessageId, parsed.message.id))).get())!;
  return { conversation, message };
}

/**
 * Files what a web chat visitor typed into their session's thread and opens the reply window,
 * as a WhatsApp message is filed. The session must be the tenant's web chat thread.
 */
export async function recordInboundWebChat(db: Database, tenantId: string, conversationId: string, text: string) {
  const now = Date.now();
  const conversation = await db
    .update(conversations)
    .set({ lastInboundAt: sql`max(coalesce(${conversations.lastInboundAt}, 0), ${now})`, lastMessageAt: now })
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId), eq(conversations.channel, "webchat")))
    .returning()
    .get();
  if (!conversation) throw notFound("Chat session");
  const message = await db.insert(messages).values({ id: newId("msg"), tenantId, conversationId, direction: "in", author: "guest", text, status: "received" }).returning().get();
  return { conversation, message };
}

/** A guest message whose turn has run: a retry of its event will not answer it again. */
export async function markAnswered(db: Database, messageId: string) {
  await db.update(messages).set({ status: "answered", updatedAt: Date.now() }).where(eq(messages.id, messageId));
}

export interface InboundEmail {
  tenantId: string;
  conversationId: string;
  text: string;
  /** The email's Message-ID: a redelivered email is filed once, and our reply names it in In-Reply-To. */
  internetMessageId: string;
  subject: string | null;
}

/**
 * Files a guest's email into its thread, once per Message-ID, and opens the thread again as a
 * WhatsApp message does. The thread keeps the subject of its first email for the replies.
 */
export async function recordInboundEmail(db: Database, input: InboundEmail) {
  const inserted = await db
    .insert(messages)
    .values({
      id: newId("msg"),
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      direction: "in",
      author: "guest",
      text: input.text,
      status: "received",
      providerMessageId: input.internetMessageId,
      internetMessageId: input.internetMessageId,
    })
    .onConflictDoNothing({ target: [messages.tenantId, messages.providerMessageId] })
    .returning()
    .all();
  const now = Date.now();
  const conversation = await db
    .update(conversations)
    .set({
      ...(inserted.length > 0 ? { lastInboundAt: sql`max(coalesce(${conversations.lastInboundAt}, 0), ${now})`, lastMessageAt: now } : {}),
      emailSubject: sql`coalesce(${conversations.emailSubject}, ${input.subject?.slice(0, 200) ?? null})`,
    })
    .where(and(eq(conversations.tenantId, input.tenantId), eq(conversations.id, input.conversationId)))
    .returning()
    .get();
  if (!conversation) throw notFound("Conversation");
  const message = inserted[0] ?? (await db.select().from(messages).where(and(eq(messages.tenantId, input.tenantId), eq(messages.providerMessageId, input.internetMessageId))).get())!;
  return { conversation, message, firstDelivery: inserted.length > 0 };
}

/**
 * Files what a guest wrote from their stay's portal into the thread they already have with the
 * lodging, as a message from them (the response clock starts at it). It does not open WhatsApp's
 * 24-hour window: the guest did not write to the business number.
 */
export async function recordPortalMessage(db: Database, env: Env, tenantId: string, conversationId: string, text: string) {
  const now = Date.now();
  const conversation = await db
    .update(conversations)
    .set({ lastMessageAt: now })
    .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)))
    .returning()
    .get();
  if (!conversation) throw notFound("Conversation");
  const message = await db.insert(messages).values({ id: newId("msg"), tenantId, conversationId, direction: "in", author: "guest", text, status: "received", createdAt: now }).returning().get();
  await announceMessage(env, message, conversation.channel);
  return { conversation, message };
}
