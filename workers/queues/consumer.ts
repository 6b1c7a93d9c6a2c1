import { database } from "../db/client";
import { parseConfig, type Env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";
import { processWebhookEvent, recordEventFailure } from "../payments/process-event";
import { ProviderError } from "../payments/provider";
import { raiseAlert } from "../services/alerts";
import type { QueueMessage } from "./messages";

export const WEBHOOK_QUEUE = "posada-webhooks";
export const WEBHOOK_DEAD_LETTERS = "posada-webhooks-dlq";

/** Exponential backoff for a retried message: 10 s, 20 s, 40 s ... capped at 10 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));

/** A failure that retrying cannot fix: bad credentials, a payment the provider does not know. */
const isPermanent = (error: unknown) => (error instanceof ProviderError && !error.retryable) || error instanceof AppError;

export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const db = database(env.DB);
  const config = parseConfig(env);
  const deadLetters = batch.queue.endsWith("-dlq");
  // Messages of one batch are independent: each is acked or retried on its own.
  for (const message of batch.messages) {
    const { tenantId, eventId } = message.body;
    if (deadLetters) {
      await raiseAlert(db, tenantId, {
        kind: "webhook_processing_stuck",
        severity: "critical",
        subjectType: "webhook_event",
        subjectId: eventId,
        message: "A payment notification could not be processed after several attempts; open it in Settings → Webhook events and replay it.",
        dedupeKey: `webhook_processing_stuck:${eventId}`,
      });
      message.ack();
      continue;
    }
    try {
      const outcome = await processWebhookEvent(db, env, config, tenantId, eventId);
      log("info", "webhook_event_processed", { tenantId, eventId, outcome, attempts: message.attempts });
      message.ack();
    } catch (error) {
      const permanent = isPermanent(error);
      log("warn", "webhook_event_failed", { tenantId, eventId, attempts: message.attempts, permanent, error: String(error) });
      await recordEventFailure(db, eventId, error, permanent).catch(() => undefined);
      if (permanent) {
        await raiseAlert(db, tenantId, {
          kind: "webhook_processing_failed",
          severity: "critical",
          subjectType: "webhook_event",
          subjectId: eventId,
          message: `A payment notification could not be processed: ${String((error as Error).message ?? error).slice(0, 200)}. Fix the cause, then replay it.`,
          dedupeKey: `webhook_processing_failed:${eventId}`,
        }).catch(() => undefined);
        message.ack();
      } else {
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }
  }
}
