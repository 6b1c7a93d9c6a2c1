/**
 * Stays that a guest names by the calendar instead of by dates: weekends, long weekends,
 * Christmas, New Year, Carnival and Easter (NLU.md rules 1–3). Days off come from the
 * Argentine holiday table, so a decree that adds a tourist day changes the answers here too.
 */
import { addDays, dayOfWeek, daysBetween, type IsoDate } from "../domain/dates";
import { daysOff, holidayOn, holidaysBetween } from "../domain/holidays/index";

/** A stay: check-in date and check-out (departure) date. */
export interface Stay {
  checkIn: IsoDate;
  checkOut: IsoDate;
}

const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

// Long weekends are looked up this far ahead; the holiday table ends sooner anyway.
const SEARCH_DAYS = 400;

/** Friday → Sunday of the first weekend whose Friday is after `today` (rule 1). */
export function nextWeekend(today: IsoDate): Stay {
  let friday = addDays(today, 1);
  while (dayOfWeek(friday) !== FRIDAY) friday = addDays(friday, 1);
  return { checkIn: friday, checkOut: addDays(friday, 2) };
}

/** Friday → Sunday of the weekend `date` falls in; a weekday means the weekend right after it. */
export function weekendOf(date: IsoDate): Stay {
  const dow = dayOfWeek(date);
  const friday =
    dow === SATURDAY ? addDays(date, -1) : dow === SUNDAY ? addDays(date, -2) : addDays(date, (FRIDAY - dow + 7) % 7);
  return { checkIn: friday, checkOut: addDays(friday, 2) };
}

/** The run of consecutive days off containing `date`: check-in the day before the first, check-out the last (rule 2). */
function daysOffAround(date: IsoDate): Stay | null {
  if (!daysOff("AR", date)) return null;
  let first = date;
  while (daysOff("AR", addDays(first, -1))) first = addDays(first, -1);
  let last = date;
  while (daysOff("AR", addDays(last, 1))) last = addDays(last, 1);
  return { checkIn: addDays(first, -1), checkOut: last };
}

/** Number of days off in a run built by `daysOffAround`. */
const daysOffIn = (stay: Stay) => daysBetween(stay.checkIn, stay.checkOut);

/**
 * The first long weekend (three or more days off in a row, at least one of them a holiday or
 * tourist day) that has not started yet; with `month`, the first whose first day off is in that month.
 */
export function longWeekend(today: IsoDate, month: number | null): Stay | null {
  for (const holiday of holidaysBetween("AR", today, addDays(today, SEARCH_DAYS))) {
    const stay = daysOffAround(holiday.date);
    if (!stay || daysOffIn(stay) < 3 || stay.checkIn < today) continue;
    if (month !== null && Number(addDays(stay.checkIn, 1).slice(5, 7)) !== month) continue;
    return stay;
  }
  return null;
}

/** The days off around the first holiday accepted by `matches` whose check-in is on or after `today`. */
export function nextHolidayStay(today: IsoDate, matches: (date: IsoDate, name: string) => boolean): Stay | null {
  for (const holiday of holidaysBetween("AR", today, addDays(today, SEARCH_DAYS))) {
    if (!matches(holiday.date, holiday.name)) continue;
    const stay = daysOffAround(holiday.date);
    if (stay && stay.checkIn >= today) return stay;
  }
  return null;
}

/** Christmas, New Year (incl. réveillon) and Carnival, as the days off around them (rule 2). */
export function namedHolidayStay(today: IsoDate, which: "navidad" | "ano_nuevo" | "carnaval"): Stay | null {
  if (which === "carnaval") return nextHolidayStay(today, (_date, name) => /carnaval/i.test(name));
  const monthDay = which === "navidad" ? "-12-25" : "-01-01";
  return nextHolidayStay(today, (date) => date.endsWith(monthDay));
}

/** The days off around a given date if it is a holiday ("el feriado del 9 de julio"), else null. */
export function holidayStayOn(date: IsoDate): Stay | null {
  return holidayOn("AR", date) ? daysOffAround(date) : null;
}

/** Jueves Santo → Domingo de Pascua of the next Easter whose Thursday is not past (rule 3). */
export function semanaSanta(today: IsoDate): Stay {
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const easter = easterSunday(year);
    const thursday = addDays(easter, -3);
    if (thursday >= today) return { checkIn: thursday, checkOut: easter };
  }
}

/** Gregorian Easter Sunday (the anonymous algorithm given by Meeus). */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
