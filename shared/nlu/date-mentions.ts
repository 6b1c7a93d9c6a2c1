/**
 * Every place a normalized message talks about when to stay, in reading order.
 * Calendar phrases (weekends, holidays, month parts) resolve here; day numbers stay raw
 * because their month may come from an earlier mention ("en enero, del 3 al 7").
 */
import { addDays, type IsoDate } from "../domain/dates";
import { dayWithWeekday, nextWeekday, resolveDayMonth, type DayMonth } from "./day-month";
import { countValue, MONTHS, PORTUGUESE_WEEKDAYS, WEEKDAYS } from "./date-words";
import {
  BARE_DATE,
  CARNIVAL,
  CHRISTMAS,
  DATE_GROUPS,
  DAY_AFTER_TOMORROW,
  EASTER,
  END,
  HOLIDAY_OF_DATE,
  LONG_WEEKEND,
  MONTH_ONLY,
  MONTH_PART,
  NEW_YEAR,
  NEXT_HOLIDAY,
  NIGHTS,
  NOT_A_STAY_AFTER,
  NOT_A_STAY_BEFORE,
  RANGE,
  START,
  TODAY,
  TOMORROW,
  VAGUE_PERIOD,
  WEEKDAY,
  WEEKDAY_RANGE,
  WEEKEND,
  WEEKEND_OF_DATE,
} from "./date-patterns";
import { holidayStayOn, longWeekend, namedHolidayStay, nextHolidayStay, nextWeekend, semanaSanta, weekendOf, type Stay } from "./holiday-stays";
import type { Lang } from "./language";
import { monthPartStay } from "./month-parts";

interface Span {
  at: number;
  end: number;
}

/** What one stretch of the message says about the stay. */
export type Mention = Span &
  (
    | { kind: "stay"; stay: Stay | null; month: number | null; relative: boolean }
    | { kind: "month"; month: number }
    | { kind: "range"; from: DayMonth; to: DayMonth }
    | { kind: "start"; date: IsoDate; relative: boolean; correction: boolean }
    | { kind: "start-day"; date: DayMonth; correction: boolean }
    | { kind: "end"; date: DayMonth }
    | { kind: "end-weekday"; weekday: number }
    | { kind: "nights"; nights: number }
  );

/** How the resolver reads a D/M written in this message. */
export interface DateContext {
  today: IsoDate;
  lang: Lang;
}

// Overlapping matches are settled by rank first, then length: "el finde del 12 de diciembre"
// is one weekend, not a weekend plus a date.
const RANK_CALENDAR = 4;
const RANK_CUED = 3;
const RANK_PLAIN = 2;
const RANK_VAGUE = 1;
const RANK_MONTH = 0;

interface Candidate {
  rank: number;
  mention: Mention;
}

// A start after a stay only corrects it when the guest says so ("seria del 9", "mejor desde el 9/1").
const CORRECTION_CUE =
  /\b(?:seria|serian|mejor|en\s+realidad|perdon|sino|ahora|cambiar|cambio|cambia|pasar|pasarla|mover|moverla|correr|adelantar|atrasar|postergar|entrar|ingresar|instead|actually|rather|melhor|na\s+verdade)\b/;

const saysCorrection = (text: string, at: number) => CORRECTION_CUE.test(text.slice(Math.max(0, at - 40), at));

function dayMonthAt(match: RegExpExecArray, first: number, lang: Lang): DayMonth | null {
  const weekday = weekdayNumber(match[first], lang);
  const day = Number(match[first + 1]);
  const numericMonth = match[first + 2];
  const numericYear = match[first + 3];
  const monthName = match[first + 4];
  const namedYear = match[first + 5];
  if (!Number.isFinite(day) || match[first + 1] === undefined) return null;
  const yearText = numericYear ?? namedYear;
  const year = yearText === undefined ? null : Number(yearText.length === 2 ? `20${yearText}` : yearText);
  const month = numericMonth !== undefined ? Number(numericMonth) : monthName !== undefined ? (MONTHS[monthName] ?? null) : null;
  return { day, month, year, numeric: numericMonth !== undefined, weekday };
}

