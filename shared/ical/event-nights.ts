/**
 * The nights one event (or one occurrence of a series) blocks, by ICAL.md:
 * - DATE events block [DTSTART, DTEND); with no DTEND, DTSTART + DURATION, else one night.
 * - DATE-TIME events block every night they touch in the accommodation's zone: with s and e
 *   the local dates of start and end, [s, e) when e > s, the single night s for a same-day
 *   event, and nothing when end ≤ start (zero-length, inverted, or no DTEND and no DURATION).
 */
import type { IsoDate } from "../domain/dates";
import { instantOf, localDateOf, type Clock } from "./clock";
import { daysFromTo, MS_PER_DAY, shiftDate } from "./day-numbers";
import type { ContentLine } from "./lines";
import type { NightRange } from "./ranges";
import type { ClockResolver } from "./tzid";
import { parseDuration, parseTimeValue, type DateTimeValue, type Duration, type TimeValue } from "./values";

/** Why an event blocks nothing (or could not be read). */
export type EventProblem = "invalid_date" | "invalid_duration" | "zero_length" | "inverted" | "no_end";

/**
 * How long every occurrence lasts, fixed by the master: whole nights for DATE events; for
 * DATE-TIME ones the exact span DTEND − DTSTART, or DURATION applied afresh to each start
 * (RFC 5545 §3.8.5.3: exact for DTEND, nominal for DURATION).
 */
export type EventLength = { kind: "nights"; nights: number } | { kind: "exact"; ms: number } | { kind: "nominal"; duration: Duration };

export interface TimeContext {
  resolver: ClockResolver;
  /** The accommodation's clock: floating times and every local date are read on it. */
  accommodation: Clock;
}

/** The instant of a DATE-TIME value on the clock its form (Z, TZID, floating) calls for. */
export function instantOfValue(value: DateTimeValue, context: TimeContext): number {
  return instantOf(context.resolver.clockOf(value), value.wallMs);
}

/** The master's length from DTEND or DURATION, or why the event blocks nothing. */
export function eventLengthOf(start: TimeValue, end: ContentLine | undefined, duration: ContentLine | undefined, context: TimeContext): EventLength | EventProblem {
  const endValue = end ? parseTimeValue(end.value, end.params) : null;
  if (end && !endValue) return "invalid_date";
  const durationValue = !end && duration ? parseDuration(duration.value) : null;
  if (!end && duration && !durationValue) return "invalid_duration";

  if (start.kind === "date") {
    let nights = 1;
    if (endValue) nights = daysFromTo(start.date, endValue.kind === "date" ? endValue.date : localDateOf(context.accommodation, instantOfValue(endValue, context)));
    // A DATE event with a clock-time DURATION still blocks every night it reaches into.
    else if (durationValue) nights = Math.ceil((durationValue.days * MS_PER_DAY + durationValue.ms) / MS_PER_DAY);
    return nights > 0 ? { kind: "nights", nights } : nights === 0 ? "zero_length" : "inverted";
  }

  let length: EventLength;
  if (endValue?.kind === "date-time") length = { kind: "exact", ms: instantOfValue(endValue, context) - instantOfValue(start, context) };
  else if (endValue?.kind === "date") {
    // A DATE end on a DATE-TIME start: that day's midnight, on the start's clock.
    const midnight: DateTimeValue = { ...start, wallMs: Date.parse(`${endValue.date}T00:00:00Z`) };
    length = { kind: "exact", ms: instantOfValue(midnight, context) - instantOfValue(start, context) };
  } else if (durationValue) length = { kind: "nominal", duration: durationValue };
  else return "no_end";

  const nights = occurrenceNights(start, length, context);
  return typeof nights === "string" ? nights : length;
}

/** One occurrence's nights plus the local date it starts on, or why it blocks nothing. */
export function occurrenceNights(start: TimeValue, length: EventLength, context: TimeContext): { range: NightRange; localStart: IsoDate } | EventProblem {
  if (start.kind === "date") {
    const nights = length.kind === "nights" ? length.nights : 1;
    return { range: { start: start.date, end: shiftDate(start.date, nights) }, localStart: start.date };
  }
  const startInstant = instantOfValue(start, context);
  let endInstant: number;
  if (length.kind === "exact") endInstant = startInstant + length.ms;
  else if (length.kind === "nominal") endInstant = instantOfValue({ ...start, wallMs: start.wallMs + length.duration.days * MS_PER_DAY }, context) + length.duration.ms;
  else endInstant = startInstant + length.nights * MS_PER_DAY;
  if (endInstant === startInstant) return "zero_length";
  if (endInstant < startInstant) return "inverted";
  const s = localDateOf(context.accommodation, startInstant);
  const e = localDateOf(context.accommodation, endInstant);
  return { range: { start: s, end: e > s ? e : shiftDate(s, 1) }, localStart: s };
}
