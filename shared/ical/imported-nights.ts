import { parseCalendar, type RawCalendar, type RawEvent } from "./calendar-parser";
import type { ContentLine } from "./content-lines";
import { mergeRanges, type NightRange } from "./night-ranges";
import { occurrenceDays, parseRule } from "./recurrence";
import { epochDay, isoOfEpochDay, parseDuration, parseTimeValue, type Duration, type TimeValue } from "./values";
import { isKnownTimeZone, localDateOf, WINDOWS_ZONES, zonedToEpoch } from "./zoned-time";

export type SkipReason = "no_start" | "bad_date" | "zero_length" | "inverted" | "no_end" | "cancelled" | "superseded" | "bad_rule";

export interface ImportOptions {
  /** The accommodation's IANA zone: floating times mean its wall clock. */
  timeZone: string;
  /** Nights before this (the accommodation's today) are dropped. */
  today: string;
  /** Recurrences are expanded for starts in [today, today + windowMonths). */
  windowMonths?: number;
}

export interface ImportResult {
  ranges: NightRange[];
  /** VEVENTs in the file, before deduplication. */
  eventCount: number;
  /** Events that block nothing and why, so an operator can see what was ignored. */
  skipped: Array<{ uid: string; reason: SkipReason }>;
  /** Events imported on a guess: a TZID nobody knows is read as the accommodation's clock. */
  warnings: Array<{ uid: string; reason: "unknown_timezone" }>;
}

/**
 * The nights an OTA feed blocks, by the rules of the handbook's ICAL.md: one version per UID,
 * CANCELLED blocks nothing, DATE events block [DTSTART, DTEND), DATE-TIME events block every
 * night they touch in the accommodation's zone, RRULEs expand within the window, and the union
 * is merged into maximal ranges.
 */
export function importedNights(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const calendar = parseCalendar(input);
  const skipped: ImportResult["skipped"] = [];
  const warnings: ImportResult["warnings"] = [];
  const windowEnd = addMonths(options.today, options.windowMonths ?? 18);
  const resolver = zoneResolver(calendar, options.timeZone);
  const ranges: NightRange[] = [];

  const winners = latestVersions(calendar.events, skipped);
  // Overridden instances (RECURRENCE-ID) replace their slot in the master's series.
  const overridden = new Map<string, Set<string>>();
  for (const event of winners) {
    const recurrenceId = prop(event, "RECURRENCE-ID");
    if (recurrenceId) {
      const set = overridden.get(uidOf(event)) ?? new Set<string>();
      set.add(recurrenceId.value.trim());
      overridden.set(uidOf(event), set);
    }
  }

  for (const event of winners) {
    const uid = uidOf(event);
    if ((prop(event, "STATUS")?.value.trim().toUpperCase() ?? "") === "CANCELLED") {
      skipped.push({ uid, reason: "cancelled" });
      continue;
    }
    const startLine = prop(event, "DTSTART");
    if (!startLine) {
      skipped.push({ uid, reason: "no_start" });
      continue;
    }
    const start = parseTimeValue(startLine.value, startLine.params);
    if (!start) {
      skipped.push({ uid, reason: "bad_date" });
      continue;
    }
    const endLine = prop(event, "DTEND");
    const end = endLine ? parseTimeValue(endLine.value, endLine.params) : null;
    if (endLine && !end) {
      skipped.push({ uid, reason: "bad_date" });
      continue;
    }
    const durationLine = prop(event, "DURATION");
    const duration = !end && durationLine ? parseDuration(durationLine.value) : null;
    if (start.kind === "date-time" && start.tzid && !resolver.known(start.tzid)) warnings.push({ uid, reason: "unknown_timezone" });

    const ruleLine = prop(event, "RRULE");
    if (!ruleLine) {
      const nights = eventNights(start, end, duration, resolver);
      if (typeof nights === "string") skipped.push({ uid, reason: nights });
      else ranges.push(nights);
      continue;
    }

    const rule = parseRule(ruleLine.value);
    if (!rule) {
      skipped.push({ uid, reason: "bad_rule" });
      continue;
    }
    const first = eventNights(start, end, duration, resolver);
    if (typeof first === "string") {
      skipped.push({ uid, reason: first });
      continue;
    }
    const excluded = exclusions(event, overridden.get(uid), resolver);
    const until = rule.until ? parseTimeValue(rule.until, start.kind === "date-time" && start.tzid ? { TZID: start.tzid } : {}) : null;
    const untilDate = until ? (until.kind === "date" ? until.date : null) : null;
    const untilInstant = until && until.kind === "date-time" ? resolver.instant(until) : null;
    const startDate = start.kind === "date" ? start.date : wallDate(start);
    for (const day of occurrenceDays(rule, startDate, addDays(windowEnd, 2), (d) => withinUntil(d, start, untilDate, untilInstant, resolver))) {
      const occurrenceStart = shiftTo(start, day);
      if (excluded.has(occurrenceKey(occurrenceStart, resolver))) continue;
      const occurrenceEnd = end ? shiftBy(end, epochDay(day) - epochDay(startDate)) : null;
      const nights = eventNights(occurrenceStart, occurrenceEnd, duration, resolver);
      if (typeof nights === "string") continue;
      const localStart = localDateOfValue(occurrenceStart, resolver);
      if (localStart < options.today || localStart >= windowEnd) continue;
      ranges.push(nights);
    }
  }

  const current = ranges
    .map((r) => ({ start: r.start < options.today ? options.today : r.start, end: r.end }))
    .filter((r) => r.start < r.end);
  return { ranges: mergeRanges(current), eventCount: calendar.events.length, skipped, warnings };
}

