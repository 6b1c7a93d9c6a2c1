import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { conversations, messages } from "../../platform/db/schema";
import type { Config, Env } from "../../platform/env";
import { raiseAlert } from "../../alerts/alerts";
import { alertUndelivered } from "../undelivered-alert";
import { cloudflareSender } from "./cloudflare-binding";
import { outboxSender } from "./outbox";
import { emailBodies } from "./render";
import { resendSender } from "./resend";
import type { EmailSender } from "./sender";
import { emailIdentity, type EmailIdentity } from "./settings";
import { isSuppressed } from "./suppressions";
import { newReplyToken, replyAddress } from "./reply-address";

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;

const SUBJECT: Record<ConversationRow["lang"], (lodging: string) => string> = {
  es: (lodging) => `Tu consulta en ${lodging}`,
  pt: (lodging) => `Sua consulta em ${lodging}`,
  en: (lodging) => `Your enquiry at ${lodging}`,
};

/** A reply keeps the guest's subject, so their mail client files it with the rest of the thread. */
export const replySubject = (subject: string) => (/^(re|aw|rv|res)\s*:/i.test(subject.trim()) ? subject.trim() : `Re: ${subject.trim()}`);

/**
 * Sends one claimed email message: the tenant's provider in production, the local outbox in
 * development and tests. A suppressed address (it bounced or complained) is never written to again.
 * A failed send is handed back to the queue (`queued`) and thrown, so it is retried with backoff.
 */
export async function deliverEmail(db: Database, env: Env, config: Config, message: MessageRow, conversation: ConversationRow): Promise<"accepted" | "not_configured" | "suppressed"> {
  const identity = await emailIdentity(db, config.secretsKey, message.tenantId, { allowLocal: config.emailDelivery === "outbox" });
  const sender = identity && senderFor(db, env, config, identity, message);
  if (!identity || !sender) {
    await fail(db, message.id, "Email is not connected");
    await raiseAlert(db, env, message.tenantId, {
      kind: "email_not_connected",
      severity: "warning",
      subjectType: "conversation",
      subjectId: conversation.id,
      message: "A message to a guest could not be sent because email is not connected (Settings → Email).",
      params: { guest: conversation.guestName ?? conversation.guestAddress },
      dedupeKey: `email_not_connected:${conversation.id}`,
    });
    return "not_configured";
  }
  if (await isSuppressed(db, message.tenantId, conversation.guestAddress)) {
    const failed = await fail(db, message.id, "The guest's address bounced or complained before; email to it is suppressed");
    if (failed) await alertUndelivered(db, env, failed);
    return "suppressed";
  }

  const token = conversation.replyToken ?? (await ensureReplyToken(db, conversation.id));
  const messageId = message.internetMessageId ?? `<${message.id}@${identity.inboundDomain}>`;
  const inReplyTo = await latestGuestMessageId(db, conversation.id);
  const { text, html } = emailBodies(message.text, identity.tenantName);
  try {
    const sent = await sender.send({
      from: { address: identity.fromAddress, name: identity.fromName },
      to: conversation.guestAddress,
      subject: conversation.emailSubject ? replySubject(conversation.emailSubject) : SUBJECT[conversation.lang](identity.tenantName),
      text,
      html,
      replyTo: replyAddress(token, identity.inboundDomain),
      messageId,
      inReplyTo,
      idempotencyKey: message.id,
    });
    await db.update(messages).set({ status: "accepted", providerMessageId: sent.providerMessageId, internetMessageId: messageId, error: null, updatedAt: Date.now() }).where(eq(messages.id, message.id));
    return "accepted";
  } catch (error) {
    // Hand the message back so the retry can claim it again.
    await db.update(messages).set({ status: "queued", error: String((error as Error).message).slice(0, 500), updatedAt: Date.now() }).where(eq(messages.id, message.id));
    throw error;
  }
}

function senderFor(db: Database, env: Env, config: Config, identity: EmailIdentity, message: MessageRow): EmailSender | null {
  if (config.emailDelivery === "outbox") return outboxSender(db, message.tenantId, message.id);
  if (identity.provider === "resend") return identity.resendApiKey ? resendSender(config.apiBases.resend, identity.resendApiKey) : null;
  if (identity.provider === "cloudflare") return env.SEND_EMAIL ? cloudflareSender(env.SEND_EMAIL) : null;
  return null;
}

const fail = (db: Database, messageId: string, error: string) =>
  db.update(messages).set({ status: "failed", error, updatedAt: Date.now() }).where(eq(messages.id, messageId)).returning().get();

/** The thread's reply token, made on its first email; two sends racing agree on the first one written. */
async function ensureReplyToken(db: Database, conversationId: string): Promise<string> {
  await db.update(conversations).set({ replyToken: newReplyToken() }).where(and(eq(conversations.id, conversationId), isNull(conversations.replyToken)));
  const row = await db.select({ replyToken: conversations.replyToken }).from(conversations).where(eq(conversations.id, conversationId)).get();
  return row!.replyToken!;
}

/** The Message-ID of the guest's newest email in the thread: our answer is "In-Reply-To" it. */
async function latestGuestMessageId(db: Database, conversationId: string): Promise<string | null> {
  const row = await db
    .select({ id: messages.internetMessageId })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "in"), isNotNull(messages.internetMessageId)))
    .orderBy(desc(messages.createdAt))
    .limit(1)
    .get();
  return row?.id ?? null;
}
