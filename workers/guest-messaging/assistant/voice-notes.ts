import { eq } from "drizzle-orm";
import { MIN_TRANSCRIPT_CONFIDENCE } from "../../../shared/assistant/transcript-confidence";
import { TEMPLATES, type Lang } from "../../../shared/assistant/templates";
import type { Database } from "../../platform/db/client";
import { messages, type conversations } from "../../platform/db/schema";
import type { Config, Env } from "../../platform/env";
import { log } from "../../../shared/log";
import { queueOutbound } from "../outbound";
import { WhatsAppApiError } from "../whatsapp/api";
import { downloadWhatsAppMedia } from "../whatsapp/media";
import { escalate } from "../conversations";
import { whatsAppSender } from "../whatsapp/settings";
import { answerGuest } from "./answer-guest";
import type { AssistantDeps } from "./assistant-deps";
import { transcribe, type SpeechToText } from "./transcribe";

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

/**
 * Understands a guest's voice note, then answers it like a typed message:
 * - no Workers AI (local development): the guest is asked to type instead;
 * - a transcript Whisper is sure of (≥ 0.6) becomes the message's text and is answered;
 * - an unsure transcript, or audio that cannot be had or transcribed, goes to staff, who can
 *   play the note in the console.
 * A Graph outage throws, so the queue retries the whole event.
 */
export async function answerVoiceNote(db: Database, env: Env, config: Config, deps: AssistantDeps, conversation: ConversationRow, message: MessageRow & { mediaId: string }) {
  const lang = conversation.lang as Lang;
  const speech = speechToText(env, config);
  if (!speech) {
    await settle(db, message, { text: message.text, confidence: null });
    await sayUnlessStaffOwn(db, env, conversation, TEMPLATES.voiceNeedsText[lang]);
    return "asked_for_text" as const;
  }

  const transcript = await transcribeNote(db, config, speech, conversation, message.mediaId);
  if (transcript && transcript.confidence >= MIN_TRANSCRIPT_CONFIDENCE) {
    const understood = await db.update(messages).set({ text: transcript.text, transcriptConfidence: transcript.confidence }).where(eq(messages.id, message.id)).returning().get();
    await answerGuest(db, env, deps, conversation, understood);
    return "answered" as const;
  }

  await settle(db, message, { text: transcript?.text || message.text, confidence: transcript?.confidence ?? null });
  const reason = transcript
    ? { code: "voice_note_unclear", text: `a voice note transcribed with low confidence (${transcript.confidence.toFixed(2)})` }
    : { code: "voice_note_untranscribed", text: "a voice note that could not be transcribed" };
  const alreadyWithStaff = conversation.handledBy === "human";
  await escalate(db, env, conversation.tenantId, conversation.id, reason);
  if (!alreadyWithStaff) await queueOutbound(db, env, { tenantId: conversation.tenantId, conversationId: conversation.id, author: "assistant", text: TEMPLATES.voiceUnclear[lang], urgent: true });
  return "escalated" as const;
}

/** Workers AI is remote only; local development runs without it, like a deploy without the binding. */
function speechToText(env: Env, config: Config): SpeechToText | undefined {
  return config.environment === "development" ? undefined : env.AI;
}

async function transcribeNote(db: Database, config: Config, speech: SpeechToText, conversation: ConversationRow, mediaId: string) {
  const sender = await whatsAppSender(db, config.secretsKey, conversation.tenantId);
  if (!sender) return null;
  let audio: Uint8Array;
  try {
    audio = (await downloadWhatsAppMedia(config.apiBases.whatsapp, sender.accessToken, mediaId)).bytes;
  } catch (error) {
    if (error instanceof WhatsAppApiError && error.retryable) throw error;
    log("warn", "voice_note_unavailable", { conversationId: conversation.id, error: String(error) });
    return null;
  }
  try {
    return await transcribe(speech, audio, conversation.lang as "es" | "pt" | "en");
  } catch (error) {
    // A person can listen to it; the guest should not wait on AI retries.
    log("warn", "voice_note_transcription_failed", { conversationId: conversation.id, error: String(error) });
    return null;
  }
}

async function settle(db: Database, message: MessageRow, outcome: { text: string; confidence: number | null }) {
  await db
    .update(messages)
    .set({ text: outcome.text, transcriptConfidence: outcome.confidence, status: "answered", updatedAt: Date.now() })
    .where(eq(messages.id, message.id));
}

async function sayUnlessStaffOwn(db: Database, env: Env, conversation: ConversationRow, text: string) {
  if (conversation.handledBy === "human") return;
  await queueOutbound(db, env, { tenantId: conversation.tenantId, conversationId: conversation.id, author: "assistant", text, urgent: true });
}
