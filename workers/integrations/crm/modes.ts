import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { alerts, crmConnections } from "../../platform/db/schema";
import type { AlertInput } from "../../alerts/alerts";

export type CrmConnectionRow = typeof crmConnections.$inferSelect;

/** Calls failing in a row (429, 5xx, unreachable) before the adapter stops calling. */
export const DEFER_AFTER_FAILURES = 5;
/** Or failing for this long without a success, however few the calls. */
export const DEFER_AFTER_MS = 10 * 60_000;
/** Waits before each retry while still active: 5 s, 30 s, 2 min, 10 min. */
export const RETRY_DELAYS_SECONDS = [5, 30, 120, 600] as const;
/** Waits before each probe while deferred: 5, 10, 20, 40 minutes, then hourly. */
export const PROBE_DELAYS_MS = [5, 10, 20, 40, 60].map((minutes) => minutes * 60_000);

export const NEEDS_ATTENTION_ALERT = "crm_needs_attention";

export function probeDelayMs(failedProbes: number): number {
  return PROBE_DELAYS_MS[Math.min(failedProbes, PROBE_DELAYS_MS.length - 1)]!;
}

/** A call went through: the streak ends. */
export async function recordCrmSuccess(db: Database, tenantId: string, now: number): Promise<void> {
  await db
    .update(crmConnections)
    .set({ failureStreak: 0, failingSince: null, lastSuccessAt: now, lastError: null, retryAt: null, updatedAt: now })
    .where(and(eq(crmConnections.tenantId, tenantId), eq(crmConnections.mode, "active")));
}

export type FailureVerdict = { kind: "retry"; delaySeconds: number } | { kind: "deferred" } | { kind: "paused" };

/**
 * The provider failed in a way that passes (429, 5xx, network): retry with backoff, or, after
 * DEFER_AFTER_FAILURES in a row or DEFER_AFTER_MS of failing, stop calling (deferred) until a
 * probe finds it back. Changes go on being stored meanwhile.
 */
export async function recordCrmFailure(db: Database, tenantId: string, now: number, error: string): Promise<FailureVerdict> {
  const failing = await db
    .update(crmConnections)
    .set({ failureStreak: sql`${crmConnections.failureStreak} + 1`, failingSince: sql`coalesce(${crmConnections.failingSince}, ${now})`, lastFailureAt: now, lastError: error, updatedAt: now })
    .where(and(eq(crmConnections.tenantId, tenantId), eq(crmConnections.mode, "active")))
    .returning()
    .get();
  if (!failing) return { kind: "paused" };
  if (failing.failureStreak >= DEFER_AFTER_FAILURES || now - (failing.failingSince ?? now) >= DEFER_AFTER_MS) {
    await db
      .update(crmConnections)
      .set({ mode: "deferred", pausedSince: now, nextProbeAt: now + probeDelayMs(0), probeAttempts: 0, retryAt: null, updatedAt: now })
      .where(and(eq(crmConnections.tenantId, tenantId), eq(crmConnections.mode, "active")));
    return { kind: "deferred" };
  }
  const delaySeconds = RETRY_DELAYS_SECONDS[Math.min(failing.failureStreak - 1, RETRY_DELAYS_SECONDS.length - 1)]!;
  await db.update(crmConnections).set({ retryAt: now + delaySeconds * 1000 }).where(eq(crmConnections.tenantId, tenantId));
  return { kind: "retry", delaySeconds };
}

/**
 * HubSpot refused the token (401, 403: revoked, or scopes taken away). Retrying cannot fix it, so
 * it is not deferred: calls stop and changes are stored. Answers the alert for the owner when this
 * call is the one that paused it (raised by the caller: alerts are staff's, not this folder's).
 */
export async function recordCrmTokenRefused(db: Database, tenantId: string, now: number, status: number): Promise<AlertInput | null> {
  const flipped = await db
    .update(crmConnections)
    .set({ mode: "needs_attention", pausedSince: now, lastFailureAt: now, lastError: `HTTP ${status}: token refused`, retryAt: null, nextProbeAt: null, updatedAt: now })
    .where(and(eq(crmConnections.tenantId, tenantId), ne(crmConnections.mode, "needs_attention")))
    .returning()
    .get();
  if (!flipped) return null;
  return {
    kind: NEEDS_ATTENTION_ALERT,
    severity: "critical",
    subjectType: "crm",
    subjectId: flipped.provider,
    message: "HubSpot refused Posada's access token: guests are no longer sent to the CRM. Changes are kept; paste a new private app token in Operations and they go out.",
    params: { provider: "HubSpot", status },
    dedupeKey: `${NEEDS_ATTENTION_ALERT}:${tenantId}:${now}`,
  };
}

/**
 * A probe found the provider answering (`answered`), or the owner pasted a new token: calls start
 * again and the alert is settled.
 */
export async function resumeCrm(db: Database, tenantId: string, now: number, { answered = true } = {}): Promise<boolean> {
  const resumed = await db
    .update(crmConnections)
    .set({ mode: "active", failureStreak: 0, failingSince: null, pausedSince: null, nextProbeAt: null, probeAttempts: 0, retryAt: null, lastError: null, updatedAt: now, ...(answered ? { lastSuccessAt: now } : {}) })
    .where(eq(crmConnections.tenantId, tenantId))
    .returning({ tenantId: crmConnections.tenantId })
    .get();
  await db
    .update(alerts)
    .set({ resolvedAt: now })
    .where(and(eq(alerts.tenantId, tenantId), eq(alerts.kind, NEEDS_ATTENTION_ALERT), isNull(alerts.resolvedAt)));
  return Boolean(resumed);
}
