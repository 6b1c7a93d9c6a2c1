import type { BookingOutcome, RoomState } from "../../shared/quotations/model";
import { accommodationOfReservation } from "../../shared/ids";
import { calendarOf } from "../bookings/calendar";
import { recordPayment } from "../bookings/confirm-stay";
import type { Env } from "../platform/env";

/**
 * Takes the nights of every own unit in the package, all or nothing: each unit's calendar object
 * holds first (the same hold a guest makes, so a night is never sold twice); if any refuses, the
 * ones already held are cancelled and nothing is kept. When all are held, each is confirmed
 * through the one confirmation path, with the group's deposit recorded against it.
 *
 * Idempotent: holds carry a key per quotation and unit, so a retried confirmation (PayU sends its
 * confirmation again until it gets a 200) finds the same reservations instead of making new ones.
 */
export async function takeOwnNights(env: Env, state: RoomState): Promise<BookingOutcome> {
  const lines = (state.composition?.lines ?? []).filter((line) => line.accommodationId);
  const { request } = state;
  const holds = await Promise.all(
    lines.map(async (line) => {
      const accommodationId = line.accommodationId!;
      const result = await calendarOf(env, accommodationId).hold({
        tenantId: state.tenantId,
        accommodationId,
        checkIn: request.checkIn,
        checkOut: request.checkOut,
        guests: Math.max(1, line.sleeps ?? 1),
        guest: { name: `${request.groupName} (${request.contact.name})`.slice(0, 200), ...(request.contact.phone ? { phone: request.contact.phone } : {}), ...(request.contact.email ? { email: request.contact.email } : {}) },
        source: "direct",
        idempotencyKey: `quotation:${state.id}:${accommodationId}`,
      });
      return { accommodationId, result };
    }),
  );
  const refused = holds.find(({ result }) => !result.ok || (result.reservation.status !== "held" && result.reservation.status !== "confirmed"));
  if (refused) {
    await Promise.all(
      holds.map(({ accommodationId, result }) =>
        result.ok && result.reservation.status === "held"
          ? calendarOf(env, accommodationId).cancel({ tenantId: state.tenantId, reservationId: result.reservation.id, reason: "Group quotation: another unit of the package was taken" })
          : null,
      ),
    );
    const code = refused.result.ok ? "dates_unavailable" : refused.result.code;
    return { ok: false, code, accommodationId: refused.accommodationId };
  }
  const payment = state.payments.at(-1);
  const reservationIds: string[] = [];
  for (const { result } of holds) {
    if (!result.ok) continue;
    const reservation = result.reservation;
    reservationIds.push(reservation.id);
    if (reservation.status === "confirmed") continue;
    // The group paid one deposit for the whole package; each unit's stay records its own deposit from it.
    const confirmed = await recordPayment(env, state.tenantId, reservation.id, {
      source: "manual",
      amount: reservation.depositAmount,
      currency: reservation.currency,
      method: "group_quotation",
      reference: payment ? `${state.id}:${payment.provider}:${payment.providerPaymentId}` : state.id,
      override: true,
      paidWhileHeld: true,
    });
    if (!confirmed.ok) return { ok: false, code: confirmed.code, accommodationId: reservation.accommodationId };
  }
  return { ok: true, reservationIds };
}

/**
 * Gives back the nights a cancelled quotation had taken: each own unit's stay is cancelled through
 * its calendar object. Cancelling a stay twice is harmless, so a retry repeats this safely; the
 * group's money is given back by the quotation's own refund, not per stay.
 */
export async function releaseOwnNights(env: Env, tenantId: string, reservationIds: string[]): Promise<boolean> {
  const results = await Promise.all(
    reservationIds.map(async (reservationId) => {
      const accommodationId = accommodationOfReservation(reservationId);
      if (!accommodationId) return true;
      const result = await calendarOf(env, accommodationId).cancel({ tenantId, reservationId, reason: "Group quotation cancelled" });
      return result.ok || result.code === "not_found";
    }),
  );
  return results.every(Boolean);
}
