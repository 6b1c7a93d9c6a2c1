import { log } from "../../shared/log";
import { raiseAlert } from "../alerts/alerts";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { ProviderError } from "../payments/provider";
import { describeEvent, processStoredEvent } from "./process-stored-event";
import { findWebhookEvent, recordEventFailure } from "../webhook-events/store";
import { settle } from "./settle";
import type { WebhookMessage } from "../platform/queue-messages";

/**
 * One stored provider event from the webhook queue (or its dead-letter queue): processed by
 * whoever owns its provider; a failure is recorded on the event, and staff are told, in words
 * that say what the event is, when retrying will not help or has run out.
 */
export async function runWebhookEventJob(message: Message<unknown>, body: WebhookMessage, db: Database, env: Env, config: Config, deadLetters: boolean) {
  const { tenantId, eventId } = body;
  const what = async () => describeEvent((await findWebhookEvent(db, tenantId, eventId))?.provider ?? null);
  await settle(
    message,
    async () => {
      if (deadLetters) return alertStuckEvent(db, env, tenantId, eventId, await what());
      const outcome = await processStoredEvent(db, env, config, tenantId, eventId);
      log("info", "webhook_event_processed", { tenantId, eventId, outcome, attempts: message.attempts });
    },
    {
      event: "webhook_event_failed",
      fields: { tenantId, eventId },
      // Bad credentials or a payment the provider does not know: waiting will not help.
      isPermanent: (error) => (error instanceof ProviderError && !error.retryable) || error instanceof AppError,
      onFailure: async (error, permanent) => {
        await recordEventFailure(db, eventId, error, permanent).catch(() => undefined);
        if (permanent) await alertFailedEvent(db, env, tenantId, eventId, await what(), error);
      },
    },
  );
}

/** A message that exhausted its retries: staff get an alert; the event stays replayable. */
async function alertStuckEvent(db: Database, env: Env, tenantId: string, eventId: string, what: string) {
  await raiseAlert(db, env, tenantId, {
    kind: "webhook_processing_stuck",
    severity: "critical",
    subjectType: "webhook_event",
    subjectId: eventId,
    message: `${what} could not be processed after several attempts; open it in Settings → Webhook events and replay it.`,
    params: { provider: (await findWebhookEvent(db, tenantId, eventId))?.provider ?? "" },
    dedupeKey: `webhook_processing_stuck:${eventId}`,
  });
}

async function alertFailedEvent(db: Database, env: Env, tenantId: string, eventId: string, what: string, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  await raiseAlert(db, env, tenantId, {
    kind: "webhook_processing_failed",
    severity: "critical",
    subjectType: "webhook_event",
    subjectId: eventId,
    message: `${what} could not be processed: ${reason.slice(0, 200)}. Fix the cause, then replay it.`,
    params: { provider: (await findWebhookEvent(db, tenantId, eventId))?.provider ?? "", ...(error instanceof AppError || error instanceof ProviderError ? { error: String((error as { code?: unknown }).code ?? "") } : {}) },
    dedupeKey: `webhook_processing_failed:${eventId}`,
  });
}
