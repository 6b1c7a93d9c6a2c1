import { z } from "@hono/zod-openapi";
import type { conversations, messages } from "../../../platform/db/schema";
import { isoTime } from "../../common";

export const conversation = z
  .object({
    id: z.string(),
    channel: z.enum(["whatsapp", "webchat"]),
    guestName: z.string().nullable(),
    guestAddress: z.string(),
    lang: z.string(),
    status: z.enum(["assistant", "human"]).openapi({ description: "Who answers: the assistant, or staff who took the thread over" }),
    escalated: z.boolean(),
    lastInboundAt: z.string().nullable(),
    lastMessageAt: z.string().nullable(),
    lastMessagePreview: z.string().nullable().optional().openapi({ description: "The newest message's first 140 characters (in the list only)" }),
    createdAt: z.string(),
  })
  .openapi("Conversation");

export const message = z
  .object({
    id: z.string(),
    direction: z.enum(["in", "out"]),
    author: z.enum(["guest", "assistant", "staff"]),
    text: z.string(),
    status: z.string(),
    error: z.string().nullable(),
    audio: z
      .object({ url: z.string().openapi({ description: "GET with the same credentials to play the voice note" }), mimeType: z.string() })
      .nullable()
      .openapi({ description: "A guest's voice note; `text` is its transcript when one was made" }),
    transcriptConfidence: z.number().min(0).max(1).nullable(),
    createdAt: z.string(),
  })
  .openapi("ConversationMessage");

export const conversationIdParam = z.object({ id: z.string().min(1).max(64) });

export const presentConversation = (row: typeof conversations.$inferSelect & { lastMessagePreview?: string | null }) => ({
  id: row.id,
  channel: row.channel,
  guestName: row.guestName,
  guestAddress: row.guestAddress,
  lang: row.lang,
  status: row.handledBy,
  escalated: row.escalated,
  lastInboundAt: isoTime(row.lastInboundAt),
  lastMessageAt: isoTime(row.lastMessageAt),
  ...(row.lastMessagePreview !== undefined ? { lastMessagePreview: row.lastMessagePreview } : {}),
  createdAt: new Date(row.createdAt).toISOString(),
});

export const presentMessage = (row: typeof messages.$inferSelect) => ({
  id: row.id,
  direction: row.direction,
  author: row.author,
  text: row.text,
  status: row.status,
  error: row.error,
  audio: row.mediaId && (row.mediaType ?? "audio/").startsWith("audio/") ? { url: `/v1/conversations/${row.conversationId}/messages/${row.id}/audio`, mimeType: row.mediaType ?? "audio/ogg" } : null,
  transcriptConfidence: row.transcriptConfidence,
  createdAt: new Date(row.createdAt).toISOString(),
});
