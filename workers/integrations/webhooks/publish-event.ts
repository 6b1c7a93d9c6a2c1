import { newId } from "../../../shared/ids";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import { webhookDeliveries } from "../../platform/db/schema";
import type { WebhookDeliveryMessage } from "../../platform/queue-messages";
import { envelope, type WebhookEventType } from "./event-types";
import { subscriptionsListeningTo } from "./subscriptions";

/** The one binding publishing needs. */
export interface WebhookQueueEnv {
  PARTNER_WEBHOOK_QUEUE: Queue<WebhookDeliveryMessage>;
}

export interface PublishOptions {
  /**
   * What makes this event this event (`reservation:<id>:v<version>`): publishing the same key again,
   * as a redelivered domain event does, adds no delivery.
   */
  key: string;
  now?: number;
}

/**
 * Fans one domain event out to the tenant's subscriptions that listen to its type: one delivery
 * row each (the idempotency record), then one queue message each. A message lost between the two
 * is found by the cron's sweep of overdue rows, so an event is never dropped; answers the number
 * of deliveries created.
 */
export async function publishEvent(db: Database, env: WebhookQueueEnv, tenantId: string, type: WebhookEventType, data: Record<string, unknown>, options: PublishOptions): Promise<number> {
  const subscriptions = await subscriptionsListeningTo(db, tenantId, [type]);
  if (subscriptions.length === 0) return 0;
  const now = options.now ?? Date.now();
  const payload = envelope(type, data, now);
  const created = await db
    .insert(webhookDeliveries)
    .values(subscriptions.map((s) => ({ id: newId("whd", now), tenantId, subscriptionId: s.id, eventType: type, eventKey: options.key, payload, nextAttemptAt: now, createdAt: now })))
    .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventKey] })
    .returning({ id: webhookDeliveries.id })
    .all();
  await enqueueDeliveries(env, tenantId, created.map((row) => row.id));
  return created.length;
}

/** Best effort: a row whose message never made it is re-queued by the sweep. */
export async function enqueueDeliveries(env: WebhookQueueEnv, tenantId: string, deliveryIds: readonly string[], delaySeconds = 0): Promise<void> {
  if (deliveryIds.length === 0) return;
  try {
    await env.PARTNER_WEBHOOK_QUEUE.sendBatch(deliveryIds.map((deliveryId) => ({ body: { kind: "webhook_delivery" as const, tenantId, deliveryId }, ...(delaySeconds > 0 ? { delaySeconds } : {}) })));
  } catch (error) {
    log("warn", "webhook_enqueue_failed", { tenantId, deliveries: deliveryIds.length, error: String(error) });
  }
}
