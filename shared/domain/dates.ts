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

const CHAR_0 = 48;

/** The value of the digit at `i`, or -1 when it is not an ASCII digit. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - CHAR_0;
  return d >= 0 && d <= 9 ? d : -1;
}

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian y-m-d (Howard Hinnant's days_from_civil), integers only. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The day number (days since 1970-01-01) of a valid date, or NaN.
 * Pure integer arithmetic: quoting prices every night of every unit in a search, so no Date or RegExp here.
 * Years before 0100 are refused, as they always were (Date.UTC reads 0–99 as 1900–1999).
 */
function parseDayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN; // "-"
  const y0 = digitAt(date, 0), y1 = digitAt(date, 1), y2 = digitAt(date, 2), y3 = digitAt(date, 3);
  const m0 = digitAt(date, 5), m1 = digitAt(date, 6), d0 = digitAt(date, 8), d1 = digitAt(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return Number.NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return Number.NaN;
  const monthDays = mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1]!;
  if (d > monthDays) return Number.NaN;
  return daysFromCivil(y, mo, d);
}

/** The day number of a date; throws on malformed input because callers must validate first. */
export function dayNumber(date: IsoDate): number {
  const n = parseDayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return n;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Formats a day number back to "YYYY-MM-DD" (Howard Hinnant's civil_from_days; other years via Date, as before). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Outside four-digit years keep the historical formatting (toISOString) rather than invent one.
  if (y < 1000 || y > 9999) return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function dayOfWeekOf(n: number): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps pre-1970 dates positive.
  return (((n + 4) % 7) + 7) % 7;
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
  return dayOfWeekOf(dayNumber(date));
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
