import { accommodationOfReservation } from "../../shared/ids";
import type { ReservationSource } from "../../shared/domain/reservation-sources";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { calendarOf } from "./calendar";
import type { Reservation } from "./reservations";

const DAY_MS = 86_400_000;

export interface PastStayInput {
  accommodationId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  guest: { name: string; phone?: string; email?: string };
  source: ReservationSource;
  /** How many days before check-in it was booked. */
  bookedDaysBefore: number;
  /** The deposit paid by hand then, confirming it. */
  paid?: { method: "cash" | "transfer" | "card" | "other"; reference?: string };
  recordedBy: string;
}

/**
 * A stay booked in the past, for the demo tenant of `npm run dev`: the calendar object holds and
 * confirms it exactly as it would have on the day it was booked (its clock set back), so stays
 * already under way or over can be shown. The public API refuses check-ins before today.
 */
export async function recordPastStay(env: Env, tenantId: string, input: PastStayInput): Promise<Reservation> {
  const calendar = calendarOf(env, input.accommodationId);
  const bookedAt = Date.parse(`${input.checkIn}T12:00:00Z`) - input.bookedDaysBefore * DAY_MS;
  const held = await calendar.hold({ ...input, tenantId, now: bookedAt });
  if (!held.ok) throw new AppError(held.code === "not_found" ? 404 : 409, held.code, "The stay could not be held on that day");
  if (!input.paid) return held.reservation;
  if (!accommodationOfReservation(held.reservation.id)) throw notFound("Reservation");
  const confirmed = await calendar.recordPayment({
    tenantId,
    reservationId: held.reservation.id,
    // Paid five minutes into its 30-minute hold, by construction. The hold's expiry lies in the
    // past, so the object's alarm may already have expired it; money paid while held still confirms
    // a stay whose nights nobody else took.
    payment: { source: "manual", amount: held.reservation.depositAmount, currency: held.reservation.currency, method: input.paid.method, reference: input.paid.reference, recordedBy: input.recordedBy, override: false, paidWhileHeld: true },
    now: bookedAt + 5 * 60_000,
  });
  if (!confirmed.ok) throw new AppError(409, confirmed.code, "The stay could not be confirmed on that day");
  return confirmed.reservation;
}
