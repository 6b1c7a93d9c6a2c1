import { z } from "zod";
import { dialogStateSchema, langSchema } from "../../shared/assistant/dialog-schema";

/** RPC inputs of ConversationAgent: validated on arrival, whoever the caller is. */
const messageId = z.string().min(1).max(128);
const lease = z.string().min(1).max(64);

export const beginTurnInput = z.object({ messageId, lang: langSchema });
export const endTurnInput = z.object({ lease, messageId, state: dialogStateSchema });
export const abortTurnInput = z.object({ lease });

/** What a web chat visitor's socket receives: one reply or staff message as it is written. */
export const chatSocketMessage = z.object({
  type: z.literal("message"),
  message: z.object({ id: z.string(), author: z.enum(["guest", "assistant", "staff"]), text: z.string(), createdAt: z.string() }),
});

export type BeginTurnInput = z.infer<typeof beginTurnInput>;
export type EndTurnInput = z.infer<typeof endTurnInput>;
export type AbortTurnInput = z.infer<typeof abortTurnInput>;
export type ChatSocketMessage = z.infer<typeof chatSocketMessage>;
