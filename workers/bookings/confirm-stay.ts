import type { PaymentInput } from "../../durable-objects/calendar/inputs";
import type { PaymentResult } from "../../durable-objects/calendar/results";
import { accommodationOfReservation } from "../../shared/ids";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import type { Reservation } from "./reservations";
import { calendarOf } from "./calendar";

export type RecordedPayment = Extract<PaymentResult, { ok: true }>;

/**
 * The one way a stay gets confirmed: money taken by hand by staff and money fetched from a
 * provider are both recorded by the reservation's calendar object, together with the
 * confirmation they cause, in one transaction. The guest's confirmation leaves through the
 * object's outbox (once, whatever retries happen), so no caller sends it.
 */
export async function recordPayment(env: Env, tenantId: string, reservationId: string, payment: PaymentInput["payment"]): Promise<PaymentResult> {
  const accommodationId = accommodationOfReservation(reservationId);
  if (!accommodationId) return { ok: false, code: "not_found" };
  return calendarOf(env, accommodationId).recordPayment({ tenantId, reservationId, payment });
}

/** Staff recording a payment by hand. At least the deposit confirms; less needs an owner's or admin's override. */
export async function confirmByHand(
  env: Env,
  tenantId: string,
  reservationId: string,
  input: { amount: { amount: number; currency: string }; method: string; reference?: string; recordedBy?: string; override: boolean; paidWhileHeld?: boolean },
): Promise<Reservation> {
  const result = await recordPayment(env, tenantId, reservationId, {
    source: "manual",
    amount: input.amount.amount,
    currency: input.amount.currency,
    method: input.method,
    reference: input.reference,
    recordedBy: input.recordedBy,
    override: input.override,
    paidWhileHeld: input.paidWhileHeld ?? false,
  });
  if (result.ok) return result.reservation;
  switch (result.code) {
    case "not_found":
      throw notFound("Reservation");
    case "currency_mismatch":
      throw new AppError(422, "currency_mismatch", "The payment must be in the reservation's currency");
    case "below_deposit":
      throw new AppError(422, "below_deposit", "A stay is confirmed with at least its deposit; an owner or admin may confirm with less by sending override: true");
    case "expired":
      throw new AppError(409, "expired", "Only a live hold can be confirmed");
    case "not_held":
      throw new AppError(409, "not_held", "Only a live hold can be confirmed");
  }
}
