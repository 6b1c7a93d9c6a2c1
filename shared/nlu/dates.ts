/**
 * Check-in and check-out from a guest message, by the date rules of NLU.md.
 *
 * Mentions are read in order and folded into one stay: the last range wins (rule 9), a
 * lone day after a correction cue moves one end ("teniamos del 10 al 14/1, seria del 9"),
 * a night count stretches the start it belongs to (rule 6). Whatever cannot be pinned to
 * real dates leaves both ends null (rule 8).
 */
import { addDays, daysBetween, type IsoDate } from "../domain/dates";
import { ANY_MONTH } from "./date-words";
import { NIGHTS_THAT_ARE_NOT_STAYS } from "./date-patterns";
import { findDateMentions, type DateContext, type Mention } from "./date-mentions";
import { dayWithWeekday, nextDayOfMonth, nextWeekday, resolveDayMonth, type DayMonth } from "./day-month";
import type { Stay } from "./holiday-stays";
import { maskNonDates } from "./number-masks";

export type { DateContext } from "./date-mentions";
export type { Stay } from "./holiday-stays";

/** The stay a message asks about, and whether it rests only on words like "hoy" or "el sabado". */
export interface StayReading {
  stay: Stay | null;
  /** True when the dates come only from "hoy", "mañana" or a weekday name. */
  relative: boolean;
}

const ORDINAL_SUFFIX = /\b(\d{1,2})(?:st|nd|rd|th)\b/g;
const MONTH_FIRST_RANGE = new RegExp(
  `\\b(${ANY_MONTH})\\s+(\\d{1,2})\\s*(-|to|through|thru|till|until)\\s*(\\d{1,2})\\b(?!\\s*(?:\\/|${ANY_MONTH}))`,
  "g",
);
const MONTH_FIRST = new RegExp(`\\b(${ANY_MONTH})\\s+(\\d{1,2})\\b(?!\\s*\\/)`, "g");
// Spellings only English uses: month-first is safe to read even when a message is too short to tell its language.
const ENGLISH_MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december|jan|apr|aug|dec)$/;

/** English writes "jan 5th-8th" and "dec 4"; the rules read day-first, so reorder. */
function dayFirst(text: string, english: boolean): string {
  const reorder = (match: string, month: string, reordered: () => string) =>
    english || ENGLISH_MONTH.test(month) ? reordered() : match;
  return text
    .replace(ORDINAL_SUFFIX, "$1")
    .replace(MONTH_FIRST_RANGE, (m, month: string, from: string, link: string, to: string) =>
      reorder(m, month, () => `${from} ${month} ${link} ${to} ${month}`),
    )
    .replace(MONTH_FIRST, (m, month: string, day: string) => reorder(m, month, () => `${day} ${month}`));
}

function blankNightsThatAreNotStays(text: string): string {
  NIGHTS_THAT_ARE_NOT_STAYS.lastIndex = 0;
  return text.replace(NIGHTS_THAT_ARE_NOT_STAYS, (m) => " ".repeat(m.length));
}

const monthOf = (date: IsoDate) => Number(date.slice(5, 7));
const previousMonth = (month: number) => (month === 1 ? 12 : month - 1);

function resolveRange(from: DayMonth, to: DayMonth, contextMonth: number | null, context: DateContext): Stay | null {
  const toMonth = to.month ?? (from.month === null ? contextMonth : null);
  if (from.month === null && toMonth === null && from.weekday !== null) {
    // "del viernes 4 al lunes 7": the weekday pins the month.
    const checkIn = dayWithWeekday(from.day, from.weekday, context.today);
    const checkOut = checkIn ? nextDayOfMonth(to.day, checkIn) : null;
    return checkIn && checkOut ? { checkIn, checkOut } : null;
  }
  let fromMonth = from.month;
  if (fromMonth === null) {
    if (toMonth === null) return null;
    // "del 30 al 3/1": the first day belongs to the month before.
    fromMonth = from.day > to.day ? previousMonth(toMonth) : toMonth;
  }
  const fromYear = from.year ?? (to.year !== null && fromMonth > (toMonth ?? fromMonth) ? to.year - 1 : to.year);
  const checkIn = resolveDayMonth({ ...from, month: fromMonth, year: fromYear }, context.today, context.lang, false);
  if (!checkIn) return null;
  const checkOut =
    toMonth === null
      ? nextDayOfMonth(to.day, checkIn)
      : resolveDayMonth({ ...to, month: toMonth }, checkIn, context.lang, true);
  return checkOut && checkOut > checkIn ? { checkIn, checkOut } : null;
}

