import { and, asc, eq, gte } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { conversations, messages } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import type { AssistantDeps } from "../assistant/assistant-deps";
import { AppError } from "../../platform/errors";
import { findTenantBySlug } from "../../tenancy/tenants";
import { answerGuest } from "../assistant/answer-guest";
import { recordInboundWebChat } from "../inbound";
import { ensureConversation } from "../outbound";
import { chatTokenOpens, issueChatToken, type ChatSession } from "./chat-tokens";

/** Opens a visitor's session: a new thread on the webchat channel, and the token that opens only it. */
export async function openChatSession(db: Database, jwtSecret: string, tenantSlug: string, visitor: { name?: string; lang?: "es" | "pt" | "en" }) {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) throw new AppError(404, "not_found", "No such chat");
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
 */
export async function sendChatMessage(db: Database, env: Env, deps: AssistantDeps, session: ChatSession, text: string) {
  const { conversation, message } = await recordInboundWebChat(db, session.tenantId, session.conversationId, text);
  await answerGuest(db, env, deps, conversation, message);
  return db
    .select({ text: messages.text })
    .from(messages)
    .where(and(eq(messages.tenantId, session.tenantId), eq(messages.conversationId, session.conversationId), eq(messages.direction, "out"), gte(messages.createdAt, message.createdAt)))
    .orderBy(asc(messages.createdAt))
    .all();
}
