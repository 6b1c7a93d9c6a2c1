import { getReservation } from "../bookings/reservations";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { sendConfirmation } from "./assistant/confirmation";

/**
 * A calendar object confirmed a stay (a payment taken by hand or from a provider): the guest hears
 * of it in the thread they booked in. Delivery is at least once; the message carries a dedupe key,
 * so a redelivery sends nothing twice.
 */
export async function tellGuestStayConfirmed(db: Database, env: Env, event: { tenantId: string; reservationId: string }): Promise<void> {
  const reservation = await getReservation(db, env, event.tenantId, event.reservationId);
  await sendConfirmation(db, env, reservation);
}
