import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { runDueSteps } from "./due-steps";
import { syncReservationSchedules } from "./schedule";

/**
 * Reservations of one tenant changed (or their calendar confirmed them): their steps are planned
 * again, together, and any step already due (the confirmation, a hold reminder for a short hold)
 * goes now rather than at the next sweep. Both halves are idempotent, so the queue may deliver
 * these any number of times.
 */
export async function followReservations(db: Database, env: Env, tenantId: string, reservationIds: string[], options: { justConfirmed?: boolean; now?: number } = {}): Promise<void> {
  const { dueNow } = await syncReservationSchedules(db, tenantId, reservationIds, options);
  for (const reservationId of dueNow) await runDueSteps(db, env, { reservationId, now: options.now });
}

/** The same for one reservation. */
export function followReservation(db: Database, env: Env, event: { tenantId: string; reservationId: string }, options: { justConfirmed?: boolean; now?: number } = {}): Promise<void> {
  return followReservations(db, env, event.tenantId, [event.reservationId], options);
}
