import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { HostResolver } from "../../../shared/net/dns-over-https";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import { webhookDeliveries, webhookSubscriptions } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import { recordMetric, type MetricsEnv } from "../../platform/metrics";
import { PING_EVENT } from "./event-types";
import { postToEndpoint } from "./endpoint-post";
import { enqueueDeliveries, type WebhookQueueEnv } from "./publish-event";
import { signedHeaders } from "./signing";
import { signingSecrets, type SubscriptionRow } from "./subscriptions";

/**
 * Seconds to wait after each failed attempt (the Standard Webhooks schedule): 5 s, 5 min, 30 min,
 * 2 h, 5 h, then 10 h three times: nine attempts over about 37 hours. Every wait fits one queue
 * message's delay (at most 12 h), so each retry is one delayed message, not a poll.
 */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000, 36_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
/** A subscription failing without a single success for this long is disabled, with an alert. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600_000;
/** An attempt holds its row this long; a worker that died mid-attempt leaves it to the sweep after. */
const CLAIM_MS = 60_000;

export type AttemptEnv = WebhookQueueEnv & MetricsEnv;
export type AttemptOutcome =
  | { kind: "delivered" | "retry_scheduled" | "gave_up" | "skipped" }
  /** This attempt turned the subscription off: the caller tells staff (alerts are not this folder's). */
  | { kind: "disabled"; subscription: SubscriptionRow };

export interface AttemptOptions {
  now?: number;
  resolver?: HostResolver;
}

/**
 * One attempt at one delivery. The row is claimed first (pending, due, unclaimed), so a queue
 * message delivered twice, or racing the sweep or a replay, sends once; a row already succeeded
 * is never sent again. A failure schedules the next attempt with a delayed message, or gives up
 * after the last one; five days of failures disable the subscription.
 */
export async function attemptDelivery(db: Database, env: AttemptEnv, config: Config, deliveryId: string, options: AttemptOptions = {}): Promise<AttemptOutcome> {
  const now = options.now ?? Date.now();
  const claimed = await db
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, claimedUntil: now + CLAIM_MS, lastAttemptAt: now })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        eq(webhookDeliveries.status, "pending"),
        or(isNull(webhookDeliveries.nextAttemptAt), lte(webhookDeliveries.nextAttemptAt, now)),
        or(isNull(webhookDeliveries.claimedUntil), lte(webhookDeliveries.claimedUntil, now)),
      ),
    )
    .returning()
    .get();
  if (!claimed) return { kind: "skipped" };

  const subscription = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, claimed.subscriptionId)).get();
  if (!subscription || subscription.status !== "active") {
    await db
      .update(webhookDeliveries)
      .set({ status: "failed", attempts: claimed.attempts - 1, claimedUntil: null, nextAttemptAt: null, lastError: "subscription_disabled" })
      .where(eq(webhookDeliveries.id, deliveryId));
    return { kind: "gave_up" };
  }

  const headers = signedHeaders(claimed.id, new Date(now), claimed.payload, await signingSecrets(config, subscription, now));
  const answer = await postToEndpoint(subscription.url, claimed.payload, headers, { allowInsecureLoopback: config.allowLoopbackFeeds, resolver: options.resolver });
  const ping = claimed.eventType === PING_EVENT;
  recordMetric(env, "webhook_delivery", { tenantId: claimed.tenantId, outcome: answer.ok ? "ok" : "failed", latencyMs: answer.latencyMs });
  const attemptRecord = { claimedUntil: null, responseStatus: answer.status, latencyMs: answer.latencyMs, responseExcerpt: answer.excerpt, lastError: answer.error };

  if (answer.ok) {
    await db.batch([
      db.update(webhookDeliveries).set({ ...attemptRecord, status: "succeeded", succeededAt: now, nextAttemptAt: null }).where(eq(webhookDeliveries.id, deliveryId)),
      db.update(webhookSubscriptions).set({ lastSuccessAt: now, failureStreak: 0, failingSince: null }).where(eq(webhookSubscriptions.id, subscription.id)),
    ]);
    return { kind: "delivered" };
  }

  // A ping is a test: one attempt, and it says nothing about the subscription's health.
  const lastAttempt = ping || claimed.attempts >= MAX_ATTEMPTS;
  const delaySeconds = RETRY_DELAYS_SECONDS[claimed.attempts - 1] ?? 0;
  await db
    .update(webhookDeliveries)
    .set({ ...attemptRecord, status: lastAttempt ? "failed" : "pending", nextAttemptAt: lastAttempt ? null : now + delaySeconds * 1000 })
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!ping) {
    const failing = await db
      .update(webhookSubscriptions)
      .set({ failureStreak: sql`${webhookSubscriptions.failureStreak} + 1`, lastFailureAt: now, failingSince: sql`coalesce(${webhookSubscriptions.failingSince}, ${now})` })
      .where(eq(webhookSubscriptions.id, subscription.id))
      .returning()
      .get();
    if (failing && now - (failing.failingSince ?? now) >= DISABLE_AFTER_MS) {
      return (await disableFailingSubscription(db, failing, now)) ? { kind: "disabled", subscription: failing } : { kind: "gave_up" };
    }
  }
  if (lastAttempt) return { kind: "gave_up" };
  await enqueueDeliveries(env, claimed.tenantId, [deliveryId], delaySeconds);
  return { kind: "retry_scheduled" };
}

/**
 * Five days without a success: the subscription stops and its pending deliveries are marked
 * failed (replayable once it is enabled again). Answers true only for the attempt that flipped it,
 * so staff are alerted once.
 */
async function disableFailingSubscription(db: Database, subscription: SubscriptionRow, now: number): Promise<boolean> {
  const disabled = await db
    .update(webhookSubscriptions)
    .set({ status: "disabled", disabledReason: "failing", updatedAt: now })
    .where(and(eq(webhookSubscriptions.id, subscription.id), eq(webhookSubscriptions.status, "active")))
    .returning({ id: webhookSubscriptions.id })
    .get();
  if (!disabled) return false;
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", nextAttemptAt: null, claimedUntil: null, lastError: sql`coalesce(${webhookDeliveries.lastError}, 'subscription_disabled')` })
    .where(and(eq(webhookDeliveries.subscriptionId, subscription.id), eq(webhookDeliveries.status, "pending")));
  log("warn", "webhook_subscription_disabled", { tenantId: subscription.tenantId, subscriptionId: subscription.id });
  return true;
}
