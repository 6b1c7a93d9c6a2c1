import { addDays, dayOfWeek, type IsoDate } from "../domain/dates";
import { daysOff, holidaysBetween } from "../domain/holidays/index";

export interface Stay {
  checkIn: IsoDate;
  checkOut: IsoDate;
}

/** Friday → Sunday of the first weekend whose Friday is after `today` (NLU.md rule 1). */
export function nextWeekend(today: IsoDate): Stay {
  let friday = addDays(today, 1);
  while (dayOfWeek(friday) !== 5) friday = addDays(friday, 1);
  return { checkIn: friday, checkOut: addDays(friday, 2) };
}

/** The Friday → Sunday weekend a date falls in (or the one right after a weekday). */
export function weekendOf(date: IsoDate): Stay {
  const dow = dayOfWeek(date);
  const friday = dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : addDays(date, (5 - dow + 7) % 7);
  return { checkIn: friday, checkOut: addDays(friday, 2) };
}

/**
 * The run of consecutive days off around `date` (rule 2): check-in the day before the first day
 * off, check-out the last day off.
 */
export function daysOffAround(date: IsoDate): Stay | null {
  if (!daysOff("AR", date)) return null;
  let first = date;
  while (daysOff("AR", addDays(first, -1))) first = addDays(first, -1);
  let last = date;
  while (daysOff("AR", addDays(last, 1))) last = addDays(last, 1);
  return { checkIn: addDays(first, -1), checkOut: last };
}

/** The first long weekend (3+ days off with a holiday in it) starting in `month` on or after today, or the next one at all. */
export function longWeekend(today: IsoDate, month: number | null): Stay | null {
  const horizon = addDays(today, 800);
  for (const holiday of holidaysBetween("AR", addDays(today, 1), horizon)) {
    const stay = daysOffAround(holiday.date);
    if (!stay) continue;
    const firstOff = addDays(stay.checkIn, 1);
    const length = Math.round((Date.parse(stay.checkOut) - Date.parse(firstOff)) / 86_400_000) + 1;
    if (length < 3 || firstOff <= today) continue;
    if (month !== null && Number(firstOff.slice(5, 7)) !== month) continue;
    return stay;
  }
  return null;
}

/** The days off around the next holiday named like `pattern` (Carnaval) or on a fixed day (25/12, 1/1). */
export function namedHoliday(today: IsoDate, which: "navidad" | "ano_nuevo" | "carnaval"): Stay | null {
  const year = Number(today.slice(0, 4));
  if (which === "navidad" || which === "ano_nuevo") {
    for (const y of [year, year + 1]) {
      const date = which === "navidad" ? `${y}-12-25` : `${y}-01-01`;
      const stay = daysOffAround(date);
      if (stay && stay.checkOut > today) return stay;
    }
    return null;
  }
  const carnival = holidaysBetween("AR", today, addDays(today, 800)).find((h) => /carnaval/i.test(h.name));
  return carnival ? daysOffAround(carnival.date) : null;
}

/** Jueves Santo → Domingo de Pascua of the next Easter (rule 3). */
export function semanaSanta(today: IsoDate): Stay {
  let year = Number(today.slice(0, 4));
  for (;;) {
    const easter = easterSunday(year);
    if (easter > today) return { checkIn: addDays(easter, -3), checkOut: easter };
    year++;
  }
}

/** Gregorian Easter (the anonymous algorithm in Meeus). */
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
