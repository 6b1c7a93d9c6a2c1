import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { icalFeeds, messages, webhookDeliveries, webhookEvents } from "../platform/db/schema";
import { deliverySummary } from "../guest-messaging/delivery-summary";
import { oldestFeedSyncOf } from "../ical/sync-health";

export const METRIC_WINDOWS = { "1h": 3600_000, "24h": 24 * 3600_000, "7d": 7 * 24 * 3600_000 } as const;
export type MetricWindow = keyof typeof METRIC_WINDOWS;

const share = (good: number, total: number) => (total === 0 ? null : Math.round((good / total) * 10_000) / 10_000);
const ageSeconds = (since: number | null | undefined, now: number) => (since === null || since === undefined ? null : Math.max(0, Math.round((now - since) / 1000)));

/**
 * One tenant's operational numbers over a window, from what D1 already records: guest message
 * delivery by channel, partner webhook deliveries, calendar sync age and failures, and what waits
 * in each queue (its lag) or died in it (dead letters). Per-request latency and errors per route
 * go to Workers Analytics Engine (platform/metrics.ts), not D1, so a request costs no write.
 */
export async function metricsSummary(db: Database, d1: D1Database, tenantId: string, window: MetricWindow, now = Date.now()) {
  const from = now - METRIC_WINDOWS[window];
  const delivery = await deliverySummary(db, tenantId, from, now);
  const channel = (name: "whatsapp" | "email") => {
    const c = delivery.channels.find((x) => x.channel === name);
    const sent = c?.sent ?? 0;
    const failed = c?.failed ?? 0;
    return { sent, delivered: c?.delivered ?? 0, failed, successRate: share(sent, sent + failed) };
  };

  const hooks = await db
    .select({
      total: sql<number>`count(*)`,
      succeeded: sql<number>`sum(case when ${webhookDeliveries.status} = 'succeeded' then 1 else 0 end)`,
      failed: sql<number>`sum(case when ${webhookDeliveries.status} = 'failed' then 1 else 0 end)`,
      attempts: sql<number>`sum(${webhookDeliveries.attempts})`,
      meanLatencyMs: sql<number | null>`avg(${webhookDeliveries.latencyMs})`,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), gte(webhookDeliveries.createdAt, from), lt(webhookDeliveries.createdAt, now)))
    .get();
  const queuedHooks = await db
    .select({ queued: sql<number>`count(*)`, oldest: sql<number | null>`min(${webhookDeliveries.createdAt})` })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.status, "pending")))
    .get();
  const hookTotal = Number(hooks?.total ?? 0);
  const hookSucceeded = Number(hooks?.succeeded ?? 0);
  const hookFailed = Number(hooks?.failed ?? 0);

  const feeds = await oldestFeedSyncOf(d1, tenantId);
  const failingFeeds = await db
    .select({ count: sql<number>`count(*)` })
    .from(icalFeeds)
    .where(and(eq(icalFeeds.tenantId, tenantId), isNull(icalFeeds.deletedAt), gte(icalFeeds.consecutiveFailures, 1)))
    .get();

  const paymentsWaiting = await db
    .select({ count: sql<number>`count(*)`, oldest: sql<number | null>`min(${webhookEvents.receivedAt})` })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.tenantId, tenantId), isNull(webhookEvents.processedAt)))
    .get();
  const paymentsFailed = await db
    .select({ count: sql<number>`count(*)` })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.tenantId, tenantId), eq(webhookEvents.outcome, "failed"), gte(webhookEvents.receivedAt, from)))
    .get();
  const outboundWaiting = await db
    .select({ count: sql<number>`count(*)`, oldest: sql<number | null>`min(${messages.createdAt})` })
    .from(messages)
    .where(and(eq(messages.tenantId, tenantId), eq(messages.direction, "out"), sql`${messages.status} IN ('queued', 'sending')`))
    .get();

  return {
    window,
    from: new Date(from).toISOString(),
    to: new Date(now).toISOString(),
    whatsapp: channel("whatsapp"),
    email: channel("email"),
    webhooks: {
      deliveries: hookTotal,
      succeeded: hookSucceeded,
      failed: hookFailed,
      attempts: Number(hooks?.attempts ?? 0),
      successRate: share(hookSucceeded, hookSucceeded + hookFailed),
      meanLatencyMs: hooks?.meanLatencyMs === null || hooks?.meanLatencyMs === undefined ? null : Math.round(Number(hooks.meanLatencyMs)),
      queued: Number(queuedHooks?.queued ?? 0),
      oldestQueuedAgeSeconds: ageSeconds(queuedHooks?.oldest, now),
    },
    calendarSync: { feeds: feeds.feeds, failing: Number(failingFeeds?.count ?? 0), oldestSyncAgeSeconds: feeds.feeds ? ageSeconds(feeds.oldest, now) : null },
    queues: {
      payments: { waiting: Number(paymentsWaiting?.count ?? 0), oldestAgeSeconds: ageSeconds(paymentsWaiting?.oldest, now), deadLetters: Number(paymentsFailed?.count ?? 0) },
      outbound: { waiting: Number(outboundWaiting?.count ?? 0), oldestAgeSeconds: ageSeconds(outboundWaiting?.oldest, now), deadLetters: delivery.channels.reduce((n, c) => n + c.failed, 0) },
      webhooks: { waiting: Number(queuedHooks?.queued ?? 0), oldestAgeSeconds: ageSeconds(queuedHooks?.oldest, now), deadLetters: hookFailed },
    },
  };
}
