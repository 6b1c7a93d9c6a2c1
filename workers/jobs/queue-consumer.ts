import { database, type Database } from "../platform/db/client";
import { parseConfig, type Config, type Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { handleIcalSync } from "../ical/due-feeds";
import { log } from "../../shared/log";
import { deliverOutbound, giveUpOutbound } from "../guest-messaging/deliver-outbound";
import { WhatsAppApiError } from "../guest-messaging/whatsapp/api";
import { processWebhookEvent, recordEventFailure } from "../payments/process-event";
import { ProviderError } from "../payments/provider";
import { raiseAlert } from "../alerts/alerts";
import type { QueueMessage } from "./messages";

/** Exponential backoff for a retried message: 10 s, 20 s, 40 s ... capped at 10 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));

interface FailurePolicy {
  /** Log line for a failed attempt (an expected provider hiccup is a warning; a crash is an error). */
  event: string;
  level?: "warn" | "error";
  fields: Record<string, unknown>;
  /** A failure retrying cannot fix is acknowledged instead of retried. */
  isPermanent: (error: unknown) => boolean;
  /** Records the failure (and tells staff when it is permanent) before the message is settled. */
  onFailure?: (error: unknown, permanent: boolean) => Promise<void>;
}

/** Runs one message's work, then acks it, or retries it with backoff; messages of a batch settle independently. */
async function settle(message: Message<unknown>, work: () => Promise<void>, policy: FailurePolicy): Promise<void> {
  try {
    await work();
    message.ack();
  } catch (error) {
    const permanent = policy.isPermanent(error);
    log(policy.level ?? "warn", policy.event, { ...policy.fields, attempts: message.attempts, permanent, error: String(error) });
    await policy.onFailure?.(error, permanent).catch(() => undefined);
    if (permanent) message.ack();
    else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  }
}

const never = () => false;

export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const db = database(env.DB);
  const config = parseConfig(env);
  const deadLetters = batch.queue.endsWith("-dlq");
  for (const message of batch.messages) {
    const body = message.body;
    switch (body.kind) {
      case "ical_sync":
        // Fetch and parse failures are recorded on the feed; only a crash gets here and is retried.
        await settle(message, () => handleIcalSync(db, env, config, body).then(() => undefined), { event: "ical_sync_crashed", level: "error", fields: { feedId: body.feedId }, isPermanent: never });
        break;
      case "outbound":
        await settle(message, () => (deadLetters ? giveUpOutbound(db, env, body.messageId) : deliverOutbound(db, env, config, body.messageId).then(() => undefined)), {
          event: "outbound_failed",
          fields: { messageId: body.messageId },
          isPermanent: (error) => error instanceof WhatsAppApiError && !error.retryable,
          onFailure: async (_error, permanent) => {
            if (permanent) await giveUpOutbound(db, env, body.messageId);
          },
        });
        break;
      case "webhook_event":
        await settle(message, () => (deadLetters ? alertStuckEvent(db, env, body.tenantId, body.eventId) : processEvent(db, env, config, body.tenantId, body.eventId, message.attempts)), {
          event: "webhook_event_failed",
          fields: { tenantId: body.tenantId, eventId: body.eventId },
          // Bad credentials or a payment the provider does not know: waiting will not help.
          isPermanent: (error) => (error instanceof ProviderError && !error.retryable) || error instanceof AppError,
          onFailure: (error, permanent) => recordWebhookFailure(db, env, body.tenantId, body.eventId, error, permanent),
        });
        break;
    }
  }
}

async function processEvent(db: Database, env: Env, config: Config, tenantId: string, eventId: string, attempts: number) {
  const outcome = await processWebhookEvent(db, env, config, tenantId, eventId);
  log("info", "webhook_event_processed", { tenantId, eventId, outcome, attempts });
}

/** A message that exhausted its retries: staff get an alert; the event stays replayable. */
async function alertStuckEvent(db: Database, env: Env, tenantId: string, eventId: string) {
  await raiseAlert(db, env, tenantId, {
    kind: "webhook_processing_stuck",
    severity: "critical",
    subjectType: "webhook_event",
    subjectId: eventId,
    message: "A payment notification could not be processed after several attempts; open it in Settings → Webhook events and replay it.",
    dedupeKey: `webhook_processing_stuck:${eventId}`,
  });
}

async function recordWebhookFailure(db: Database, env: Env, tenantId: string, eventId: string, error: unknown, permanent: boolean) {
  await recordEventFailure(db, eventId, error, permanent).catch(() => undefined);
  if (!permanent) return;
  await raiseAlert(db, env, tenantId, {
    kind: "webhook_processing_failed",
    severity: "critical",
    subjectType: "webhook_event",
    subjectId: eventId,
    message: `A payment notification could not be processed: ${String((error as Error).message ?? error).slice(0, 200)}. Fix the cause, then replay it.`,
    dedupeKey: `webhook_processing_failed:${eventId}`,
  });
}
