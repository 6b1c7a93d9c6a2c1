/**
 * The nights an OTA feed blocks, by ICAL.md: one version per UID, CANCELLED blocks nothing,
 * DATE events block [DTSTART, DTEND), DATE-TIME events every night they touch in the
 * accommodation's zone, series expand within [today, today + windowMonths), and the union
 * is merged into maximal ranges from today on (and before today + horizonDays when given). Feeds past the caps of
 * limits.ts throw FeedTooLargeError before any large amount of work is done.
 */
import { isValidDate, type IsoDate } from "../domain/dates";
import { addMonths, shiftDate } from "./day-numbers";
import { eventLengthOf, occurrenceNights, type EventProblem, type TimeContext } from "./event-nights";
import { ianaClock } from "./iana-clock";
import type { ContentLine } from "./lines";
import { addSlots, emptySlots, isRecurring, occurrenceStarts, type Slots } from "./occurrences";
import { parseCalendar, propertiesOf, propertyOf, type VEvent } from "./parse";
import { FeedTooLargeError, MAX_FEED_EVENTS, MAX_FEED_OCCURRENCES, MAX_IMPORTED_RANGES } from "./limits";
import { mergeRanges, rangesFrom, rangesWithin, type NightRange } from "./ranges";
import { createClockResolver } from "./tzid";
import { parseTimeValue, type TimeValue } from "./values";
import { latestVersions } from "./versions";

export interface ImportOptions {
  /** The accommodation's IANA zone: floating times are its wall clock, and every night is its date. */
  timeZone: string;
  /** The accommodation's today: earlier nights are dropped, and series expand from here. */
  today: IsoDate;
  /** Series expand for occurrences starting in [today, today + windowMonths). Default 18. */
  windowMonths?: number;
  /**
   * Nights on or after today + horizonDays are dropped, one-off events' included. Unset, a one-off
   * event blocks however far ahead it lies; the Worker passes IMPORT_HORIZON_DAYS (550).
   */
  horizonDays?: number;
}

export type SkipReason = "cancelled" | "no_start" | EventProblem;

/** An event that blocks nothing, and why, so staff can see what a feed's import ignored. */
export interface SkippedEvent {
  uid: string;
  reason: SkipReason;
}

/** An event imported on a guess or only in part. */
export interface ImportWarning {
  uid: string;
  reason: "unknown_timezone" | "unsupported_rrule";
  detail: string;
}

export interface ImportResult {
  /** Blocked nights as maximal half-open ranges, sorted, none before today or past the horizon. */
  ranges: NightRange[];
  /** VEVENTs in the feed, duplicates included: an empty feed answers 0. */
  eventCount: number;
  skipped: SkippedEvent[];
  warnings: ImportWarning[];
  /** Malformed lines and components the parser read around. */
  problems: string[];
}

const DEFAULT_WINDOW_MONTHS = 18;

/**
 * Imports a feed; throws NotICalendarError when it is not iCalendar, FeedTooLargeError past the
 * caps of limits.ts, RangeError on bad options.
 */
