import type { AmendInput } from "../../durable-objects/calendar/inputs";
import { accommodationOfReservation } from "../../shared/ids";
import type { Env } from "../platform/env";
import { AppError, notFound } from "../platform/errors";
import { calendarOf } from "./calendar";
import type { Reservation } from "./reservations";

export type ReservationChanges = Omit<AmendInput, "tenantId" | "reservationId" | "now">;

/**
 * Edits a reservation in the calendar object that owns it, in one transaction: new dates take their
 * nights and give the old ones back together, or nothing changes (409 dates_unavailable).
 */
export async function amendReservation(env: Env, tenantId: string, reservationId: string, changes: ReservationChanges): Promise<Reservation> {
  const accommodationId = accommodationOfReservation(reservationId);
  if (!accommodationId) throw notFound("Reservation");
  const result = await calendarOf(env, accommodationId).amend({ ...changes, tenantId, reservationId });
  if (result.ok) return result.reservation;
  switch (result.code) {
    case "not_found":
      throw notFound("Reservation");
    case "dates_unavailable":
      throw new AppError(409, "dates_unavailable", "Some of those nights are already taken", { conflicts: result.conflicts });
    case "not_amendable":
      throw new AppError(409, "not_amendable", "Only a held or confirmed reservation can be changed");
    case "currency_mismatch":
      throw new AppError(422, "currency_mismatch", "The price must be in the reservation's currency");
    default:
      throw new AppError(422, result.code, "detail" in result ? result.detail : "The stay cannot be changed that way");
  }
}
