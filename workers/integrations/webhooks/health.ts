import { and, eq, gte, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { webhookDeliveries, webhookSubscriptions } from "../../platform/db/schema";

/** A partner endpoint counts as failing from this many failed attempts in a row. */
export const FAILING_STREAK = 3;

export interface SubscriptionHealth {
  id: string;
  url: string;
  mode: "active" | "disabled";
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  failingSince: number | null;
  failureStreak: number;
  queued: number;
  oldestQueuedAt: number | null;
}

/** Per subscription of a tenant: last success, failure streak and what is waiting to go. */
export async function subscriptionHealth(db: Database, tenantId: string): Promise<SubscriptionHealth[]> {
  const subscriptions = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.tenantId, tenantId)).all();
  const queued = await db
    .select({ subscriptionId: webhookDeliveries.subscriptionId, queued: sql<number>`count(*)`, oldest: sql<number | null>`min(${webhookDeliveries.createdAt})` })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.status, "pending")))
    .groupBy(webhookDeliveries.subscriptionId)
    .all();
  const waiting = new Map(queued.map((row) => [row.subscriptionId, row]));
  return subscriptions.map((s) => ({
    id: s.id,
    url: s.url,
    mode: s.status,
    lastSuccessAt: s.lastSuccessAt,
    lastFailureAt: s.lastFailureAt,
    failingSince: s.failingSince,
    failureStreak: s.failureStreak,
    queued: Number(waiting.get(s.id)?.queued ?? 0),
    oldestQueuedAt: waiting.get(s.id)?.oldest ?? null,
  }));
}

/** Across the deployment, for /healthz: active subscriptions failing right now. */
export async function failingSubscriptionCount(db: Database): Promise<number> {
  const row = await db
    .select({ count: sql<number>`count(*)` })
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.status, "active"), gte(webhookSubscriptions.failureStreak, FAILING_STREAK)))
    .get();
  return Number(row?.count ?? 0);
}
