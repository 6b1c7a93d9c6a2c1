import { addDays, dayOfWeek, isValidDate, type IsoDate } from "../domain/dates";
import { MONTH_PATTERN, MONTHS, NUMBER_WORDS, WEEKDAYS } from "./date-words";
import { longWeekend, namedHoliday, nextWeekend, semanaSanta, weekendOf, type Stay } from "./holiday-stays";

/**
 * Check-in and check-out from a normalized guest message, by the rules of the handbook's NLU.md.
 * Mentions are read in order and the last one that names a stay wins; a lone "del 9" or
 * "hasta el 5/1" after a range corrects one end of it. Anything that cannot be pinned to real
 * dates leaves both ends null.
 */

export interface DateContext {
  today: IsoDate;
  lang: "es" | "pt" | "en";
}

type DayMonth = { day: number; month: number | null; year: number | null };

type Mention =
  | { at: number; end: number; kind: "stay"; stay: Stay | null }
  | { at: number; end: number; kind: "start"; date: DayMonth | IsoDate }
  | { at: number; end: number; kind: "until"; date: DayMonth }
  | { at: number; end: number; kind: "nights"; nights: number };

const DM = `(\\d{1,2})(?:\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{2,4}))?|\\s+(?:de\\s+)?(${MONTH_PATTERN})\\b)?`;
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const WEEKDAY = Object.keys(WEEKDAYS).join("|");

/** Spans that hold numbers but never dates: prices, phones, times, temperatures, counts. */
const NOT_DATES = [
  /(?:\$|usd|u\$s|r\$|ars)\s*[\d.,]+(?:\s*(?:usd|dolares|pesos|reais|lucas|mil|k))?/g,
  /\b\d+(?:[.,]\d+)?\s*(?:lucas|mil|k|usd|dolares|pesos|reais|euros)\b/g,
  /\+?\d[\d\s-]{6,}\d/g,
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|hs|h)\b/g,
  /\b\d{1,2}\s*(?:grados|°)/g,
  /\b\d+\s*(?:autos?|perros?|gatos?|mascotas?|personas?|adultos?|ninos?|nenes?|chicos?|pax|huespedes?|people|guests|adults|kids|pessoas|criancas)\b/g,
];

function maskNonDates(text: string): string {
  let masked = text;
  for (const pattern of NOT_DATES) masked = masked.replace(pattern, (m) => " ".repeat(m.length));
  return masked;
}

function dayMonth(match: RegExpExecArray, offset: number): DayMonth {
  const day = Number(match[offset]);
  const numericMonth = match[offset + 1];
  const named = match[offset + 3];
  const year = match[offset + 2] ? Number(match[offset + 2]!.length === 2 ? `20${match[offset + 2]}` : match[offset + 2]) : null;
  const month = numericMonth ? Number(numericMonth) : named ? MONTHS[named]! : null;
  return { day, month, year };
}

/** D/M → a real date on or after `onOrAfter` (next year when already past), or null if impossible. */
function resolveDay(dm: DayMonth, onOrAfter: IsoDate, lang: DateContext["lang"], strictlyAfter = false): IsoDate | null {
  let { day, month } = dm;
  if (month === null) return null;
  // English writes M/D; NLU.md reads it that way only when the other order is impossible.
  if (lang === "en" && month > 12 && day <= 12) [day, month] = [month, day];
  if (month < 1 || month > 12) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const startYear = dm.year ?? Number(onOrAfter.slice(0, 4));
  for (let year = startYear; year <= startYear + (dm.year ? 0 : 1); year++) {
    const candidate = `${year}-${pad(month)}-${pad(day)}`;
    if (!isValidDate(candidate)) {
      if (dm.year) return null;
      continue;
    }
    if (dm.year || (strictlyAfter ? candidate > onOrAfter : candidate >= onOrAfter)) return candidate;
  }
  return null;
}

const number = (word: string) => (/^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null));

