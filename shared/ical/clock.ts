/**
 * A clock reads instants as wall-clock time in one zone, and back. Wall-clock readings are
 * "ms as if UTC" (Date.UTC of the fields), so converting is adding or subtracting an offset.
 */
import { isoOfDayNumber, MS_PER_DAY } from "./day-numbers";
import type { IsoDate } from "../domain/dates";

export interface Clock {
  /** Milliseconds east of UTC in force at an instant. */
  offsetAt(instant: number): number;
}

export const UTC_CLOCK: Clock = { offsetAt: () => 0 };

/** The wall-clock reading of an instant. */
export function wallOf(clock: Clock, instant: number): number {
  return instant + clock.offsetAt(instant);
}

/** The calendar date an instant falls on, on this clock. */
export function localDateOf(clock: Clock, instant: number): IsoDate {
  return isoOfDayNumber(Math.floor(wallOf(clock, instant) / MS_PER_DAY));
}

/**
 * The instant of a wall-clock reading. Offsets a day either side bracket any transition near
 * it; a reading that happens twice (clocks going back) means the first, and one skipped by
 * clocks going forward is read on the offset before the gap, both as RFC 5545 §3.3.5 says.
 */
export function instantOf(clock: Clock, wallMs: number): number {
  const before = clock.offsetAt(wallMs - MS_PER_DAY);
  const after = clock.offsetAt(wallMs + MS_PER_DAY);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyExists = clock.offsetAt(early) === before;
  const lateExists = clock.offsetAt(late) === after;
  if (earlyExists && lateExists) return Math.min(early, late);
  if (lateExists && !earlyExists) return late;
  return early;
}
