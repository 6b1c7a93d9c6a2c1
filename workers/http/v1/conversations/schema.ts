import { z } from "@hono/zod-openapi";
import type { conversations, messages } from "../../../platform/db/schema";
import { isoTime } from "../../common";

export const conversation = z
  .object({
    id: z.string(),
    channel: z.enum(["whatsapp", "webchat", "email"]),
    guestName: z.string().nullable(),
    guestAddress: z.string(),
    guestPhone: z.string().nullable().optional().openapi({
      description: "The guest's phone number: the WhatsApp number, or the one left on a reservation made in the thread; null when unknown",
    }),
    displayName: z.string().nullable().optional().openapi({
      description: "What to call the thread: the guest's name (from the channel or a reservation made in it), else their phone number; null for a web chat visitor who gave neither",
    }),
    lang: z.string(),
    status: z.enum(["assistant", "human"]).openapi({ description: "Who answers: the assistant, or staff who took the thread over" }),
    escalated: z.boolean(),
    lastInboundAt: z.string().nullable(),
    lastMessageAt: z.string().nullable(),
    lastMessagePreview: z.string().nullable().optional().openapi({ description: "The newest message's first 140 characters (in the list only)" }),
    createdAt: z.string(),
    guestId: z.string().nullable().optional().openapi({ description: "The guest profile the thread belongs to, once their number, address or booking names them (in the list only)" }),
    stayNumber: z.number().int().min(1).nullable().optional().openapi({
      description: "The stay the guest is on or coming for: their stays already over plus one, so 3 reads \"3.ª estadía\" (in the list only; null while guestId is)",
    }),
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

type ConversationRow = typeof conversations.$inferSelect & { lastMessagePreview?: string | null; booked?: { name: string | null; phone: string | null } };

/** A WhatsApp address is the guest's number without the "+"; a web chat address is only a session id. */
function guestPhoneOf(row: ConversationRow): string | null {
  if (row.channel === "whatsapp" && /^\d{6,20}$/.test(row.guestAddress)) return `+${row.guestAddress}`;
  return row.booked?.phone ?? null;
}

export const presentConversation = (row: ConversationRow) => {
  const guestPhone = guestPhoneOf(row);
  return {
    id: row.id,
    channel: row.channel,
    guestName: row.guestName,
    guestAddress: row.guestAddress,
    guestPhone,
    displayName: row.guestName ?? row.booked?.name ?? guestPhone,
    lang: row.lang,
    status: row.handledBy,
    escalated: row.escalated,
    lastInboundAt: isoTime(row.lastInboundAt),
    lastMessageAt: isoTime(row.lastMessageAt),
    ...(row.lastMessagePreview !== undefined ? { lastMessagePreview: row.lastMessagePreview } : {}),
    createdAt: new Date(row.createdAt).toISOString(),
  };
};

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