function collectMentions(text: string, context: DateContext): Mention[] {
  const mentions: Mention[] = [];
  const add = (re: RegExp, build: (m: RegExpExecArray) => Mention | null) => {
    for (const m of text.matchAll(new RegExp(re.source, "g"))) {
      const mention = build(m as RegExpExecArray);
      if (mention) mentions.push(mention);
    }
  };
  const span = (m: RegExpExecArray) => ({ at: m.index, end: m.index + m[0].length });
  const { today } = context;

  add(new RegExp(`\\b(?:del?|desde(?: el)?|from(?: the)?|entre(?: el)?)?\\s*${DM}\\s*(?:al|a|hasta(?: el)?|-|to|till|until|ate|y el)\\s*(?:el\\s+)?${DM}`), (m) => {
    const from = dayMonth(m, 1);
    const to = dayMonth(m, 5);
    if (from.month === null) from.month = to.month;
    if (to.month === null) to.month = from.month;
    const checkIn = resolveDay(from, today, context.lang);
    const checkOut = checkIn ? resolveDay(to, checkIn, context.lang, true) : null;
    return { ...span(m), kind: "stay", stay: checkIn && checkOut ? { checkIn, checkOut } : null };
  });
  add(/\b(?:finde|fin de semana|fim de semana|feriado) largo(?: de (\w+))?/, (m) => {
    const month = m[1] ? (MONTHS[m[1]] ?? null) : null;
    return { ...span(m), kind: "stay", stay: longWeekend(today, month) };
  });
  add(new RegExp(`\\b(?:finde|fin de semana|fim de semana|weekend)(?! largo)(?:\\s+que viene)?(?:\\s+(?:del?|of)\\s+${DM})?`), (m) => {
    if (m[1] === undefined) return { ...span(m), kind: "stay", stay: nextWeekend(today) };
    const date = resolveDay(dayMonth(m, 1), today, context.lang);
    return { ...span(m), kind: "stay", stay: date ? weekendOf(date) : null };
  });
  add(/\b(?:navidad|natal|christmas)\b/, (m) => ({ ...span(m), kind: "stay", stay: namedHoliday(today, "navidad") }));
  add(/\b(?:ano nuevo|ano novo|reveillon|new year'?s?)\b/, (m) => ({ ...span(m), kind: "stay", stay: namedHoliday(today, "ano_nuevo") }));
  add(/\b(?:carnaval|carnival)\b/, (m) => ({ ...span(m), kind: "stay", stay: namedHoliday(today, "carnaval") }));
  add(/\b(?:semana santa|pascua|pascoa|easter)\b/, (m) => ({ ...span(m), kind: "stay", stay: semanaSanta(today) }));
  add(new RegExp(`\\b(primera|1ra|1era|first|segunda|2da|second|tercera|3ra|third|cuarta|4ta|fourth|ultima|last) (semana|quincena|week|half) (?:de|of|do|da) (${MONTH_PATTERN})\\b`), (m) => {
    const month = MONTHS[m[3]!]!;
    const ordinal = /^(primera|1ra|1era|first)$/.test(m[1]!) ? 1 : /^(segunda|2da|second)$/.test(m[1]!) ? 2 : /^(tercera|3ra|third)$/.test(m[1]!) ? 3 : /^(cuarta|4ta|fourth)$/.test(m[1]!) ? 4 : -1;
    const first = resolveDay({ day: 1, month, year: null }, `${today.slice(0, 7)}-01`, context.lang);
    if (!first) return null;
    const nextMonth = resolveDay({ day: 1, month: (month % 12) + 1, year: null }, addDays(first, 1), context.lang)!;
    let stay: Stay;
    if (m[2] === "quincena" || m[2] === "half") stay = ordinal === 1 ? { checkIn: first, checkOut: addDays(first, 15) } : { checkIn: addDays(first, 15), checkOut: nextMonth };
    else stay = ordinal === -1 ? { checkIn: addDays(nextMonth, -7), checkOut: nextMonth } : { checkIn: addDays(first, 7 * (ordinal - 1)), checkOut: addDays(first, 7 * ordinal) };
    return { ...span(m), kind: "stay", stay };
  });
  add(new RegExp(`\\b(?:una|uma|a|one|1) (?:semana|week)\\b|\\b${NUM} (?:noches?|nights?|noites?|dias|days)\\b`), (m) => {
    const nights = m[1] === undefined ? 7 : number(m[1]);
    return nights ? { ...span(m), kind: "nights", nights } : null;
  });
  add(new RegExp(`\\b(?:(?:desde|a partir)(?: del?| el)?|from|starting(?: on)?|del?|el|on|para el|for the|o dia|no dia|dia)\\s+${DM}`), (m) => {
    const dm = dayMonth(m, 1);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (dm.month === null) return /\b(?:seria|mejor|sino|ahora)\s*$/.test(before) || /^(?:desde|a partir|from)/.test(m[0]) ? { ...span(m), kind: "start", date: dm } : null;
    return { ...span(m), kind: "start", date: dm };
  });
  add(new RegExp(`\\b(?:hasta|until|till|ate)(?: el| the| o dia)?\\s+${DM}`), (m) => {
    const dm = dayMonth(m, 1);
    return { ...span(m), kind: "until", date: dm };
  });
  add(new RegExp(`\\b(?:el |este |on |next |proximo |na |no |this )?(${WEEKDAY})\\b`), (m) => {
    let date = addDays(today, 1);
    while (dayOfWeek(date) !== WEEKDAYS[m[1]!]) date = addDays(date, 1);
    return { ...span(m), kind: "start", date };
  });
  add(/\b(?:manana|tomorrow|amanha)\b/, (m) => ({ ...span(m), kind: "start", date: addDays(today, 1) }));
  add(/\b(?:hoy|today|tonight|hoje)\b/, (m) => ({ ...span(m), kind: "start", date: today }));
  add(new RegExp(`${DM.replace("(\\d{1,2})(?:", "(\\d{1,2})(?=\\s*/|\\s+(?:de\\s+)?(?:" + MONTH_PATTERN + ")\\b)(?:")}`), (m) => ({ ...span(m), kind: "start", date: dayMonth(m, 1) }));
  add(new RegExp(`\\b(?:en|in|em|para|de|durante)\\s+(${MONTH_PATTERN})\\b`), (m) => ({ ...span(m), kind: "stay", stay: null }));

  // Earlier, longer mentions win; a mention inside another one is part of it.
  mentions.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last && mention.at < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

/** English puts the month first ("dec 4th"); the rules read day-first, so swap it. */
const monthFirst = new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");

export function resolveStay(normalized: string, context: DateContext): Stay | null {
  const text = context.lang === "en" ? normalized.replace(monthFirst, "$2 $1") : normalized;
  const mentions = collectMentions(maskNonDates(text), context);
  let stay: Stay | null = null;
  let start: IsoDate | null = null;
  let nights: number | null = null;
  let sawStayOrStart = false;

  const settle = () => {
    if (start) stay = { checkIn: start, checkOut: addDays(start, nights ?? 1) };
  };

  for (const mention of mentions) {
    if (mention.kind === "stay") {
      stay = mention.stay;
      start = null;
      nights = null;
      sawStayOrStart = true;
    } else if (mention.kind === "nights") {
      nights = mention.nights;
      if (start) settle();
    } else if (mention.kind === "start") {
      const current = stay as Stay | null;
      if (typeof mention.date === "string") {
        start = mention.date;
      } else {
        const month = mention.date.month ?? (current ? Number(current.checkIn.slice(5, 7)) : null);
        start = resolveDay({ ...mention.date, month }, context.today, context.lang);
        // "seria del 9" after a range moves only the check-in.
        if (start && current && mention.date.month === null && start < current.checkOut) {
          stay = { checkIn: start, checkOut: current.checkOut };
          start = null;
          sawStayOrStart = true;
          continue;
        }
      }
      sawStayOrStart = true;
      if (start) settle();
      else stay = null;
    } else if (mention.kind === "until") {
      const current = stay as Stay | null;
      const anchor = current?.checkIn ?? start;
      const month = mention.date.month ?? (anchor ? Number(anchor.slice(5, 7)) : null);
      const checkOut = anchor ? resolveDay({ ...mention.date, month }, anchor, context.lang, true) : null;
      stay = anchor && checkOut ? { checkIn: anchor, checkOut } : null;
      start = null;
      sawStayOrStart = true;
    }
  }
  return sawStayOrStart ? stay : null;
}
