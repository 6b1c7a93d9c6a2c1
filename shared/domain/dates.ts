/**
 * Plain calendar dates ("YYYY-MM-DD") with no time of day and no zone.
 *
 * All arithmetic runs on whole UTC day numbers (days since 1970-01-01), never on
 * local Date objects, so a daylight-saving change can neither skip nor repeat a date.
 */
import { z } from "zod";

/** A calendar date written "YYYY-MM-DD"; strings of this shape sort chronologically. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a valid date, or NaN. */
function parseDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / MS_PER_DAY;
}

/** The day number of a date; throws on malformed input because callers must validate first. */
function dayNumber(date: IsoDate): number {
  const n = parseDayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return n;
}

/** Formats a day number back to "YYYY-MM-DD" (years 0000–9999). */
function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `date` is a real calendar date written exactly "YYYY-MM-DD". */
export function isValidDate(date: unknown): date is IsoDate {
  return typeof date === "string" && !Number.isNaN(parseDayNumber(date));
}

/** Zod schema for a real "YYYY-MM-DD" calendar date. */
export const isoDateSchema = z.string().refine(isValidDate, { message: "Expected a real date as YYYY-MM-DD" });

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); for a stay, the number of nights. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Each night of the stay [checkIn, checkOut), as the date the night begins; empty if checkOut <= checkIn. */
export function eachNight(checkIn: IsoDate, checkOut: IsoDate): IsoDate[] {
  const start = dayNumber(checkIn);
  const end = dayNumber(checkOut);
  const nights: IsoDate[] = [];
  for (let n = start; n < end; n++) nights.push(fromDayNumber(n));
  return nights;
}

/** Day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps pre-1970 dates positive.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

// Building an Intl.DateTimeFormat is far costlier than using one, and a Worker asks for
// "today" on every quote, so keep one per time zone for the life of the isolate.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date at instant `now` in an IANA time zone (e.g. "America/Argentina/Buenos_Aires"). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  // formatToParts rather than format(): the locale's separators and order are not ours to rely on.
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}
