import type { Database } from "../platform/db/client";
import type { messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { raiseAlert } from "../alerts/alerts";

/** Tells staff a guest never got a message; one alert per message, however many paths give up on it. */
export async function alertUndelivered(db: Database, env: Env, message: typeof messages.$inferSelect) {
  await raiseAlert(db, env, message.tenantId, {
    kind: "message_undelivered",
    severity: "warning",
    subjectType: "conversation",
    subjectId: message.conversationId,
    message: `A message to a guest could not be delivered after several attempts (${message.error ?? "unknown error"}). Reply from the conversation.`,
    dedupeKey: `message_undelivered:${message.id}`,
  });
}
