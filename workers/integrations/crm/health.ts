import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { crmConnections, crmSyncJobs } from "../../platform/db/schema";
import { enqueueCrmFlush, type CrmQueueEnv } from "./crm-queue";
import type { CrmMode } from "./probe";

export interface CrmHealth {
  provider: "hubspot" | null;
  mode: CrmMode;
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  failingSince: number | null;
  /** Since when calls stopped (deferred or needs_attention). */
  pausedSince: number | null;
  failureStreak: number;
  nextProbeAt: number | null;
  lastError: string | null;
  /** Guests whose contact is owed to the CRM. */
  queued: number;
  oldestQueuedAt: number | null;
}

/** A tenant's CRM adapter as operators see it; `off` when no CRM is connected. */
export async function crmHealth(db: Database, tenantId: string): Promise<CrmHealth> {
  const connection = await db.select().from(crmConnections).where(eq(crmConnections.tenantId, tenantId)).get();
  const waiting = connection
    ? await db
        .select({ queued: sql<number>`count(*)`, oldest: sql<number | null>`min(${crmSyncJobs.queuedAt})` })
        .from(crmSyncJobs)
        .where(and(eq(crmSyncJobs.tenantId, tenantId), eq(crmSyncJobs.status, "pending")))
        .get()
    : undefined;
  return {
    provider: connection?.provider ?? null,
    mode: connection?.mode ?? "off",
    lastSuccessAt: connection?.lastSuccessAt ?? null,
    lastFailureAt: connection?.lastFailureAt ?? null,
    failingSince: connection?.failingSince ?? null,
    pausedSince: connection?.pausedSince ?? null,
    failureStreak: connection?.failureStreak ?? 0,
    nextProbeAt: connection?.nextProbeAt ?? null,
    lastError: connection?.lastError ?? null,
    queued: Number(waiting?.queued ?? 0),
    oldestQueuedAt: waiting?.oldest == null ? null : Number(waiting.oldest),
  };
}

/** Across the deployment, for /healthz: CRM adapters deferred because their provider keeps failing. */
export async function deferredCrmCount(db: Database): Promise<number> {
  const row = await db.select({ count: sql<number>`count(*)` }).from(crmConnections).where(eq(crmConnections.mode, "deferred")).get();
  return Number(row?.count ?? 0);
}

/** Pending this long with no flush under way means its queue message was lost. */
const OVERDUE_MS = 10 * 60_000;

/** The cron's safety net: wakes active adapters whose pending contacts wait past OVERDUE_MS (100 tenants a run). */
export async function requeueOverdueCrmSyncs(db: Database, env: CrmQueueEnv, now = Date.now()): Promise<number> {
  const tenants = await db
    .selectDistinct({ tenantId: crmSyncJobs.tenantId })
    .from(crmSyncJobs)
    .innerJoin(crmConnections, eq(crmConnections.tenantId, crmSyncJobs.tenantId))
    .where(
      and(
        eq(crmSyncJobs.status, "pending"),
        lte(crmSyncJobs.queuedAt, now - OVERDUE_MS),
        eq(crmConnections.mode, "active"),
        or(isNull(crmConnections.retryAt), lte(crmConnections.retryAt, now)),
        or(isNull(crmConnections.flushLeaseUntil), lte(crmConnections.flushLeaseUntil, now)),
      ),
    )
    .limit(100)
    .all();
  for (const { tenantId } of tenants) await enqueueCrmFlush(env, tenantId);
  return tenants.length;
}
