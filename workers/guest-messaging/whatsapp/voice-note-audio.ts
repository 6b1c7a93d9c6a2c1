import { and, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { messages } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import { AppError, notFound } from "../../platform/errors";
import { WhatsAppApiError } from "./api";
import { downloadWhatsAppMedia, type DownloadedMedia } from "./media";
import { whatsAppSender } from "./settings";

/** The audio of one of the tenant's voice notes, fetched from WhatsApp for staff to play. */
export async function voiceNoteAudio(db: Database, config: Config, tenantId: string, conversationId: string, messageId: string): Promise<DownloadedMedia> {
  const message = await db
    .select({ mediaId: messages.mediaId, mediaType: messages.mediaType })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.conversationId, conversationId), eq(messages.id, messageId)))
    .get();
  if (!message?.mediaId || !(message.mediaType ?? "audio/").startsWith("audio/")) throw notFound("Voice note");
  const sender = await whatsAppSender(db, config.secretsKey, tenantId);
  if (!sender) throw new AppError(502, "whatsapp_not_connected", "WhatsApp is not connected, so the voice note cannot be fetched");
  try {
    return await downloadWhatsAppMedia(config.apiBases.whatsapp, sender.accessToken, message.mediaId);
  } catch (error) {
    if (error instanceof WhatsAppApiError) {
      throw new AppError(502, "whatsapp_media_unavailable", error.retryable ? "WhatsApp did not answer; try again in a moment" : "WhatsApp no longer has this voice note (media lasts 30 days)");
    }
    throw error;
  }
}
