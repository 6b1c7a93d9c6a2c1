import type { ChatSocketMessage } from "../../durable-objects/conversation/inputs";
import type { messages } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { publishLive } from "../../durable-objects/live/publish";
import { log } from "../../shared/log";

type MessageRow = typeof messages.$inferSelect;

export type { ChatSocketMessage };

/**
 * A message was filed in a thread: open consoles hear of it, and on web chat the visitor's open
 * sockets get the text at once (the REST answer and the thread stay the record either way).
 */
export async function announceMessage(env: Env, message: MessageRow, channel: "whatsapp" | "webchat" | "email" | undefined): Promise<void> {
  const pushes: Promise<unknown>[] = [publishLive(env, message.tenantId, { type: "conversation.changed", conversationId: message.conversationId, reason: "message" })];
  if (channel === "webchat" && message.direction === "out") {
    const payload: ChatSocketMessage = {
      type: "message",
      message: { id: message.id, author: message.author, text: message.text, createdAt: new Date(message.createdAt).toISOString() },
    };
    pushes.push(
      env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(message.conversationId))
        .pushToGuest(payload)
        .catch((error: unknown) => log("warn", "chat_push_failed", { conversationId: message.conversationId, error: String(error) })),
    );
  }
  await Promise.all(pushes);
}
