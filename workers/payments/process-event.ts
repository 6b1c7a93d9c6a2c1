import { eq, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { webhookEvents } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { answerGuest } from "../guest-messaging/assistant/answer-guest";
import { answerVoiceNote } from "../guest-messaging/assistant/voice-notes";
import { recordInboundWhatsApp } from "../guest-messaging/inbound";
import { applyPayment, type PaymentOutcome } from "./apply-payment";
import { providerFor } from "./providers";
import type { ProviderName } from "./provider";

export type EventOutcome = PaymentOutcome | "not_a_payment" | "not_found" | "answered" | "duplicate";

/**
 * Processes one stored provider notification: find the payment it names, fetch that payment
 * from the provider (the notification body is never trusted), and apply it. Provider failures
 * throw, so the queue retries; the event row records the outcome either way.
 */
export async function processWebhookEvent(
  db: Database,
  env: Env,
  config: Config,
  tenantId: string,
  eventId: string,
  { replay = false }: { replay?: boolean } = {},
): Promise<EventOutcome> {
  const event = await db.select().from(webhookEvents).where(eq(webhookEvents.id, eventId)).get();
  if (!event || event.tenantId !== tenantId) return "not_found";
  // A redelivery queues the event again while the first message may already have done the work.
  if (event.processedAt !== null && !replay) return (event.outcome as EventOutcome | null) ?? "not_found";
  if (event.provider === "whatsapp") {
    const { conversation, message } = await recordInboundWhatsApp(db, event);
    const outcome = message.status === "received" ? "answered" : "duplicate";
    if (message.status === "received") {
      if (message.mediaId) await answerVoiceNote(db, env, config, conversation, { ...message, mediaId: message.mediaId });
      else await answerGuest(db, env, config, conversation, message);
    }
    await db.update(webhookEvents).set({ processedAt: Date.now(), outcome, lastError: null }).where(eq(webhookEvents.id, eventId));
    return outcome;
  }
  const provider = await providerFor(db, config, tenantId, event.provider as ProviderName);
  const ref = provider.paymentRefOf(event);
  const outcome: EventOutcome = ref
    ? await applyPayment(db, env, tenantId, provider.name, await provider.fetchPayment(ref), { production: config.environment === "production" })
    : "not_a_payment";
  await db
    .update(webhookEvents)
    .set({
      processedAt: Date.now(),
      // Two messages for one event can race; the one that confirmed keeps its word in the record.
      outcome: sql`CASE WHEN ${webhookEvents.outcome} = 'confirmed' AND ${outcome} = 'already_confirmed' THEN 'confirmed' ELSE ${outcome} END`,
      lastError: null,
    })
    .where(eq(webhookEvents.id, eventId));
  return outcome;
}

/** Records why processing failed; `failed` marks an event that retrying will not fix. */
export async function recordEventFailure(db: Database, eventId: string, error: unknown, permanent: boolean) {
  const message = error instanceof Error ? error.message : String(error);
  await db
    .update(webhookEvents)
    .set({ lastError: message.slice(0, 500), ...(permanent ? { outcome: "failed" } : {}) })
    .where(eq(webhookEvents.id, eventId));
}
