/** DATE, DATE-TIME, DURATION and UTC-OFFSET values (RFC 5545 §3.3) as written, before any zone applies. */
import type { IsoDate } from "../domain/dates";
import { dayNumberOf, daysInMonth, isoOfDayNumber, MS_PER_DAY } from "./day-numbers";

export interface DateValue {
  kind: "date";
  date: IsoDate;
}

export interface DateTimeValue {
  kind: "date-time";
  /** The wall-clock reading as milliseconds "as if it were UTC": arithmetic stays integer. */
  wallMs: number;
  /** Written with a trailing Z. */
  utc: boolean;
  /** TZID parameter of a non-UTC value; null means floating. */
  tzid: string | null;
}

export type TimeValue = DateValue | DateTimeValue;

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
// Seconds are optional because a few producers drop them; RFC 5545 always writes them.
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)?$/i;

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `20260510` → DATE, `20260510T160000[Z]` → DATE-TIME; null for anything else. */
export function parseTimeValue(value: string, params: Record<string, string> = {}): TimeValue | null {
  const text = value.trim();
  const date = DATE.exec(text);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return isRealDate(year, month, day) ? { kind: "date", date: `${date[1]}-${date[2]}-${date[3]}` } : null;
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [year, month, day] = [Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])];
  const [hour, minute] = [Number(dateTime[4]), Number(dateTime[5])];
  // A leap second reads as the second before it; 24:00:00 (seen in the wild) as next midnight.
  const second = Math.min(59, Number(dateTime[6] ?? 0));
  const isMidnight24 = hour === 24 && minute === 0 && second === 0;
  if (!isRealDate(year, month, day) || (hour > 23 && !isMidnight24) || minute > 59) return null;
  const utc = dateTime[7] !== undefined;
  const tzid = utc ? null : params.TZID?.trim() || null;
  const wallMs = dayNumberOf(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return { kind: "date-time", wallMs, utc, tzid };
}

/** The wall-clock date of a DATE-TIME value, as written. */
export function wallDateOf(value: DateTimeValue): IsoDate {
  return isoOfDayNumber(Math.floor(value.wallMs / MS_PER_DAY));
}

/**
 * A DURATION split the way RFC 5545 §3.3.6 applies it: weeks and days are nominal (they move
 * the wall clock, so a day across a DST change is still a day), hours to seconds are exact.
 */
export interface Duration {
  days: number;
  ms: number;
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** `P1D`, `PT2H`, `P1W`, `P1DT2H30M`, `-P1D`; null when malformed (including a bare `P` or `PT`). */
export function parseDuration(value: string): Duration | null {
  const text = value.trim();
  const match = DURATION.exec(text);
  if (!match || /P$|T$/i.test(text)) return null;
  const days = Number(match[2] ?? 0) * 7 + Number(match[3] ?? 0);
  const ms = (Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0)) * 1000;
  // 0 - x rather than -x, so a zero part stays +0.
  return match[1] === "-" ? { days: 0 - days, ms: 0 - ms } : { days, ms };
}

/** `+0100`, `-0300`, `+053000` → milliseconds east of UTC. */
export function parseUtcOffset(value: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const ms = ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
  return match[1] === "-" ? -ms : ms;
}
