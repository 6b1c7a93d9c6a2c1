import { and, asc, eq, gte } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { conversations, messages } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import type { AssistantDeps } from "../assistant/assistant-deps";
import { AppError } from "../../platform/errors";
import { findTenantBySlug } from "../../tenancy/tenants";
import { answerGuest } from "../assistant/answer-guest";
import { markAnswered, recordInboundWebChat } from "../inbound";
import { ensureConversation } from "../outbound";
import { chatTokenOpens, issueChatToken, type ChatSession } from "./chat-tokens";
import { alertWebChatFlood } from "./flood-alert";
import { webChatHoldBudget } from "./hold-budget";
import { chatMessageAllowed, sessionOpeningAllowed, tooManyMessages, tooManySessions } from "./visitor-limits";

/** Who is on the other end of a web chat request: the address key it counts against, or null for none (see visitorAddressKey). */
export interface WebChatVisitor {
  addressKey: string | null;
}

/**
 * Opens a visitor's session: a new thread on the webchat channel, and the token that opens only
 * it. The slug is public, so the sessions one address may open per minute are limited; past it
 * the answer is 429 and staff hear (once an hour) that the tenant's chat is being flooded.
 */
export async function openChatSession(
  db: Database,
  env: Env,
  jwtSecret: string,
  tenantSlug: string,
  visitor: { name?: string; lang?: "es" | "pt" | "en" } & WebChatVisitor,
) {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) throw new AppError(404, "not_found", "No such chat");
  if (visitor.addressKey !== null && !(await sessionOpeningAllowed(env.CHAT_SESSION_LIMITER, visitor.addressKey))) {
    await alertWebChatFlood(db, env, tenant.id, "sessions");
    throw tooManySessions();
  }
  const conversation = await ensureConversation(db, tenant.id, "webchat", newId("conv"), visitor.name ?? null);
  if (visitor.lang) await db.update(conversations).set({ lang: visitor.lang }).where(eq(conversations.id, conversation.id));
  return { sessionId: conversation.id, token: await issueChatToken(jwtSecret, tenant.id, conversation.id) };
}

/** The session, when the token opens exactly this tenant's session; null otherwise (all failures look alike from outside). */
export async function chatSessionOf(db: Database, jwtSecret: string, tenantSlug: string, sessionId: string, token: string): Promise<ChatSession | null> {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant || !(await chatTokenOpens(jwtSecret, token, tenant.id, sessionId))) return null;
  return { tenantId: tenant.id, conversationId: sessionId };
}

/**
 * What the visitor typed: filed like any guest message, answered through the same turn as
 * WhatsApp, and the replies written for it returned, so the widget works without its socket.
 * A session's messages per minute are limited before anything is stored or answered, and the
 * holds the visitor's address may take per hour are budgeted (see hold-budget.ts).
 */
export async function sendChatMessage(db: Database, env: Env, deps: AssistantDeps, session: ChatSession, text: string, visitor: WebChatVisitor) {
  await assertMessageAllowed(db, env, session);
  const { conversation, message } = await recordInboundWebChat(db, session.tenantId, session.conversationId, text);
  const holdBudget = visitor.addressKey === null ? undefined : webChatHoldBudget(db, env, session.tenantId, visitor.addressKey);
  await answerGuest(db, env, deps, conversation, message, { holdBudget });
  return repliesSince(db, session, message.createdAt);
}

/**
 * A file the visitor uploaded as the transfer receipt of their hold: counted against the session's
 * messages per minute like a typed message (before the file is read; `file` reads and checks it),
 * filed in the thread, and handed to payments. The assistant's answer comes back as for a message;
 * without a hold awaiting a transfer the answer is 409 and nothing is kept but the note in the thread.
 */
export async function sendChatReceipt(db: Database, env: Env, deps: AssistantDeps, session: ChatSession, readFile: () => Promise<{ bytes: Uint8Array; contentType: string }>) {
  await assertMessageAllowed(db, env, session);
  const file = await readFile();
  const { message } = await recordInboundWebChat(db, session.tenantId, session.conversationId, file.contentType === "application/pdf" ? "📄" : "📷");
  const taken = deps.receiveTransferReceipt
    ? await deps.receiveTransferReceipt({ tenantId: session.tenantId, conversationId: session.conversationId, messageId: message.id, file: async () => file })
    : false;
  await markAnswered(db, message.id);
  if (!taken) throw new AppError(409, "no_hold_awaiting_transfer", "There is no hold in this chat waiting for a transfer receipt");
  return repliesSince(db, session, message.createdAt);
}

/** One more message or receipt in this session's minute, or 429 (and staff told of the flood). */
async function assertMessageAllowed(db: Database, env: Env, session: ChatSession): Promise<void> {
  if (await chatMessageAllowed(env.CHAT_MESSAGE_LIMITER, session.conversationId)) return;
  await alertWebChatFlood(db, env, session.tenantId, "messages");
  throw tooManyMessages();
}

/** What the thread said to the visitor since their message, oldest first, under the ids its socket carries. */
function repliesSince(db: Database, session: ChatSession, since: number) {
  return db
    .select({ id: messages.id, author: messages.author, text: messages.text })
    .from(messages)
    .where(and(eq(messages.tenantId, session.tenantId), eq(messages.conversationId, session.conversationId), eq(messages.direction, "out"), gte(messages.createdAt, since)))
    .orderBy(asc(messages.createdAt))
    .all();
}
