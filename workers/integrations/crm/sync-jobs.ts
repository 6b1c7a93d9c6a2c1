import { and, eq, inArray, sql } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { crmConnections, crmSyncJobs, guests, guestSubjects } from "../../platform/db/schema";
import { enqueueCrmFlush, type CrmQueueEnv } from "./crm-queue";

/** D1 caps bound parameters per statement, so rows go in slices. */
const SLICE = 25;

/**
 * Owes the tenant's CRM the current contact of these guests: one row per guest, so a guest
 * changed many times before the next send is sent once (coalesced), in the order of its first
 * unsent change. Only an active adapter is woken; deferred or needing attention, the rows wait.
 * A tenant without a CRM costs one read.
 */
export async function queueCrmSync(db: Database, env: CrmQueueEnv, tenantId: string, guestIds: readonly string[], now = Date.now()): Promise<number> {
  const ids = [...new Set(guestIds)];
  if (ids.length === 0) return 0;
  const connection = await db.select({ mode: crmConnections.mode }).from(crmConnections).where(eq(crmConnections.tenantId, tenantId)).get();
  if (!connection) return 0;
  for (let i = 0; i < ids.length; i += SLICE) {
    await db
      .insert(crmSyncJobs)
      .values(ids.slice(i, i + SLICE).map((guestId) => ({ id: newId("crj", now), tenantId, guestId, queuedAt: now })))
      .onConflictDoUpdate({
        target: [crmSyncJobs.tenantId, crmSyncJobs.guestId],
        set: {
          revision: sql`${crmSyncJobs.revision} + 1`,
          status: "pending",
          // Still waiting: it keeps its place in the backlog.
          queuedAt: sql`CASE WHEN ${crmSyncJobs.status} = 'pending' THEN ${crmSyncJobs.queuedAt} ELSE excluded.queued_at END`,
        },
      });
  }
  if (connection.mode === "active") await enqueueCrmFlush(env, tenantId);
  return ids.length;
}

/** The guests whose stays these are (the live profile a merged one lives in), then queueCrmSync. */
export async function queueCrmSyncForReservations(db: Database, env: CrmQueueEnv, tenantId: string, reservationIds: readonly string[], now = Date.now()): Promise<number> {
  if (reservationIds.length === 0) return 0;
  const connected = await db.select({ tenantId: crmConnections.tenantId }).from(crmConnections).where(eq(crmConnections.tenantId, tenantId)).get();
  if (!connected) return 0;
  const guestIds = new Set<string>();
  const unique = [...new Set(reservationIds)];
  for (let i = 0; i < unique.length; i += SLICE) {
    const rows = await db
      .select({ guestId: guestSubjects.guestId })
      .from(guestSubjects)
      .where(and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.subjectId, unique.slice(i, i + SLICE))))
      .all();
    for (const row of rows) guestIds.add(await liveProfile(db, tenantId, row.guestId));
  }
  return queueCrmSync(db, env, tenantId, [...guestIds], now);
}

async function liveProfile(db: Database, tenantId: string, guestId: string): Promise<string> {
  let id = guestId;
  for (let hops = 0; hops < 20; hops++) {
    const row = await db.select({ mergedInto: guests.mergedInto }).from(guests).where(and(eq(guests.tenantId, tenantId), eq(guests.id, id))).get();
    if (!row?.mergedInto) return id;
    id = row.mergedInto;
  }
  return id;
}

/** On connecting: every live guest of the tenant is owed; ids are time-sortable, so they leave in the order they were created. */
export async function queueEveryGuest(db: Database, tenantId: string, now = Date.now()): Promise<void> {
  await db.run(sql`
    INSERT INTO ${crmSyncJobs} (id, tenant_id, guest_id, status, revision, queued_at, attempts)
    SELECT 'crj_' || ${guests.id}, ${guests.tenantId}, ${guests.id}, 'pending', 1, ${now}, 0
    FROM ${guests}
    WHERE ${guests.tenantId} = ${tenantId} AND ${guests.mergedInto} IS NULL AND ${guests.anonymisedAt} IS NULL
    ON CONFLICT (tenant_id, guest_id) DO UPDATE SET status = 'pending', revision = ${crmSyncJobs.revision} + 1`);
}
