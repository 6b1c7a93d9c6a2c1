import type { ReceiptResult } from "../../durable-objects/calendar/results";
import { accommodationOfReservation } from "../../shared/ids";
import type { Env } from "../platform/env";
import { calendarOf } from "./calendar";

/**
 * A hold's transfer receipt as its calendar object records it (the object owns every change of a
 * reservation): marked when the guest sends one, extended once, and cleared when staff reject it.
 */
export async function markReceiptReceived(env: Env, tenantId: string, reservationId: string, now?: number): Promise<ReceiptResult> {
  const accommodationId = accommodationOfReservation(reservationId);
  if (!accommodationId) return { ok: false, code: "not_found" };
  return calendarOf(env, accommodationId).markReceiptReceived({ tenantId, reservationId, now });
}

export async function clearReceipt(env: Env, tenantId: string, reservationId: string, now?: number): Promise<ReceiptResult> {
  const accommodationId = accommodationOfReservation(reservationId);
  if (!accommodationId) return { ok: false, code: "not_found" };
  return calendarOf(env, accommodationId).clearReceipt({ tenantId, reservationId, now });
}
