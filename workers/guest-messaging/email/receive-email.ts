import { and, eq, inArray } from "drizzle-orm";
import PostalMime, { type Email } from "postal-mime";
import { whyNotToAnswer } from "../../../shared/email/auto-reply";
import { readEnquiry } from "../../../shared/email/portal-enquiry";
import { newTextOfReply } from "../../../shared/email/quoted-reply";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import { conversations, messages } from "../../platform/db/schema";
import type { Config, Env } from "../../platform/env";
import { answerGuest } from "../assistant/answer-guest";
import type { AssistantDeps } from "../assistant/assistant-deps";
import { recordInboundEmail } from "../inbound";
import { ensureConversation } from "../outbound";
import { replyTokenOf } from "./reply-address";
import { emailIdentity, tenantForRecipient } from "./settings";

/** Larger mail is not a guest writing (attachments are not read); it is dropped with a log. */
export const MAX_INBOUND_EMAIL_BYTES = 2 * 1024 * 1024;

/** What the Email Worker hands over: the envelope and the raw message. */
export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string;
  raw: ReadableStream<Uint8Array> | ArrayBuffer | string;
  rawSize: number;
}

export type ReceiveOutcome =
  | { outcome: "unknown_recipient" | "too_large" | "unreadable" }
  | { outcome: "ignored"; reason: string; tenantId: string }
  | { outcome: "duplicate" | "answered"; tenantId: string; conversationId: string; messageId: string; threadedBy: "reply_token" | "in_reply_to" | "portal" | "sender" };

/**
 * One email reaching a tenant's inbound domain. A reply files into its thread (by the Reply-To
 * token, else by In-Reply-To/References); anything else is a new enquiry, read for the guest a
 * portal or a forward names. Auto-replies, bounces, lists and our own mail are never answered.
 * The guest's words then go through the same turn as every channel, and the answer goes by email.
 */
export async function receiveEmail(db: Database, env: Env, config: Config, deps: AssistantDeps, mail: ReceivedMail): Promise<ReceiveOutcome> {
  const allowLocal = config.environment !== "production";
  const recipient = await tenantForRecipient(db, mail.envelopeTo, { allowLocal });
  if (!recipient) {
    log("warn", "email_unknown_recipient", { to: mail.envelopeTo.slice(0, 200) });
    return { outcome: "unknown_recipient" };
  }
  const { tenantId } = recipient;
  if (mail.rawSize > MAX_INBOUND_EMAIL_BYTES) {
    log("warn", "email_too_large", { tenantId, bytes: mail.rawSize });
    return { outcome: "too_large" };
  }
  let email: Email;
  try {
    email = await PostalMime.parse(mail.raw);
  } catch (error) {
    log("warn", "email_unreadable", { tenantId, error: String(error) });
    return { outcome: "unreadable" };
  }

  const identity = await emailIdentity(db, config.secretsKey, tenantId, { allowLocal });
  const ownDomain = recipient.inboundDomain;
  const fromAddress = (email.from?.address ?? mail.envelopeFrom).toLowerCase();
  const reason = whyNotToAnswer({
    headers: email.headers,
    envelopeFrom: mail.envelopeFrom,
    from: fromAddress,
    ownAddress: (address) => {
      const lower = address.toLowerCase();
      return lower === identity?.fromAddress || lower.endsWith(`@${ownDomain}`);
    },
  });
  if (reason) {
    log("info", "email_not_answered", { tenantId, reason, from: fromAddress.slice(0, 200) });
    return { outcome: "ignored", reason, tenantId };
  }

  const body = (email.text ?? htmlToText(email.html ?? "")).slice(0, 20_000);
  const internetMessageId = email.messageId?.trim() || `<${crypto.randomUUID()}@${ownDomain}>`;
  const thread = await threadOf(db, tenantId, mail.envelopeTo, email);
  let conversationId: string;
  let text: string;
  let threadedBy: "reply_token" | "in_reply_to" | "portal" | "sender";
  if (thread) {
    conversationId = thread.conversationId;
    threadedBy = thread.by;
    text = newTextOfReply(body);
  } else {
    const enquiry = readEnquiry({
      from: { address: fromAddress, name: email.from?.name || null },
      replyTo: email.replyTo?.[0]?.address ? { address: email.replyTo[0].address.toLowerCase(), name: email.replyTo[0].name || null } : null,
      subject: email.subject ?? "",
      text: body,
    });
    const guestAddress = (enquiry.email ?? fromAddress).toLowerCase();
    const conversation = await ensureConversation(db, tenantId, "email", guestAddress, enquiry.name);
    conversationId = conversation.id;
    threadedBy = enquiry.portal ? "portal" : "sender";
    text = enquiry.portal ? enquiry.question : newTextOfReply(enquiry.question);
  }

  const filed = await recordInboundEmail(db, { tenantId, conversationId, text: text || "(sin texto)", internetMessageId, subject: email.subject ?? null });
  if (filed.message.status !== "received") return { outcome: "duplicate", tenantId, conversationId, messageId: filed.message.id, threadedBy };
  await answerGuest(db, env, deps, filed.conversation, filed.message);
  return { outcome: "answered", tenantId, conversationId, messageId: filed.message.id, threadedBy };
}

/** The tenant's email thread a reply belongs to: named by its Reply-To token, else by the messages it answers. */
async function threadOf(db: Database, tenantId: string, envelopeTo: string, email: Email): Promise<{ conversationId: string; by: "reply_token" | "in_reply_to" } | null> {
  const recipients = [envelopeTo, ...(email.to ?? []).map((a) => a.address ?? ""), ...(email.cc ?? []).map((a) => a.address ?? "")];
  for (const address of recipients) {
    const token = replyTokenOf(address);
    if (!token) continue;
    const row = await db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.replyToken, token), eq(conversations.channel, "email"))).get();
    if (row) return { conversationId: row.id, by: "reply_token" };
  }
  const referenced = [email.inReplyTo ?? "", email.references ?? ""].join(" ").match(/<[^<>\s]{1,250}>/g)?.slice(-20) ?? [];
  if (referenced.length === 0) return null;
  const row = await db
    .select({ conversationId: messages.conversationId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.tenantId, tenantId), inArray(messages.internetMessageId, referenced), eq(conversations.channel, "email")))
    .get();
  return row ? { conversationId: row.conversationId, by: "in_reply_to" } : null;
}

/** An HTML-only email as plain lines, for reading its words (never rendered anywhere). */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
