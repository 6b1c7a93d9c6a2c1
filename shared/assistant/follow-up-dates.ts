/**
 * Completes a date follow-up (shared/nlu/follow-ups.ts) with what the dialog already knows:
 * the stay on the table, or the month the guest named a message earlier. Pure date
 * arithmetic on ISO days; "today" is the lodging's.
 */
import { addDays, daysBetween, isValidDate, type IsoDate } from "../domain/dates";
import type { DateFollowUp } from "../nlu/index";

export interface Stay {
  checkIn: IsoDate;
  checkOut: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Day `day` of the month `monthsFrom` months after `anchor`'s month, if it exists. */
function dayAround(anchor: IsoDate, day: number, monthsFrom: number): IsoDate | null {
  let year = Number(anchor.slice(0, 4));
  let month = Number(anchor.slice(5, 7)) + monthsFrom;
  while (month > 12) [month, year] = [month - 12, year + 1];
  while (month < 1) [month, year] = [month + 12, year - 1];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isValidDate(date) ? date : null;
}

/** The date with day-of-month `day` closest to `anchor` (this month, the one before or after). */
function nearestDay(anchor: IsoDate, day: number): IsoDate | null {
  const options = [-1, 0, 1].map((m) => dayAround(anchor, day, m)).filter((d): d is IsoDate => d !== null);
  options.sort((a, b) => Math.abs(daysBetween(anchor, a)) - Math.abs(daysBetween(anchor, b)));
  return options[0] ?? null;
}

/** Day `day` of `month`, on or after today (NLU.md rule 4). */
function nextInMonth(day: number, month: number, today: IsoDate): IsoDate | null {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (isValidDate(date) && date >= today) return date;
  }
  return null;
}

/**
 * The stay a follow-up means, or null when it cannot be completed (no stay and no month to lean
 * on, or dates that do not exist). `month` is a month named earlier ("en enero" → "del 25 al 30").
 */
export function applyFollowUp(followUp: DateFollowUp, context: { stay: Stay | null; month: number | null; today: IsoDate }): Stay | null {
  const { stay, month, today } = context;
  switch (followUp.kind) {
    case "month":
      return null;
    case "shift": {
      if (!stay) return null;
      const shifted = { checkIn: addDays(stay.checkIn, followUp.days), checkOut: addDays(stay.checkOut, followUp.days) };
      return shifted.checkIn >= today ? shifted : null;
    }
    case "days": {
      const checkIn = month !== null ? nextInMonth(followUp.from, month, today) : stay ? nearestDay(stay.checkIn, followUp.from) : null;
      if (!checkIn) return null;
      // "del 28 al 3": the departure day is in the next month.
      const checkOut = [0, 1].map((m) => dayAround(checkIn, followUp.to, m)).find((d) => d !== null && d > checkIn) ?? null;
      return checkOut ? { checkIn, checkOut } : null;
    }
    case "from": {
      if (!stay) return null;
      const checkIn = nearestDay(stay.checkIn, followUp.day);
      if (!checkIn || checkIn < today) return null;
      // "mejor desde el 6" keeps the departure; past it, the stay keeps its length.
      const checkOut = checkIn < stay.checkOut ? stay.checkOut : addDays(checkIn, daysBetween(stay.checkIn, stay.checkOut));
      return { checkIn, checkOut };
    }
    case "until": {
      if (!stay) return null;
      const checkOut = nearestDay(stay.checkOut, followUp.day);
      return checkOut && checkOut > stay.checkIn ? { checkIn: stay.checkIn, checkOut } : null;
    }
  }
}
