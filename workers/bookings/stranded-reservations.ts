import { and, eq, lt } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { reservations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import { log } from "../platform/log";
import { calendarOf } from "./calendar";

/** Older than any create request can take: the worker that wrote the record is gone. */
const STRANDED_AFTER_MS = 5 * 60_000;
const SWEEP_LIMIT = 200;

/**
 * A reservation record stays `pending` only while its create request asks the calendar for the
 * hold. If that worker died in between, the calendar object knows the truth: the record takes
 * the object's state, or is removed when the hold never happened.
 */
export async function settleStrandedReservations(env: Env, db: Database, now = Date.now()): Promise<{ settled: number; removed: number }> {
  const stranded = await db
    .select({ id: reservations.id, tenantId: reservations.tenantId, accommodationId: reservations.accommodationId })
    .from(reservations)
    .where(and(eq(reservations.status, "pending"), lt(reservations.createdAt, now - STRANDED_AFTER_MS)))
    .limit(SWEEP_LIMIT)
    .all();
  let settled = 0;
  let removed = 0;
  for (const row of stranded) {
    const state = await calendarOf(env, row.accommodationId).stayState({ reservationId: row.id, now });
    const scope = and(eq(reservations.id, row.id), eq(reservations.status, "pending"));
    if (state && (state.status === "held" || state.status === "confirmed" || state.status === "expired" || state.status === "cancelled")) {
      await db.update(reservations).set({ status: state.status, expiresAt: state.status === "held" ? state.expiresAt : null, updatedAt: now }).where(scope);
      settled++;
    } else {
      await db.delete(reservations).where(scope);
      removed++;
    }
  }
  if (stranded.length > 0) log("warn", "stranded_reservations_settled", { settled, removed });
  return { settled, removed };
}
