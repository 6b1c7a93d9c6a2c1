/**
 * Day numbers as guests write them ("5/1", "31 de enero", "el sábado 28") turned into dates
 * by NLU.md rule 4: day first, next occurrence on or after today, impossible dates rejected.
 */
import { addDays, dayOfWeek, isValidDate, type IsoDate } from "../domain/dates";
import type { Lang } from "./language";

/** A day number with whatever month, year and weekday were written next to it. */
export interface DayMonth {
  day: number;
  month: number | null;
  year: number | null;
  /** Written with digits ("1/31"), which English may order month-first. */
  numeric: boolean;
  /** A weekday written with it ("el sábado 28"), which pins a day number that has no month. */
  weekday: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A D/M as a date (rule 4): the next occurrence on or after `after` (strictly after when
 * `strictlyAfter`), or null when the month is unknown or the date does not exist that year.
 */
export function resolveDayMonth(dm: DayMonth, after: IsoDate, lang: Lang, strictlyAfter: boolean): IsoDate | null {
  let { day, month } = dm;
  if (month === null) return null;
  // English may write month-first; it is only read that way when day-first is impossible ("1/31").
  if (lang === "en" && dm.numeric && month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const on = (year: number) => `${year}-${pad(month!)}-${pad(day)}`;
  let candidate: string;
  if (dm.year !== null) {
    candidate = on(dm.year);
  } else {
    const year = Number(after.slice(0, 4));
    candidate = on(year);
    if (strictlyAfter ? candidate <= after : candidate < after) candidate = on(year + 1);
  }
  // Only the year rule 4 picks is tried: "29/2" said in 2026 is February 2027, which has no 29th.
  return isValidDate(candidate) ? candidate : null;
}

/** The first date strictly after `after` whose day of the month is `day`, this month or a later one. */
export function nextDayOfMonth(day: number, after: IsoDate): IsoDate | null {
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7));
  for (let tries = 0; tries < 3; tries++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (date > after && isValidDate(date)) return date;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return null;
}

/** The first date on or after `today` that is day `day` of its month and falls on `weekday` ("el sábado 28"). */
export function dayWithWeekday(day: number, weekday: number, today: IsoDate): IsoDate | null {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let tries = 0; tries < 24; tries++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (date >= today && isValidDate(date) && dayOfWeek(date) === weekday) return date;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return null;
}

/** The first `weekday` (0 = Sunday) strictly after `date` (rule 6: "el sabado" said on a Saturday is next week's). */
export function nextWeekday(date: IsoDate, weekday: number): IsoDate {
  let day = addDays(date, 1);
  while (dayOfWeek(day) !== weekday) day = addDays(day, 1);
  return day;
}
