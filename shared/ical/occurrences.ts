/**
 * Start values of a recurring event near a window: RRULE occurrences (DTSTART first, COUNT
 * counted before anything is removed, UNTIL inclusive) plus RDATEs, minus EXDATEs and the
 * slots that overridden instances (RECURRENCE-ID) took over.
 */
import { dayNumberOfIso, isoOfDayNumber, MS_PER_DAY } from "./day-numbers";
import { instantOfValue, type TimeContext } from "./event-nights";
import type { ContentLine } from "./lines";
import { propertiesOf, type VEvent } from "./parse";
import { expandRecurrence, parseRecurrenceRule } from "./recurrence";
import { parseTimeValue, wallDateOf, type TimeValue } from "./values";

/** Occurrences to leave out: by date (DATE values) or by instant (DATE-TIME values). */
export interface Slots {
  dates: Set<string>;
  instants: Set<number>;
}

export interface OccurrenceStarts {
  starts: TimeValue[];
  /** RRULEs that could not be read or had parts left unapplied, for the import's warnings. */
  ruleNotes: string[];
}

/** Wall-clock dates can sit a day either side of the local date they mean; two is a safe margin. */
const MARGIN_DAYS = 2;

/** True when the event has an RRULE or RDATE, i.e. is a series. */
export function isRecurring(event: VEvent): boolean {
  return event.properties.has("RRULE") || event.properties.has("RDATE");
}

/** An empty set of slots for exclusions. */
export function emptySlots(): Slots {
  return { dates: new Set(), instants: new Set() };
}

/** Adds the slots an EXDATE or RECURRENCE-ID line names, keyed the way `isInSlots` looks them up. */
export function addSlots(slots: Slots, line: ContentLine, start: TimeValue, context: TimeContext) {
  for (const piece of line.value.split(",")) {
    const value = parseTimeValue(piece, line.params);
    if (!value) continue;
    if (value.kind === "date") slots.dates.add(value.date);
    else if (start.kind === "date") slots.dates.add(wallDateOf(value));
    else slots.instants.add(instantOfValue(value, context));
  }
}

function isInSlots(slots: Slots, value: TimeValue, context: TimeContext): boolean {
  if (value.kind === "date") return slots.dates.has(value.date);
  return slots.dates.has(wallDateOf(value)) || (slots.instants.size > 0 && slots.instants.has(instantOfValue(value, context)));
}

/**
 * Occurrence starts of `event` whose wall-clock date lies within a margin of [fromDate,
 * toDate); the caller applies the exact window to each one's local start date.
 */
export function occurrenceStarts(event: VEvent, start: TimeValue, excluded: Slots, window: { fromDate: string; toDate: string }, context: TimeContext): OccurrenceStarts {
  const fromDay = dayNumberOfIso(window.fromDate) - MARGIN_DAYS;
  const toDay = dayNumberOfIso(window.toDate) + MARGIN_DAYS;
  const startWallMs = start.kind === "date" ? dayNumberOfIso(start.date) * MS_PER_DAY : start.wallMs;
  const startDay = Math.floor(startWallMs / MS_PER_DAY);
  const timeOfDay = startWallMs - startDay * MS_PER_DAY;
  const atDay = (day: number): TimeValue => (start.kind === "date" ? { kind: "date", date: isoOfDayNumber(day) } : { ...start, wallMs: day * MS_PER_DAY + timeOfDay });

  const starts = new Map<string, TimeValue>();
  const ruleNotes: string[] = [];
  const keep = (value: TimeValue) => {
    const day = value.kind === "date" ? dayNumberOfIso(value.date) : Math.floor(value.wallMs / MS_PER_DAY);
    if (day < fromDay || day >= toDay || isInSlots(excluded, value, context)) return;
    starts.set(value.kind === "date" ? value.date : `${value.wallMs}|${value.utc}|${value.tzid}`, value);
  };

  for (const line of propertiesOf(event, "RRULE")) {
    const rule = parseRecurrenceRule(line.value);
    if (!rule) {
      ruleNotes.push(`RRULE not supported, only DTSTART imported: ${line.value.trim()}`);
      keep(start);
      continue;
    }
    if (rule.ignoredParts.length > 0) ruleNotes.push(`RRULE parts ignored: ${rule.ignoredParts.join(", ")}`);
    const isAfterUntil = untilTest(rule.until, start, timeOfDay, context);
    for (const day of expandRecurrence(rule, startDay, { fromDay, toDay, isAfterUntil })) keep(atDay(day));
  }
  if (!event.properties.has("RRULE")) keep(start);
  for (const line of propertiesOf(event, "RDATE")) {
    for (const piece of line.value.split(",")) {
      // A PERIOD ("start/end") contributes its start; the length is the master's.
      const value = parseTimeValue(piece.split("/")[0] ?? "", line.params);
      if (value) keep(sameKindAs(start, value));
    }
  }
  return { starts: [...starts.values()], ruleNotes };
}

/** UNTIL is inclusive and read in DTSTART's terms: a date, a UTC instant, or DTSTART's own clock. */
function untilTest(raw: string | null, start: TimeValue, timeOfDay: number, context: TimeContext): (day: number) => boolean {
  const until = raw === null ? null : parseTimeValue(raw);
  if (!until) return () => false;
  if (start.kind === "date" || until.kind === "date") {
    const lastDay = until.kind === "date" ? dayNumberOfIso(until.date) : Math.floor(until.wallMs / MS_PER_DAY);
    return (day) => day > lastDay;
  }
  if (until.utc) return (day) => instantOfValue({ ...start, wallMs: day * MS_PER_DAY + timeOfDay }, context) > until.wallMs;
  return (day) => day * MS_PER_DAY + timeOfDay > until.wallMs;
}

/** An RDATE of the other value type, read as the master's type so the master's length applies. */
function sameKindAs(start: TimeValue, value: TimeValue): TimeValue {
  if (start.kind === "date") return value.kind === "date" ? value : { kind: "date", date: wallDateOf(value) };
  return value.kind === "date-time" ? value : { ...start, wallMs: dayNumberOfIso(value.date) * MS_PER_DAY };
}