const prop = (event: RawEvent, name: string): ContentLine | undefined => event.props.get(name)?.[0];
const uidOf = (event: RawEvent) => prop(event, "UID")?.value.trim() || `(no uid #${event.index + 1})`;

/** Highest SEQUENCE wins; then the later DTSTAMP; then the later one in the file. */
function latestVersions(events: RawEvent[], skipped: ImportResult["skipped"]): RawEvent[] {
  const best = new Map<string, RawEvent>();
  for (const event of events) {
    const key = `${uidOf(event)}|${prop(event, "RECURRENCE-ID")?.value.trim() ?? ""}`;
    const current = best.get(key);
    if (!current || !isNewer(current, event)) {
      if (current) skipped.push({ uid: uidOf(current), reason: "superseded" });
      best.set(key, event);
    } else {
      skipped.push({ uid: uidOf(event), reason: "superseded" });
    }
  }
  return [...best.values()].sort((a, b) => a.index - b.index);
}

/** True when `kept` should stay over `challenger` (which comes later in the file). */
function isNewer(kept: RawEvent, challenger: RawEvent): boolean {
  const sequence = (e: RawEvent) => Number.parseInt(prop(e, "SEQUENCE")?.value.trim() ?? "0", 10) || 0;
  if (sequence(kept) !== sequence(challenger)) return sequence(kept) > sequence(challenger);
  const stamp = (e: RawEvent) => normalizeStamp(prop(e, "DTSTAMP")?.value ?? "");
  if (stamp(kept) !== stamp(challenger)) return stamp(kept) > stamp(challenger);
  return false;
}

/** DTSTAMP is UTC by the RFC; comparing the digits orders it (a missing one sorts first). */
const normalizeStamp = (value: string) => value.trim().toUpperCase().replace(/Z$/, "").padEnd(15, "0");

interface ZoneResolver {
  known(tzid: string): boolean;
  /** The instant of a DATE-TIME value (UTC, TZID or floating). */
  instant(value: Extract<TimeValue, { kind: "date-time" }>): number;
  /** The accommodation-local date of a DATE-TIME value. */
  localDate(value: Extract<TimeValue, { kind: "date-time" }>): string;
}

function zoneResolver(calendar: RawCalendar, accommodationZone: string): ZoneResolver {
  const cache = new Map<string, { zone: string } | { offsetMinutes: number } | null>();
  const resolve = (tzid: string) => {
    if (cache.has(tzid)) return cache.get(tzid)!;
    const cleaned = tzid.replace(/^\/+/, "").replace(/^"|"$/g, "");
    const vtimezone = calendar.timezones.get(tzid);
    const candidates = [cleaned, WINDOWS_ZONES[cleaned], vtimezone?.location ?? undefined].filter((z): z is string => Boolean(z));
    let resolved: { zone: string } | { offsetMinutes: number } | null = null;
    for (const candidate of candidates) {
      if (isKnownTimeZone(candidate)) {
        resolved = { zone: candidate };
        break;
      }
    }
    if (!resolved && vtimezone?.standardOffsetMinutes !== null && vtimezone?.standardOffsetMinutes !== undefined) resolved = { offsetMinutes: vtimezone.standardOffsetMinutes };
    cache.set(tzid, resolved);
    return resolved;
  };
  const naiveUtc = (v: Extract<TimeValue, { kind: "date-time" }>) => Date.UTC(v.wall.year, v.wall.month - 1, v.wall.day, v.wall.hour, v.wall.minute, v.wall.second);
  const sameZoneAsAccommodation = (v: Extract<TimeValue, { kind: "date-time" }>) => {
    if (v.utc) return false;
    if (!v.tzid) return true;
    const zone = resolve(v.tzid);
    // An unknown zone is read as floating: the accommodation's own wall clock.
    return zone === null || ("zone" in zone && zone.zone === accommodationZone);
  };
  const instant = (v: Extract<TimeValue, { kind: "date-time" }>) => {
    if (v.utc) return naiveUtc(v);
    const zone = v.tzid ? resolve(v.tzid) : null;
    if (zone && "offsetMinutes" in zone) return naiveUtc(v) - zone.offsetMinutes * 60_000;
    return zonedToEpoch(v.wall, zone && "zone" in zone ? zone.zone : accommodationZone);
  };
  return {
    known: (tzid) => resolve(tzid) !== null,
    instant,
    localDate: (v) => (sameZoneAsAccommodation(v) ? wallDate(v) : localDateOf(instant(v), accommodationZone)),
  };
}

