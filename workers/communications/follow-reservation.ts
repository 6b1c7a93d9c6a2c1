import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { runDueSteps } from "./due-steps";
import { syncReservationSchedule } from "./schedule";

/**
 * A reservation changed (or its calendar confirmed it): its steps are planned again and any step
 * already due (the confirmation, a hold reminder for a short hold) goes now rather than at the
 * next sweep. Both halves are idempotent, so the queue may deliver this any number of times.
 */
export async function followReservation(db: Database, env: Env, event: { tenantId: string; reservationId: string }, options: { justConfirmed?: boolean; now?: number } = {}): Promise<void> {
  const { dueNow } = await syncReservationSchedule(db, event.tenantId, event.reservationId, options);
  if (dueNow) await runDueSteps(db, env, { reservationId: event.reservationId, now: options.now });
}
