import { and, desc, eq, isNull } from "drizzle-orm";
import { newId } from "../../shared/ids";
import type { Database } from "../platform/db/client";
import { alerts } from "../platform/db/schema";
import { notFound } from "../platform/errors";
import { publishLive, type LiveEnv } from "../../durable-objects/live/publish";
import { log } from "../../shared/log";
import { publishEvent, type WebhookQueueEnv } from "../integrations/webhooks/publish-event";

export type AlertRow = typeof alerts.$inferSelect;
export type AlertParams = Record<string, string | number>;

export interface AlertInput {
  kind: string;
  severity: AlertRow["severity"];
  subjectType: string;
  subjectId: string;
  /** The specifics in English, for logs and API clients. */
  message: string;
  /** The same specifics as values, so a console writes them in its reader's language. */
  params?: AlertParams;
  /** Same key, same alert: raising it again (a retry, a redelivery) changes nothing. */
  dedupeKey: string;
}

/** Consoles hear of alerts live; partners subscribed to `alert.raised` too, where the queue is bound (the Worker). */
export type AlertEnv = LiveEnv & Partial<WebhookQueueEnv>;

/** Raises an alert for staff once per dedupe key; answers whether this call created it. */
export async function raiseAlert(db: Database, env: AlertEnv, tenantId: string, input: AlertInput): Promise<boolean> {
  const inserted = await db
    .insert(alerts)
    .values({ id: newId("alr"), tenantId, ...input })
    .onConflictDoNothing({ target: [alerts.tenantId, alerts.dedupeKey] })
    .returning({ id: alerts.id })
    .all();
  const alert = inserted[0];
  if (!alert) return false;
  log("warn", "alert_raised", { tenantId, kind: input.kind, subjectId: input.subjectId });
  await publishLive(env, tenantId, { type: "alert.raised", alertId: alert.id, kind: input.kind });
  if (env.PARTNER_WEBHOOK_QUEUE) {
    const queue = { PARTNER_WEBHOOK_QUEUE: env.PARTNER_WEBHOOK_QUEUE };
    await publishEvent(db, queue, tenantId, "alert.raised", { id: alert.id, kind: input.kind, severity: input.severity, subjectType: input.subjectType, subjectId: input.subjectId, params: input.params ?? {} }, { key: `alert:${alert.id}` }).catch((error: unknown) =>
      log("warn", "alert_webhook_failed", { tenantId, alertId: alert.id, error: String(error) }),
    );
  }
  return true;
}

export async function listAlerts(db: Database, tenantId: string, { includeResolved = false } = {}) {
  const scope = includeResolved ? eq(alerts.tenantId, tenantId) : and(eq(alerts.tenantId, tenantId), isNull(alerts.resolvedAt));
  return db.select().from(alerts).where(scope).orderBy(desc(alerts.createdAt)).limit(200).all();
}

export async function resolveAlert(db: Database, env: LiveEnv, tenantId: string, id: string): Promise<AlertRow> {
  const row = await db
    .update(alerts)
    .set({ resolvedAt: Date.now() })
    .where(and(eq(alerts.tenantId, tenantId), eq(alerts.id, id)))
    .returning()
    .get();
  if (!row) throw notFound("Alert");
  // Every open console drops it, not only the one that resolved it.
  await publishLive(env, tenantId, { type: "alert.resolved", alertId: row.id });
  return row;
}