export function importedRanges(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const windowMonths = options.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const horizonDays = options.horizonDays;
  if (!isValidDate(options.today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(options.today)}`);
  if (!Number.isInteger(windowMonths) || windowMonths < 1) throw new RangeError(`windowMonths must be a positive integer, got ${windowMonths}`);
  if (horizonDays !== undefined && (!Number.isInteger(horizonDays) || horizonDays < 1)) throw new RangeError(`horizonDays must be a positive integer, got ${horizonDays}`);
  const accommodation = ianaClock(options.timeZone);
  if (!accommodation) throw new RangeError(`Unknown time zone: ${JSON.stringify(options.timeZone)}`);

  const calendar = parseCalendar(input);
  if (calendar.events.length > MAX_FEED_EVENTS) throw new FeedTooLargeError("events", MAX_FEED_EVENTS);
  const context: TimeContext = { resolver: createClockResolver(calendar.timezones, accommodation), accommodation };
  const window = { fromDate: options.today, toDate: addMonths(options.today, windowMonths) };
  const horizon = horizonDays === undefined ? null : shiftDate(options.today, horizonDays);
  const skipped: SkippedEvent[] = [];
  const warnings: ImportWarning[] = [];
  const ranges: NightRange[] = [];
  // Only ranges that reach into [today, horizon) cost anything later, so only those count.
  const keep = (range: NightRange) => {
    if (range.end <= options.today || (horizon !== null && range.start >= horizon)) return;
    if (ranges.length >= MAX_FEED_OCCURRENCES) throw new FeedTooLargeError("occurrences", MAX_FEED_OCCURRENCES);
    ranges.push(range);
  };

  const winners = latestVersions(calendar.events);
  const masters = new Map<string, VEvent>();
  const overrides = new Map<string, ContentLine[]>();
  for (const event of winners) {
    if (event.uid === null) continue;
    const recurrenceId = propertyOf(event, "RECURRENCE-ID");
    if (!recurrenceId) masters.set(event.uid, event);
    else overrides.set(event.uid, [...(overrides.get(event.uid) ?? []), recurrenceId]);
  }

  for (const event of winners) {
    const uid = event.uid ?? `(no UID, event #${event.index + 1})`;
    const recurrenceId = propertyOf(event, "RECURRENCE-ID");
    const master = recurrenceId && event.uid !== null ? masters.get(event.uid) : undefined;
    // A cancelled series takes its overridden instances with it.
    if (isCancelled(event) || (master && isCancelled(master))) {
      skipped.push({ uid, reason: "cancelled" });
      continue;
    }
    const startLine = propertyOf(event, "DTSTART");
    if (!startLine) {
      skipped.push({ uid, reason: "no_start" });
      continue;
    }
    const start = parseTimeValue(startLine.value, startLine.params);
    if (!start) {
      skipped.push({ uid, reason: "invalid_date" });
      continue;
    }
    warnings.push(...unknownZoneWarnings(uid, event, context));
    const length = eventLengthOf(start, propertyOf(event, "DTEND"), propertyOf(event, "DURATION"), context);
    if (typeof length === "string") {
      skipped.push({ uid, reason: length });
      continue;
    }

    if (recurrenceId || !isRecurring(event)) {
      const nights = occurrenceNights(start, length, context);
      if (typeof nights !== "string") keep(nights.range);
      continue;
    }
    const excluded = exclusionsOf(event, start, overrides.get(uid) ?? [], context);
    const series = occurrenceStarts(event, start, excluded, window, context);
    for (const note of series.ruleNotes) warnings.push({ uid, reason: "unsupported_rrule", detail: note });
    for (const occurrence of series.starts) {
      const nights = occurrenceNights(occurrence, length, context);
      if (typeof nights === "string" || nights.localStart < window.fromDate || nights.localStart >= window.toDate) continue;
      keep(nights.range);
    }
  }

  const merged = mergeRanges(horizon === null ? rangesFrom(ranges, options.today) : rangesWithin(ranges, options.today, horizon));
  // Inside a 550-day horizon there are at most 275 separate ranges; without one, a feed can name many more.
  if (merged.length > MAX_IMPORTED_RANGES) throw new FeedTooLargeError("ranges", MAX_IMPORTED_RANGES);
  return { ranges: merged, eventCount: calendar.events.length, skipped, warnings, problems: calendar.problems };
}

function isCancelled(event: VEvent): boolean {
  return propertyOf(event, "STATUS")?.value.trim().toUpperCase() === "CANCELLED";
}

/** EXDATEs plus the slots of the series' overridden instances, which import on their own. */
function exclusionsOf(event: VEvent, start: TimeValue, recurrenceIds: readonly ContentLine[], context: TimeContext): Slots {
  const slots = emptySlots();
  for (const line of [...propertiesOf(event, "EXDATE"), ...recurrenceIds]) addSlots(slots, line, start, context);
  return slots;
}

function unknownZoneWarnings(uid: string, event: VEvent, context: TimeContext): ImportWarning[] {
  const tzids = new Set<string>();
  for (const name of ["DTSTART", "DTEND"]) {
    const tzid = propertyOf(event, name)?.params.TZID?.trim();
    if (tzid) tzids.add(tzid);
  }
  return [...tzids]
    .filter((tzid) => !context.resolver.isKnownTzid(tzid))
    .map((tzid) => ({ uid, reason: "unknown_timezone" as const, detail: `TZID ${JSON.stringify(tzid)} matches no tz database zone, Windows zone name or usable VTIMEZONE; read as the accommodation's local time` }));
}
