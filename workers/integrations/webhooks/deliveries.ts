import { and, desc, eq, lt, lte, sql } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { webhookDeliveries } from "../../platform/db/schema";
import { AppError, notFound } from "../../platform/errors";
import { envelope, PING_EVENT } from "./event-types";
import { enqueueDeliveries, type WebhookQueueEnv } from "./publish-event";
import { getSubscription } from "./subscriptions";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** A subscription's delivery log, newest first, optionally one status; `before` pages back by id. */
export async function listDeliveries(db: Database, tenantId: string, subscriptionId: string, filter: { status?: DeliveryRow["status"]; before?: string; limit?: number } = {}) {
  await getSubscription(db, tenantId, subscriptionId);
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
        filter.before ? lt(webhookDeliveries.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(filter.limit ?? 50)
    .all();
}

export async function getDelivery(db: Database, tenantId: string, id: string): Promise<DeliveryRow> {
  const row = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, id))).get();
  if (!row) throw notFound("Webhook delivery");
  return row;
}

/**
 * Sends a delivery again from the start of its schedule, with the same `webhook-id` (a receiver
 * that kept it recognises the repeat). A delivery still pending is already on its way: 409.
 */
export async function replayDelivery(db: Database, env: WebhookQueueEnv, tenantId: string, id: string, now = Date.now()): Promise<DeliveryRow> {
  const current = await getDelivery(db, tenantId, id);
  const subscription = await getSubscription(db, tenantId, current.subscriptionId);
  if (subscription.status !== "active") throw new AppError(409, "subscription_disabled", "Enable the subscription before replaying its deliveries");
  const row = await db
    .update(webhookDeliveries)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, claimedUntil: null, succeededAt: null })
    .where(and(eq(webhookDeliveries.id, id), sql`${webhookDeliveries.status} <> 'pending'`))
    .returning()
    .get();
  if (!row) throw new AppError(409, "delivery_pending", "This delivery is still being attempted");
  await enqueueDeliveries(env, tenantId, [id]);
  return row;
}

/** Every failed delivery of a subscription, again (at most 1,000 per call); answers how many. */
export async function replayFailedDeliveries(db: Database, env: WebhookQueueEnv, tenantId: string, subscriptionId: string, now = Date.now()): Promise<number> {
  const subscription = await getSubscription(db, tenantId, subscriptionId);
  if (subscription.status !== "active") throw new AppError(409, "subscription_disabled", "Enable the subscription before replaying its deliveries");
  const failed = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.subscriptionId, subscriptionId), eq(webhookDeliveries.status, "failed")))
    .orderBy(webhookDeliveries.id)
    .limit(1000)
    .all();
  const replayed: string[] = [];
  // D1 caps bound parameters per statement, so ids go in slices.
  for (let i = 0; i < failed.length; i += 50) {
    const ids = failed.slice(i, i + 50).map((r) => r.id);
    const rows = await db
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, claimedUntil: null })
      .where(and(eq(webhookDeliveries.tenantId, tenantId), sql`${webhookDeliveries.id} IN (${sql.join(ids.map((v) => sql`${v}`), sql`, `)})`, eq(webhookDeliveries.status, "failed")))
      .returning({ id: webhookDeliveries.id })
      .all();
    replayed.push(...rows.map((r) => r.id));
  }
  for (let i = 0; i < replayed.length; i += 100) await enqueueDeliveries(env, tenantId, replayed.slice(i, i + 100));
  return replayed.length;
}

/** A test event for one subscription: recorded like any delivery, attempted once, right now by the caller. */
export async function createPing(db: Database, tenantId: string, subscriptionId: string, now = Date.now()): Promise<DeliveryRow> {
  const subscription = await getSubscription(db, tenantId, subscriptionId);
  if (subscription.status !== "active") throw new AppError(409, "subscription_disabled", "Enable the subscription before pinging it");
  const id = newId("whd", now);
  return db
    .insert(webhookDeliveries)
    .values({ id, tenantId, subscriptionId, eventType: PING_EVENT, eventKey: `ping:${id}`, payload: envelope(PING_EVENT, { subscriptionId }, now), nextAttemptAt: now, createdAt: now })
    .returning()
    .get();
}

/** Deliveries due for a while whose message never came (a lost send, a worker that died mid-attempt). */
const OVERDUE_MS = 10 * 60_000;

/** The cron's safety net: re-queues overdue pending deliveries, oldest first, 200 a run. */
export async function requeueOverdueDeliveries(db: Database, env: WebhookQueueEnv, now = Date.now()): Promise<number> {
  const overdue = await db
    .select({ id: webhookDeliveries.id, tenantId: webhookDeliveries.tenantId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now - OVERDUE_MS)))
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(200)
    .all();
  const byTenant = new Map<string, typeof overdue>();
  for (const row of overdue) byTenant.set(row.tenantId, [...(byTenant.get(row.tenantId) ?? []), row]);
  for (const [tenantId, rows] of byTenant) {
    for (let i = 0; i < rows.length; i += 100) await enqueueDeliveries(env, tenantId, rows.slice(i, i + 100).map((r) => r.id));
  }
  return overdue.length;
}
