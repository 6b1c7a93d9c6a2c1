import type { Database } from "../../platform/db/client";
import type { conversations, messages } from "../../platform/db/schema";
import type { Config, Env } from "../../platform/env";
import { markEventProcessed, type WebhookEventRow } from "../../webhook-events/store";
import { answerGuest } from "../assistant/answer-guest";
import { answerVoiceNote } from "../assistant/voice-notes";
import type { AssistantDeps } from "../assistant/assistant-deps";
import { markAnswered, recordInboundWhatsApp } from "../inbound";
import { mayBeReceipt, takeAsTransferReceipt } from "./receipt-media";

export type WhatsAppEventOutcome = "answered" | "duplicate";

/**
 * Processes one stored WhatsApp message: files it in its thread and answers it (a voice note is
 * transcribed first; a photo or PDF may be the transfer receipt of the guest's hold). A message
 * filed and answered before (a redelivery, a replay) is not answered again. Failures throw, so the queue retries; the event is marked done only after.
 */
/** What a plain-text message may be besides a turn for the assistant: the answer to a review request. */
export interface WhatsAppReplyHooks {
  /** Takes a reply as the stay's rating; false when it is not one. */
  takeAsRating?(conversation: typeof conversations.$inferSelect, message: typeof messages.$inferSelect): Promise<boolean>;
}

export async function processWhatsAppEvent(db: Database, env: Env, config: Config, deps: AssistantDeps, event: WebhookEventRow, hooks: WhatsAppReplyHooks = {}): Promise<WhatsAppEventOutcome> {
  const { conversation, message } = await recordInboundWhatsApp(db, event);
  const unanswered = message.status === "received";
  if (unanswered) {
    if (mayBeReceipt(message)) {
      // A photo or PDF while a hold awaits a transfer is its receipt; otherwise it is answered like any message.
      if (await takeAsTransferReceipt(db, config, deps, message)) await markAnswered(db, message.id);
      else await answerGuest(db, env, deps, conversation, message);
    } else if (hooks.takeAsRating && (await hooks.takeAsRating(conversation, message))) await markAnswered(db, message.id);
    else if (message.mediaId && (message.mediaType ?? "").startsWith("audio/")) await answerVoiceNote(db, env, config, deps, conversation, { ...message, mediaId: message.mediaId });
    else await answerGuest(db, env, deps, conversation, message);
  }
  const outcome = unanswered ? "answered" : "duplicate";
  await markEventProcessed(db, event.id, outcome);
  return outcome;
}
