/**
 * When each step of a reservation is due, as an instant, from the reservation's state, the step's
 * settings and the lodging's time zone. Pure, so the schedule, the console's "next sends" and the
 * load test agree on one answer.
 */
import { addDays, todayIn } from "../domain/dates";
import { instantOf } from "../ical/clock";
import { ianaClock } from "../ical/iana-clock";
import { HOLD_REMINDER_LEAD_MS, STEP_RULES, type StepKind } from "./step-kinds";

export interface StepSettings {
  kind: StepKind;
  offsetDays: number;
  localTime: string | null;
  enabled: boolean;
}

export interface ReservationTiming {
  status: "held" | "confirmed" | "expired" | "cancelled" | "needs_refund";
  checkIn: string;
  checkOut: string;
  expiresAt: number | null;
  totalAmount: number;
  depositAmount: number;
  /** Money received so far (payments less refunds), in the reservation's currency. */
  paidAmount: number;
  /**
   * When the calendar confirmed the stay, as told by its confirmation event; null when this plan
   * was not started by that event and no confirmation row exists (an old stay gets none late).
   */
  confirmedAt: number | null;
}

/** What a step should be for a reservation: due at an instant, or not applicable (and why). */
export type StepPlan = { due: true; dueAt: number } | { due: false; reason: StepSkipReason };
export type StepSkipReason = "step_disabled" | "not_applicable" | "reservation_cancelled" | "reservation_confirmed" | "too_late" | "paid";

/** A step due this long before it was scheduled is not sent late (a stay booked on its day gets no pre-arrival). */
export const LATE_GRACE_MS = 60 * 60_000;

/** The instant of a local date and "HH:MM" in an IANA zone (DST-aware; an unknown zone reads as UTC). */
export function localInstant(date: string, hhmm: string, timeZone: string): number {
  const [hour, minute] = hhmm.split(":").map(Number) as [number, number];
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  const clock = ianaClock(timeZone);
  return clock ? instantOf(clock, wall) : wall;
}

export function planStep(step: StepSettings, reservation: ReservationTiming, timeZone: string, now: number): StepPlan {
  if (!step.enabled) return { due: false, reason: "step_disabled" };
  if (reservation.status === "cancelled" || reservation.status === "expired" || reservation.status === "needs_refund") return { due: false, reason: "reservation_cancelled" };
  const rule = STEP_RULES[step.kind];
  // Sent when a guest's tier goes up, never from a stay's own timeline.
  if (rule.trigger === "tier_upgrade") return { due: false, reason: "not_applicable" };
  if (step.kind === "hold_reminder") {
    if (reservation.status !== "held") return { due: false, reason: "reservation_confirmed" };
    if (reservation.expiresAt === null) return { due: false, reason: "not_applicable" };
    return { due: true, dueAt: reservation.expiresAt - HOLD_REMINDER_LEAD_MS };
  }
  if (reservation.status !== "confirmed") return { due: false, reason: "not_applicable" };
  if (step.kind === "confirmation") {
    if (reservation.confirmedAt === null) return { due: false, reason: "not_applicable" };
    if (reservation.confirmedAt < now - LATE_GRACE_MS) return { due: false, reason: "too_late" };
    // A stay recorded after it ended, or on its last day, needs no "see you soon".
    if (reservation.checkOut <= todayIn(timeZone, new Date(now))) return { due: false, reason: "too_late" };
    return { due: true, dueAt: reservation.confirmedAt };
  }
  if (step.kind === "balance_due" && reservation.paidAmount >= reservation.totalAmount) return { due: false, reason: "paid" };
  const time = step.localTime ?? rule.defaultLocalTime ?? "10:00";
  const day = (() => {
    switch (rule.trigger) {
      case "before_check_in":
        return addDays(reservation.checkIn, -step.offsetDays);
      case "check_in_day":
        return reservation.checkIn;
      case "before_check_out":
        return addDays(reservation.checkOut, -step.offsetDays);
      default:
        return addDays(reservation.checkOut, step.offsetDays);
    }
  })();
  const dueAt = localInstant(day, time, timeZone);
  if (dueAt < now - LATE_GRACE_MS) return { due: false, reason: "too_late" };
  return { due: true, dueAt };
}
