import { and, eq, gt, ne } from "drizzle-orm";
import { log } from "../../../shared/log";
import type { Database } from "../../platform/db/client";
import { reservations } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { cancelReservation, getReservation } from "../../bookings/reservations";

/**
 * A new choice replaces the old hold: a conversation keeps at most one live hold, so one guest
 * (or one anonymous visitor) cannot hold unit after unit. Called once the new hold succeeded,
 * so a guest whose new choice failed keeps the stay they had.
 *
 * Why the read model (reservations.conversation_id, status held) and not an id in the dialog
 * state: the read model is the record of every hold made in the thread, whoever made it, and
 * it survives what the dialog state does not (the 12-hour restart, a stored state from an
 * older shape, a turn whose state was lost with its lease). Turns of one thread run one after
 * another, seconds apart, while the read model follows the calendar object by milliseconds,
 * so the previous turn's hold is there. The dialog state would also need a new field in the
 * conversation object's checked storage schema, which belongs to the object.
 */
export async function releasePreviousHolds(db: Database, env: Env, tenantId: string, conversationId: string, newHoldId: string, now: number): Promise<void> {
  const previous = await db
    .select({ id: reservations.id })
    .from(reservations)
    .where(
      and(
        eq(reservations.tenantId, tenantId),
        eq(reservations.conversationId, conversationId),
        eq(reservations.status, "held"),
        gt(reservations.expiresAt, now),
        ne(reservations.id, newHoldId),
      ),
    )
    .all();
  for (const { id } of previous) await releaseIfStillHeld(env, db, tenantId, id);
}

/**
 * The read model may trail a payment that just confirmed the stay, and the calendar's cancel
 * also cancels confirmed stays; so the object (read-your-writes) is asked first and only a
 * stay it still holds is cancelled. A hold that expired or was cancelled meanwhile is left be.
 */
async function releaseIfStillHeld(env: Env, db: Database, tenantId: string, reservationId: string) {
  try {
    const current = await getReservation(db, env, tenantId, reservationId);
    if (current.status !== "held") return;
    await cancelReservation(env, tenantId, reservationId, "replaced by the guest's new choice");
  } catch (error) {
    // The new hold stands and the guest is told about it; a previous hold that could not be
    // cancelled now (already gone, or the object briefly unreachable) expires on its own.
    log("warn", "previous_hold_not_released", { reservationId, error: error instanceof AppError ? error.code : String(error) });
  }
}
