import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import type { messages } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import type { AssistantDeps } from "../assistant/assistant-deps";
import { WhatsAppApiError } from "./api";
import { downloadWhatsAppMedia } from "./media";
import { whatsAppSender } from "./settings";

/** Photos and PDFs may be transfer receipts; other media (stickers, video, audio) never are. */
const RECEIPT_MEDIA = /^(image\/(jpeg|png|webp)|application\/pdf)\b/i;

export const mayBeReceipt = (message: typeof messages.$inferSelect): message is typeof messages.$inferSelect & { mediaId: string } =>
  message.mediaId !== null && RECEIPT_MEDIA.test(message.mediaType ?? "");

/**
 * Offers a guest's photo or PDF to payments as the transfer receipt of their hold, fetched from
 * the Graph API with the tenant's token only once payments knows it is one. Answers whether it
 * was taken; a Graph outage throws (the queue retries), media gone for good is not a receipt.
 */
export async function takeAsTransferReceipt(db: Database, config: Config, deps: AssistantDeps, message: typeof messages.$inferSelect & { mediaId: string }): Promise<boolean> {
  if (!deps.receiveTransferReceipt) return false;
  try {
    return await deps.receiveTransferReceipt({
      tenantId: message.tenantId,
      conversationId: message.conversationId,
      messageId: message.id,
      file: async () => {
        const sender = await whatsAppSender(db, config.secretsKey, message.tenantId);
        if (!sender) throw new WhatsAppApiError(0, "WhatsApp is not connected", false);
        const media = await downloadWhatsAppMedia(config.apiBases.whatsapp, sender.accessToken, message.mediaId);
        return { bytes: media.bytes, contentType: media.mimeType };
      },
    });
  } catch (error) {
    if (error instanceof WhatsAppApiError && !error.retryable) {
      log("warn", "receipt_media_unavailable", { messageId: message.id, error: String(error) });
      return false;
    }
    throw error;
  }
}
