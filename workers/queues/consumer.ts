import { database, type Database } from "../db/client";
import { parseConfig, type Config, type Env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";
import { processWebhookEvent, recordEventFailure } from "../payments/process-event";
import { ProviderError } from "../payments/provider";
import { raiseAlert } from "../services/alerts";
import { handleIcalSync } from "./ical-sync";
import { deliverOutbound, giveUpOutbound } from "../messaging/deliver-outbound";
import { WhatsAppApiError } from "../messaging/whatsapp-api";
import type { IcalSyncMessage, OutboundMessage, QueueMessage, WebhookMessage } from "./messages";


/** Exponential backoff for a retried message: 10 s, 20 s, 40 s ... capped at 10 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(600, 10 * 2 ** Math.max(0, attempts - 1));

/** A failure that retrying cannot fix: bad credentials, a payment the provider does not know. */
const isPermanent = (error: unknown) => (error instanceof ProviderError && !error.retryable) || error instanceof AppError;

export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const db = database(env.DB);
  const config = parseConfig(env);
  const icalMessages = batch.messages.filter((m): m is Message<IcalSyncMessage> => m.body.kind === "ical_sync");
  for (const message of icalMessages) {
    try {
      await handleIcalSync(db, env, config, message.body);
      message.ack();
    } catch (error) {
      log("error", "ical_sync_crashed", { feedId: message.body.feedId, error: String(error) });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
  const outbound = batch.messages.filter((m): m is Message<OutboundMessage> => m.body.kind === "outbound");
  for (const message of outbound) {
    try {
      if (batch.queue.endsWith("-dlq")) await giveUpOutbound(db, message.body.messageId);
      else await deliverOutbound(db, env, config, message.body.messageId);
      message.ack();
    } catch (error) {
      const permanent = error instanceof WhatsAppApiError && !error.retryable;
      log("warn", "outbound_failed", { messageId: message.body.messageId, attempts: message.attempts, permanent, error: String(error) });
      if (permanent) {
        await giveUpOutbound(db, message.body.messageId);
        message.ack();
      } else {
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }
  }
  await handleWebhookMessages(
    batch.queue,
    batch.messages.filter((m): m is Message<WebhookMessage> => m.body.kind === "webhook_event"),
    db,
    env,
    config,
  );
}

async function handleWebhookMessages(queue: string, messages: Message<WebhookMessage>[], db: Database, env: Env, config: Config): Promise<void> {
  const deadLetters = queue.endsWith("-dlq");
  // Messages of one batch are independent: each is acked or retried on its own.
  for (const message of messages) {
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