function wallDate(v: Extract<TimeValue, { kind: "date-time" }>): string {
  return `${String(v.wall.year).padStart(4, "0")}-${String(v.wall.month).padStart(2, "0")}-${String(v.wall.day).padStart(2, "0")}`;
}

const localDateOfValue = (v: TimeValue, resolver: ZoneResolver) => (v.kind === "date" ? v.date : resolver.localDate(v));

/** Orders two DATE-TIME values; values in the accommodation's own wall clock compare without Intl. */
function compareInstants(a: Extract<TimeValue, { kind: "date-time" }>, b: Extract<TimeValue, { kind: "date-time" }>, resolver: ZoneResolver): number {
  return resolver.instant(a) - resolver.instant(b);
}

/** The nights one (non-recurring or expanded) event blocks, or why it blocks none. */
function eventNights(start: TimeValue, end: TimeValue | null, duration: Duration | null, resolver: ZoneResolver): NightRange | SkipReason {
  if (start.kind === "date") {
    let endDate: string;
    if (end) endDate = end.kind === "date" ? end.date : resolver.localDate(end);
    else if (duration) endDate = addDays(start.date, duration.days + Math.floor(duration.ms / 86_400_000));
    else endDate = addDays(start.date, 1);
    if (endDate === start.date) return "zero_length";
    if (endDate < start.date) return "inverted";
    return { start: start.date, end: endDate };
  }
  let endValue: Extract<TimeValue, { kind: "date-time" }>;
  if (end && end.kind === "date-time") endValue = end;
  // A DATE end on a DATE-TIME start: midnight of that day, on the start's clock.
  else if (end && end.kind === "date") endValue = { kind: "date-time", wall: wallOfDate(end.date), utc: start.utc, tzid: start.tzid };
  else if (duration) endValue = addDuration(start, duration, resolver);
  else return "no_end";
  const order = compareInstants(endValue, start, resolver);
  if (order === 0) return "zero_length";
  if (order < 0) return "inverted";
  const s = resolver.localDate(start);
  const e = resolver.localDate(endValue);
  return e > s ? { start: s, end: e } : { start: s, end: addDays(s, 1) };
}

function wallOfDate(date: string) {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), hour: 0, minute: 0, second: 0 };
}

/** DURATION in days is nominal (wall clock), in hours exact (RFC 5545 §3.3.6). */
function addDuration(start: Extract<TimeValue, { kind: "date-time" }>, duration: Duration, resolver: ZoneResolver): Extract<TimeValue, { kind: "date-time" }> {
  const shifted = shiftBy(start, duration.days) as Extract<TimeValue, { kind: "date-time" }>;
  if (duration.ms === 0) return shifted;
  const at = resolver.instant(shifted) + duration.ms;
  const iso = new Date(at).toISOString();
  return { kind: "date-time", utc: true, tzid: null, wall: { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), hour: Number(iso.slice(11, 13)), minute: Number(iso.slice(14, 16)), second: Number(iso.slice(17, 19)) } };
}

function shiftBy(value: TimeValue, days: number): TimeValue {
  if (days === 0) return value;
  if (value.kind === "date") return { kind: "date", date: addDays(value.date, days) };
  const date = addDays(wallDate(value), days);
  return { ...value, wall: { ...value.wall, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) } };
}

function shiftTo(value: TimeValue, day: string): TimeValue {
  const from = value.kind === "date" ? value.date : wallDate(value);
  return shiftBy(value, epochDay(day) - epochDay(from));
}

function withinUntil(day: string, start: TimeValue, untilDate: string | null, untilInstant: number | null, resolver: ZoneResolver): boolean {
  if (untilDate !== null) return day <= untilDate;
  if (untilInstant === null) return true;
  const occurrence = shiftTo(start, day);
  if (occurrence.kind === "date") return Date.parse(`${day}T00:00:00Z`) <= untilInstant;
  return resolver.instant(occurrence) <= untilInstant;
}

/** EXDATEs and overridden RECURRENCE-IDs, keyed the way occurrenceKey keys an occurrence. */
function exclusions(event: RawEvent, overrides: Set<string> | undefined, resolver: ZoneResolver): Set<string> {
  const keys = new Set<string>();
  const add = (raw: string, params: Record<string, string>) => {
    for (const piece of raw.split(",")) {
      const value = parseTimeValue(piece, params);
      if (value) keys.add(occurrenceKey(value, resolver));
    }
  };
  for (const line of event.props.get("EXDATE") ?? []) add(line.value, line.params);
  const startParams = prop(event, "DTSTART")?.params ?? {};
  for (const raw of overrides ?? []) add(raw, startParams);
  return keys;
}

const occurrenceKey = (value: TimeValue, resolver: ZoneResolver) => (value.kind === "date" ? `d:${value.date}` : `t:${resolver.instant(value)}`);

function addDays(date: string, days: number): string {
  return isoOfEpochDay(epochDay(date) + days);
}

function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const index = Number(date.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(year + Math.floor(index / 12), index % 12, 1));
  const length = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), length);
  return `${target.toISOString().slice(0, 8)}${String(day).padStart(2, "0")}`;
}