/** Reads check-in and check-out from a normalized message (see `normalize`). */
export function resolveStay(normalized: string, context: DateContext): StayReading {
  // Masking first keeps "february 2 couples" from turning into the 2nd of February.
  const masked = maskNonDates(normalized);
  const prepared = dayFirst(masked, context.lang === "en");
  const mentions = findDateMentions(blankNightsThatAreNotStays(prepared), context);
  return foldMentions(mentions, context);
}

/** A stay of `nights` nights (one when unsaid) from `checkIn`. */
const stayFrom = (checkIn: IsoDate, nights: number | null): Stay => ({ checkIn, checkOut: addDays(checkIn, nights ?? 1) });

function foldMentions(mentions: readonly Mention[], context: DateContext): StayReading {
  let stay: Stay | null = null;
  let relative = false;
  let contextMonth: number | null = null;
  let pendingNights: number | null = null;

  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    switch (mention.kind) {
      case "stay":
        stay = mention.stay;
        relative = mention.relative;
        pendingNights = null;
        contextMonth = mention.month ?? (mention.stay ? monthOf(mention.stay.checkOut) : contextMonth);
        break;
      case "month":
        // "para navidad, en diciembre" names the same month again; any other month replaces the stay with a vague one.
        if (!stay || (monthOf(stay.checkIn) !== mention.month && monthOf(stay.checkOut) !== mention.month)) {
          stay = null;
          relative = false;
        }
        pendingNights = null;
        contextMonth = mention.month;
        break;
      case "range":
        stay = resolveRange(mention.from, mention.to, contextMonth, context);
        relative = false;
        pendingNights = null;
        contextMonth = mention.to.month ?? mention.from.month ?? contextMonth;
        break;
      case "start":
        // A start said as a correction of a stay moves only its check-in (rule 9).
        if (stay && pendingNights === null && mention.correction && mention.date < stay.checkOut) {
          stay = { checkIn: mention.date, checkOut: stay.checkOut };
          relative = relative && mention.relative;
        } else {
          stay = stayFrom(mention.date, pendingNights);
          relative = mention.relative;
          pendingNights = null;
        }
        contextMonth = monthOf(mention.date);
        break;
      case "start-day": {
        const corrected: Stay | null = stay && mention.correction ? correctCheckIn(stay, mention.date.day, context) : null;
        if (corrected) {
          stay = corrected;
        } else if (contextMonth !== null && (stay === null || mention.correction)) {
          // "en enero, desde el 10": the day takes the month said before it.
          const date = resolveDayMonth({ ...mention.date, month: contextMonth }, context.today, context.lang, false);
          if (date) {
            stay = stayFrom(date, pendingNights);
            relative = false;
            pendingNights = null;
          }
        }
        break;
      }
      case "end":
      case "end-weekday": {
        if (!stay) break;
        const checkOut: IsoDate | null =
          mention.kind === "end-weekday"
            ? nextWeekday(stay.checkIn, mention.weekday)
            : mention.date.month === null
              ? nextDayOfMonth(mention.date.day, stay.checkIn)
              : resolveDayMonth(mention.date, stay.checkIn, context.lang, true);
        stay = checkOut ? { checkIn: stay.checkIn, checkOut } : null;
        break;
      }
      case "nights": {
        // "3 noches desde el viernes" waits for its start; "el 10/1 por 3 noches" stretches the one before.
        const next = mentions[index + 1];
        const belongsToNextStart = next !== undefined && (next.kind === "start" || next.kind === "start-day");
        if (stay && !belongsToNextStart) stay = { checkIn: stay.checkIn, checkOut: addDays(stay.checkIn, mention.nights) };
        else pendingNights = mention.nights;
        break;
      }
    }
  }
  return { stay, relative: stay !== null && relative };
}

/** Moves the check-in to day `day` of the stay's months, keeping the check-out; or shifts the whole stay. */
function correctCheckIn(current: Stay, day: number, context: DateContext): Stay | null {
  for (const month of new Set([monthOf(current.checkIn), monthOf(current.checkOut)])) {
    const date = resolveDayMonth({ day, month, year: null, numeric: false, weekday: null }, context.today, context.lang, false);
    if (date && date < current.checkOut) return { checkIn: date, checkOut: current.checkOut };
  }
  const date = resolveDayMonth(
    { day, month: monthOf(current.checkIn), year: null, numeric: false, weekday: null },
    context.today,
    context.lang,
    false,
  );
  if (!date) return null;
  return { checkIn: date, checkOut: addDays(date, daysBetween(current.checkIn, current.checkOut)) };
}
