import { languageInConversation, normalize, parseMessage } from "../../../shared/nlu";
import type { Database } from "../../platform/db/client";
import type { conversations, messages } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import type { AssistantDeps } from "./assistant-deps";
import type { HoldBudget } from "./hold-budget";
import { tenantTimeZone } from "../../tenancy/tenants";
import { announceMessage } from "../announce-message";
import { markAnswered } from "../inbound";
import { takeGuestTurn } from "./guest-turn";

/**
 * Reads a newly filed guest message and runs the thread's next turn for it, which decides and
 * queues the answer (or stays silent while staff own the thread). The message is marked
 * answered only after its turn ran, so a crash re-answers rather than drops it.
 * Every channel (WhatsApp, web chat) goes through here.
 */
export async function answerGuest(
  db: Database,
  env: Env,
  deps: AssistantDeps,
  conversation: typeof conversations.$inferSelect,
  message: typeof messages.$inferSelect,
  { holdBudget }: { holdBudget?: HoldBudget } = {},
) {
  await announceMessage(env, message, conversation.channel);
  const parsed = parseMessage(message.text, { now: new Date(message.createdAt), timeZone: await tenantTimeZone(db, conversation.tenantId) });
  // "2" or "ok" from a Portuguese guest is still Portuguese: the thread keeps its language unless the message reads otherwise.
  const understanding = { ...parsed, lang: languageInConversation(message.text, normalize(message.text), conversation.lang) };
  await takeGuestTurn(db, env, deps, { tenantId: conversation.tenantId, conversationId: conversation.id, messageId: message.id, text: message.text, understanding, now: Date.now(), holdBudget });
  await markAnswered(db, message.id);
  return understanding;
}
