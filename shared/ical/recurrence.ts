import { epochDay, isoOfEpochDay } from "./values";

/**
 * RRULE expansion for the rules OTA and channel-manager calendars use: FREQ DAILY / WEEKLY /
 * MONTHLY / YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (with ordinals in MONTHLY/YEARLY),
 * BYMONTHDAY and BYMONTH. Occurrences are wall-clock dates in the event's own zone; the caller
 * converts them and applies the import window.
 */

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
/** Decades of daily occurrences before the window, and still a stop for runaway rules. */
const MAX_ITERATIONS = 50_000;

export interface Rule {
  freq: "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  interval: number;
  count: number | null;
  /** Raw UNTIL value; the caller decides how it compares with an occurrence. */
  until: string | null;
  byDay: Array<{ ordinal: number; weekday: number }>;
  byMonthDay: number[];
  byMonth: number[];
  weekStart: number;
}

export function parseRule(value: string): Rule | null {
  const parts = new Map<string, string>();
  for (const piece of value.split(";")) {
    const [key, val] = piece.split("=");
    if (key && val !== undefined) parts.set(key.trim().toUpperCase(), val.trim().toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq !== "DAILY" && freq !== "WEEKLY" && freq !== "MONTHLY" && freq !== "YEARLY") return null;
  const byDay: Rule["byDay"] = [];
  for (const spec of (parts.get("BYDAY") ?? "").split(",").filter(Boolean)) {
    const match = spec.match(/^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/);
    if (!match) return null;
    byDay.push({ ordinal: match[1] ? Number(match[1]) : 0, weekday: WEEKDAYS[match[2]!]! });
  }
  const numbers = (key: string) => (parts.get(key) ?? "").split(",").filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n !== 0);
  const interval = Number(parts.get("INTERVAL") ?? 1);
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : null;
  return {
    freq,
    interval: Number.isInteger(interval) && interval > 0 ? interval : 1,
    count: count !== null && Number.isInteger(count) && count > 0 ? count : null,
    until: parts.get("UNTIL") ?? null,
    byDay,
    byMonthDay: numbers("BYMONTHDAY"),
    byMonth: numbers("BYMONTH"),
    weekStart: WEEKDAYS[parts.get("WKST") ?? "MO"] ?? 1,
  };
}

const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

function ymd(day: number) {
  const iso = isoOfEpochDay(day);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), dom: Number(iso.slice(8, 10)) };
}

const dayOf = (year: number, month: number, dom: number) => Math.round(Date.UTC(year, month - 1, dom) / 86_400_000);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthDays(rule: Rule, year: number, month: number, startDom: number): number[] {
  const length = daysInMonth(year, month);
  let doms: number[];
  if (rule.byMonthDay.length > 0) {
    doms = rule.byMonthDay.map((n) => (n > 0 ? n : length + 1 + n)).filter((d) => d >= 1 && d <= length);
  } else if (rule.byDay.length > 0) {
    doms = [];
    for (const { ordinal, weekday } of rule.byDay) {
      const matching: number[] = [];
      for (let d = 1; d <= length; d++) if (weekdayOf(dayOf(year, month, d)) === weekday) matching.push(d);
      if (ordinal === 0) doms.push(...matching);
      else {
        const picked = ordinal > 0 ? matching[ordinal - 1] : matching[matching.length + ordinal];
        if (picked !== undefined) doms.push(picked);
      }
    }
  } else {
    doms = startDom <= length ? [startDom] : [];
  }
  return [...new Set(doms)].sort((a, b) => a - b).map((d) => dayOf(year, month, d));
}

/** Candidate days of one period (a day, week, month or year), in order. */
function* periods(rule: Rule, start: number): Generator<number[]> {
  const { year, month, dom } = ymd(start);
  for (let k = 0; ; k++) {
    switch (rule.freq) {
      case "DAILY":
        yield [start + k * rule.interval];
        break;
      case "WEEKLY": {
        const weekStart = start - ((weekdayOf(start) - rule.weekStart + 7) % 7) + k * 7 * rule.interval;
        const weekdays = rule.byDay.length > 0 ? rule.byDay.map((d) => d.weekday) : [weekdayOf(start)];
        yield [...new Set(weekdays.map((w) => weekStart + ((w - rule.weekStart + 7) % 7)))].sort((a, b) => a - b);
        break;
      }
      case "MONTHLY": {
        const index = month - 1 + k * rule.interval;
        yield monthDays(rule, year + Math.floor(index / 12), (index % 12) + 1, dom);
        break;
      }
      case "YEARLY": {
        const months = rule.byMonth.length > 0 ? [...rule.byMonth].sort((a, b) => a - b) : [month];
        yield months.flatMap((m) => monthDays(rule, year + k * rule.interval, m, dom));
        break;
      }
    }
  }
}

/**
 * Start days of a recurring event, DTSTART first (it always counts, RFC 5545 §3.3.10), up to
 * `lastDay`. `withinUntil` says whether a day's occurrence is not after UNTIL (inclusive).
 */
export function occurrenceDays(rule: Rule, startIso: string, lastIso: string, withinUntil: (day: string) => boolean): string[] {
  const start = epochDay(startIso);
  const last = epochDay(lastIso);
  const days: string[] = [startIso];
  let generated = 1;
  let iterations = 0;
  const matchesFilters = (day: number) => {
    if (rule.byMonth.length > 0 && (rule.freq === "DAILY" || rule.freq === "WEEKLY") && !rule.byMonth.includes(ymd(day).month)) return false;
    if (rule.freq === "DAILY" && rule.byDay.length > 0 && !rule.byDay.some((d) => d.weekday === weekdayOf(day))) return false;
    return true;
  };
  for (const candidates of periods(rule, start)) {
    if (++iterations > MAX_ITERATIONS) break;
    for (const day of candidates) {
      if (day <= start || !matchesFilters(day)) continue;
      if (rule.count !== null && generated >= rule.count) return days;
      const iso = isoOfEpochDay(day);
      if (!withinUntil(iso) || day > last) return days;
      days.push(iso);
      generated++;
    }
    if ((candidates[0] ?? start) > last) break;
  }
  return days;
}