function weekdayNumber(name: string | undefined, lang: Lang): number | null {
  if (name === undefined) return null;
  const spanishOrEnglish = WEEKDAYS[name];
  if (spanishOrEnglish !== undefined) return spanishOrEnglish;
  return lang === "pt" ? (PORTUGUESE_WEEKDAYS[name] ?? null) : null;
}

function isForSomethingElse(text: string, at: number, end: number): boolean {
  return NOT_A_STAY_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || NOT_A_STAY_AFTER.test(text.slice(end, end + 30));
}

/** All date mentions in `text` (normalized and masked), non-overlapping, in reading order. */
export function findDateMentions(text: string, context: DateContext): Mention[] {
  const { today, lang } = context;
  const candidates: Candidate[] = [];
  const scan = (pattern: RegExp, rank: number, build: (m: RegExpExecArray, span: Span) => Mention | null) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const span = { at: m.index, end: m.index + m[0].length };
      const mention = build(m, span);
      if (mention) candidates.push({ rank, mention });
    }
  };
  const stay = (span: Span, value: Stay | null, month: number | null = null, relative = false): Mention => ({
    ...span,
    kind: "stay",
    stay: value,
    month,
    relative,
  });

  scan(RANGE, RANK_CALENDAR, (m, span) => {
    const from = dayMonthAt(m, 1, lang);
    const to = dayMonthAt(m, 1 + DATE_GROUPS, lang);
    return from && to ? { ...span, kind: "range", from, to } : null;
  });
  scan(WEEKDAY_RANGE, RANK_CALENDAR, (m, span) => {
    const from = weekdayNumber(m[1], lang);
    const to = weekdayNumber(m[2], lang);
    if (from === null || to === null) return null;
    const checkIn = nextWeekday(today, from);
    return stay(span, { checkIn, checkOut: nextWeekday(checkIn, to) }, null, true);
  });
  scan(LONG_WEEKEND, RANK_CALENDAR, (m, span) => {
    const month = m[1] === undefined ? null : (MONTHS[m[1]] ?? null);
    return stay(span, longWeekend(today, month), month);
  });
  scan(HOLIDAY_OF_DATE, RANK_CALENDAR, (m, span) => {
    const dm = dayMonthAt(m, 1, lang);
    const date = dm ? resolveDayMonth(dm, today, lang, false) : null;
    return stay(span, date ? holidayStayOn(date) : null, dm?.month ?? null);
  });
  scan(NEXT_HOLIDAY, RANK_CUED, (_m, span) => stay(span, nextHolidayStay(addDays(today, 1), () => true)));
  scan(WEEKEND_OF_DATE, RANK_CALENDAR, (m, span) => {
    const dm = dayMonthAt(m, 1, lang);
    const date = dm ? resolveDayMonth(dm, today, lang, false) : null;
    return stay(span, date ? weekendOf(date) : null, dm?.month ?? null);
  });
  scan(WEEKEND, RANK_CALENDAR, (m, span) => {
    const weekend = nextWeekend(today);
    if (m[1] === undefined) return stay(span, weekend);
    // "el otro finde" is the weekend after the coming one.
    return stay(span, { checkIn: addDays(weekend.checkIn, 7), checkOut: addDays(weekend.checkOut, 7) });
  });
  scan(CHRISTMAS, RANK_CALENDAR, (_m, span) => stay(span, namedHolidayStay(today, "navidad"), 12));
  scan(NEW_YEAR, RANK_CALENDAR, (_m, span) => stay(span, namedHolidayStay(today, "ano_nuevo"), 1));
  scan(CARNIVAL, RANK_CALENDAR, (_m, span) => stay(span, namedHolidayStay(today, "carnaval")));
  scan(EASTER, RANK_CALENDAR, (_m, span) => stay(span, semanaSanta(today)));
  scan(MONTH_PART, RANK_CALENDAR, (m, span) => {
    const month = MONTHS[m[3]!]!;
    return stay(span, monthPartStay(m[1]!, m[2]!, month, today), month);
  });
  scan(VAGUE_PERIOD, RANK_VAGUE, (m, span) => {
    const name = m[1];
    return stay(span, null, name === undefined ? null : (MONTHS[name] ?? null));
  });
  scan(MONTH_ONLY, RANK_MONTH, (m, span) => {
    const name = m[2]!;
    // Without a preposition, English "may" and "march" are verbs far more often than months.
    if (m[1] === undefined && (name === "may" || name === "march")) return null;
    return { ...span, kind: "month", month: MONTHS[name]! };
  });

  scan(START, RANK_CUED, (m, span) => {
    const dm = dayMonthAt(m, 1, lang);
    if (!dm) return null;
    if (dm.month !== null) return startFromDayMonth(dm, span);
    if (dm.weekday !== null) {
      const date = dayWithWeekday(dm.day, dm.weekday, today);
      return date ? { ...span, kind: "start", date, relative: false, correction: saysCorrection(text, span.at) } : null;
    }
    return { ...span, kind: "start-day", date: dm, correction: saysCorrection(text, span.at) };
  });
  scan(END, RANK_CUED, (m, span) => {
    const dm = dayMonthAt(m, 1, lang);
    if (dm) return { ...span, kind: "end", date: dm };
    const weekday = weekdayNumber(m[1 + DATE_GROUPS], lang);
    return weekday === null ? null : { ...span, kind: "end-weekday", weekday };
  });
  scan(BARE_DATE, RANK_PLAIN, (m, span) => {
    const dm = dayMonthAt(m, 1, lang);
    return dm && dm.month !== null ? startFromDayMonth(dm, span) : null;
  });
  scan(NIGHTS, RANK_PLAIN, (m, span) => {
    const unit = m[2] ?? m[3]!;
    const count = m[1] === undefined ? 1 : countValue(m[1]);
    if (!Number.isFinite(count) || count < 1) return null;
    const perUnit = /^(?:semanas?|weeks?)$/.test(unit) ? 7 : /^(?:quincena|quinzena|fortnight)$/.test(unit) ? 15 : 1;
    return { ...span, kind: "nights", nights: count * perUnit };
  });
  scan(DAY_AFTER_TOMORROW, RANK_PLAIN, (_m, span) => relativeStart(span, addDays(today, 2)));
  scan(TOMORROW, RANK_PLAIN, (_m, span) => relativeStart(span, addDays(today, 1)));
  scan(TODAY, RANK_PLAIN, (_m, span) => relativeStart(span, today));
  scan(WEEKDAY, RANK_PLAIN, (m, span) => {
    const weekday = weekdayNumber(m[1], lang);
    return weekday === null ? null : relativeStart(span, nextWeekday(today, weekday));
  });

  return settleOverlaps(candidates);

  function startFromDayMonth(dm: DayMonth, span: Span): Mention {
    const date = resolveDayMonth(dm, today, lang, false);
    // An impossible date ("29/2" in 2027) still speaks about the stay, and leaves it unresolved.
    if (!date) return { ...span, kind: "stay", stay: null, month: dm.month, relative: false };
    return { ...span, kind: "start", date, relative: false, correction: saysCorrection(text, span.at) };
  }

  function relativeStart(span: Span, date: IsoDate): Mention | null {
    if (isForSomethingElse(text, span.at, span.end)) return null;
    return { ...span, kind: "start", date, relative: true, correction: saysCorrection(text, span.at) };
  }
}

function settleOverlaps(candidates: Candidate[]): Mention[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.rank - a.rank ||
      b.mention.end - b.mention.at - (a.mention.end - a.mention.at) ||
      a.mention.at - b.mention.at,
  );
  const kept: Mention[] = [];
  for (const { mention } of ordered) {
    if (kept.some((k) => mention.at < k.end && k.at < mention.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.at - b.at);
}
