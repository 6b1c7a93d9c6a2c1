import { and, eq, lte } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { crmConnections } from "../../platform/db/schema";
import type { Config } from "../../platform/env";
import type { AlertInput } from "../../alerts/alerts";
import { enqueueCrmFlush, type CrmQueueEnv } from "./crm-queue";
import { getCrmConnection, hubspotClient } from "./connection";
import { probeContacts } from "./hubspot-api";
import { probeDelayMs, recordCrmTokenRefused, resumeCrm } from "./modes";

export type CrmMode = "active" | "deferred" | "needs_attention" | "off";
export interface ProbeResult {
  mode: CrmMode;
  /** For the owner, when this probe found the token refused (raised by the caller). */
  alert: AlertInput | null;
}
/** A probe holds the next-probe time this long, so two cron runs do not probe at once. */
const PROBE_CLAIM_MS = 60_000;

/**
 * Asks HubSpot one cheap authenticated question. Answered: the adapter is active again and the
 * stored backlog is flushed (in order, one contact per guest). Token refused: needs attention.
 * Otherwise it stays deferred and the next probe waits longer. `force` (the owner's "retry now")
 * probes whatever the mode and the schedule; the cron probes only deferred adapters that are due.
 */
export async function probeCrm(db: Database, env: CrmQueueEnv, config: Config, tenantId: string, options: { now?: number; force?: boolean } = {}): Promise<ProbeResult> {
  const now = options.now ?? Date.now();
  const connection = options.force
    ? await getCrmConnection(db, tenantId)
    : await db
        .update(crmConnections)
        .set({ nextProbeAt: now + PROBE_CLAIM_MS })
        .where(and(eq(crmConnections.tenantId, tenantId), eq(crmConnections.mode, "deferred"), lte(crmConnections.nextProbeAt, now)))
        .returning()
        .get();
  if (!connection) return { mode: options.force ? "off" : ((await getCrmConnection(db, tenantId))?.mode ?? "off"), alert: null };

  const answer = await probeContacts(await hubspotClient(config, connection));
  if (answer.ok) {
    await resumeCrm(db, tenantId, now);
    await enqueueCrmFlush(env, tenantId);
    return { mode: "active", alert: null };
  }
  if (answer.status === 401 || answer.status === 403) {
    return { mode: "needs_attention", alert: await recordCrmTokenRefused(db, tenantId, now, answer.status) };
  }
  if (connection.mode === "deferred") {
    const failed = connection.probeAttempts + 1;
    await db
      .update(crmConnections)
      .set({ probeAttempts: failed, nextProbeAt: now + probeDelayMs(failed), lastFailureAt: now, lastError: answer.error, updatedAt: now })
      .where(and(eq(crmConnections.tenantId, tenantId), eq(crmConnections.mode, "deferred")));
  } else {
    await db.update(crmConnections).set({ lastFailureAt: now, lastError: answer.error, updatedAt: now }).where(eq(crmConnections.tenantId, tenantId));
  }
  return { mode: connection.mode, alert: null };
}

/** The cron's part: every deferred adapter whose probe is due (50 a run); `onAlert` tells the owner of a refused token. */
export async function probeDueCrms(db: Database, env: CrmQueueEnv, config: Config, now: number, onAlert: (tenantId: string, alert: AlertInput) => Promise<unknown>): Promise<number> {
  const due = await db
    .select({ tenantId: crmConnections.tenantId })
    .from(crmConnections)
    .where(and(eq(crmConnections.mode, "deferred"), lte(crmConnections.nextProbeAt, now)))
    .limit(50)
    .all();
  for (const { tenantId } of due) {
    const { alert } = await probeCrm(db, env, config, tenantId, { now });
    if (alert) await onAlert(tenantId, alert);
  }
  return due.length;
}
