/**
 * RRULE expansion at day granularity (RFC 5545 §3.3.10): FREQ DAILY / WEEKLY / MONTHLY /
 * YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (ordinals in MONTHLY / YEARLY), BYMONTHDAY,
 * BYMONTH, BYSETPOS and WKST. An occurrence keeps DTSTART's time of day, so day numbers are
 * all the expander needs; the caller turns them into instants and applies UNTIL's zone.
 */
import { civilOf, dayNumberOf, daysInMonth, weekdayOf } from "./day-numbers";

export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface WeekdaySpec {
  /** 0 = every such weekday of the period; 2 = the second; -1 = the last. */
  ordinal: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  /** UNTIL as written; its zone is the caller's business (RFC 5545 ties it to DTSTART's). */
  until: string | null;
  byDay: WeekdaySpec[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  weekStart: number;
  /** Rule parts that were present but are not applied (BYHOUR, BYWEEKNO, …). */
  ignoredParts: string[];
}

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const HANDLED_PARTS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"]);
/** A stop for rules that would never reach the window (e.g. BYMONTHDAY=31;BYMONTH=2). */
const MAX_PERIODS = 200_000;

/** Parses an RRULE value; null when FREQ is missing or finer than a day, or a part is malformed. */
export function parseRecurrenceRule(value: string): RecurrenceRule | null {
  const parts = new Map<string, string>();
  for (const piece of value.trim().split(";")) {
    const eq = piece.indexOf("=");
    if (eq > 0) parts.set(piece.slice(0, eq).trim().toUpperCase(), piece.slice(eq + 1).trim().toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq !== "DAILY" && freq !== "WEEKLY" && freq !== "MONTHLY" && freq !== "YEARLY") return null;

  const byDay: WeekdaySpec[] = [];
  for (const spec of listOf(parts.get("BYDAY"))) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(spec);
    if (!match) return null;
    byDay.push({ ordinal: match[1] ? Number(match[1]) : 0, weekday: WEEKDAYS[match[2]!]! });
  }
  const byMonthDay = integersOf(parts.get("BYMONTHDAY"), 31);
  const byMonth = integersOf(parts.get("BYMONTH"), 12);
  const bySetPos = integersOf(parts.get("BYSETPOS"), 366);
  if (!byMonthDay || !byMonth || !bySetPos || byMonth.some((m) => m < 1)) return null;

  const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : null;
  if (!Number.isInteger(interval) || interval < 1) return null;
  if (count !== null && (!Number.isInteger(count) || count < 1)) return null;
  const weekStart = WEEKDAYS[parts.get("WKST") ?? "MO"];
  if (weekStart === undefined) return null;

  return {
    freq,
    interval,
    count,
    until: parts.get("UNTIL") ?? null,
    byDay,
    byMonthDay,
    byMonth,
    bySetPos,
    weekStart,
    ignoredParts: [...parts.keys()].filter((key) => !HANDLED_PARTS.has(key)),
  };
}

const listOf = (raw: string | undefined) => (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** Comma-separated non-zero integers within ±limit; null if any is malformed. */
function integersOf(raw: string | undefined, limit: number): number[] | null {
  const values = listOf(raw).map(Number);
  return values.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) <= limit) ? values : null;
}

export interface ExpansionBounds {
  /** Occurrences before this day are counted (for COUNT) but not returned. */
  fromDay: number;
  /** Expansion stops at this day (exclusive). */
  toDay: number;
  /** True once an occurrence on that day lies after UNTIL; called in ascending day order. */
  isAfterUntil(day: number): boolean;
}

/**
 * Start days of the occurrences in [fromDay, toDay), ascending. DTSTART is always the first
 * occurrence and counts toward COUNT, whether or not it matches the rule (RFC 5545).
 */
export function expandRecurrence(rule: RecurrenceRule, startDay: number, bounds: ExpansionBounds): number[] {
  const days: number[] = [];
  if (startDay >= bounds.fromDay && startDay < bounds.toDay) days.push(startDay);
  let generated = 1;
  // Without COUNT nothing before the window matters, so decades-old rules start near it.
  const firstPeriod = rule.count === null ? Math.max(0, periodIndexNear(rule, startDay, bounds.fromDay) - 1) : 0;
  for (let k = firstPeriod; k < firstPeriod + MAX_PERIODS; k++) {
    const period = periodOf(rule, startDay, k);
    if (period.firstDay >= bounds.toDay) break;
    for (const day of period.days) {
      if (day <= startDay) continue;
      if (rule.count !== null && generated >= rule.count) return days;
      if (day >= bounds.toDay || bounds.isAfterUntil(day)) return days;
      generated++;
      if (day >= bounds.fromDay) days.push(day);
    }
  }
  return days;
}

interface Period {
  /** First day the period covers, to know when expansion has passed the window. */
  firstDay: number;
  /** Candidate days of the period, ascending, after BYxxx limits and BYSETPOS. */
  days: number[];
}

function periodOf(rule: RecurrenceRule, startDay: number, k: number): Period {
  const start = civilOf(startDay);
  let firstDay: number;
  let candidates: number[];
  switch (rule.freq) {
    case "DAILY":
      firstDay = startDay + k * rule.interval;
      candidates = [firstDay];
      break;
    case "WEEKLY": {
      firstDay = weekStartOf(rule, startDay) + k * 7 * rule.interval;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((d) => d.weekday) : [weekdayOf(startDay)];
      candidates = weekdays.map((w) => firstDay + ((w - rule.weekStart + 7) % 7));
      break;
    }
    case "MONTHLY": {
      const index = start.year * 12 + start.month - 1 + k * rule.interval;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      firstDay = dayNumberOf(year, month, 1);
      candidates = rule.byMonth.length > 0 && !rule.byMonth.includes(month) ? [] : daysOfMonth(rule, year, month, start.day);
      break;
    }
    case "YEARLY": {
      const year = start.year + k * rule.interval;
      firstDay = dayNumberOf(year, 1, 1);
      candidates = daysOfYear(rule, year, start.month, start.day);
      break;
    }
  }
  const limited = [...new Set(candidates.filter((day) => passesLimits(rule, day)))].sort((a, b) => a - b);
  return { firstDay, days: rule.bySetPos.length > 0 ? pickSetPositions(limited, rule.bySetPos) : limited };
}

/** BYxxx parts that narrow (rather than expand) at this frequency (RFC 5545 §3.3.10 table). */
function passesLimits(rule: RecurrenceRule, day: number): boolean {
  if (rule.freq !== "DAILY" && rule.freq !== "WEEKLY") return true;
  const { month, day: dom, year } = civilOf(day);
  if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) return false;
  if (rule.freq === "DAILY") {
    if (rule.byDay.length > 0 && !rule.byDay.some((d) => d.weekday === weekdayOf(day))) return false;
    if (rule.byMonthDay.length > 0 && !rule.byMonthDay.some((n) => resolveMonthDay(n, year, month) === dom)) return false;
  }
  return true;
}

function weekStartOf(rule: RecurrenceRule, day: number): number {
  return day - ((weekdayOf(day) - rule.weekStart + 7) % 7);
}

function resolveMonthDay(n: number, year: number, month: number): number {
  return n > 0 ? n : daysInMonth(year, month) + 1 + n;
}

/** Days of one month: BYMONTHDAY and/or BYDAY (each limiting the other), else DTSTART's day of month. */
function daysOfMonth(rule: RecurrenceRule, year: number, month: number, startDom: number): number[] {
  const length = daysInMonth(year, month);
  const first = dayNumberOf(year, month, 1);
  const byMonthDay = rule.byMonthDay.map((n) => resolveMonthDay(n, year, month)).filter((d) => d >= 1 && d <= length);
  if (rule.byDay.length === 0) {
    // A missing day (the 31st in April) is skipped, not moved (RFC 5545).
    const doms = byMonthDay.length > 0 ? byMonthDay : startDom <= length ? [startDom] : [];
    return doms.map((d) => first + d - 1);
  }
  const byDay = weekdaysWithin(rule.byDay, first, first + length - 1);
  return byMonthDay.length > 0 ? byDay.filter((day) => byMonthDay.includes(day - first + 1)) : byDay;
}

function daysOfYear(rule: RecurrenceRule, year: number, startMonth: number, startDom: number): number[] {
  if (rule.byMonth.length > 0) return rule.byMonth.flatMap((month) => daysOfMonth(rule, year, month, startDom));
  if (rule.byMonthDay.length > 0) return Array.from({ length: 12 }, (_, i) => daysOfMonth(rule, year, i + 1, startDom)).flat();
  if (rule.byDay.length > 0) return weekdaysWithin(rule.byDay, dayNumberOf(year, 1, 1), dayNumberOf(year, 12, 31));
  return startDom <= daysInMonth(year, startMonth) ? [dayNumberOf(year, startMonth, startDom)] : [];
}

/** Days in [firstDay, lastDay] matching BYDAY specs; an ordinal counts within that span. */
function weekdaysWithin(specs: WeekdaySpec[], firstDay: number, lastDay: number): number[] {
  const days: number[] = [];
  for (const { ordinal, weekday } of specs) {
    const firstMatch = firstDay + ((weekday - weekdayOf(firstDay) + 7) % 7);
    if (ordinal === 0) {
      for (let day = firstMatch; day <= lastDay; day += 7) days.push(day);
      continue;
    }
    const lastMatch = lastDay - ((weekdayOf(lastDay) - weekday + 7) % 7);
    const day = ordinal > 0 ? firstMatch + (ordinal - 1) * 7 : lastMatch + (ordinal + 1) * 7;
    if (day >= firstDay && day <= lastDay) days.push(day);
  }
  return days;
}

function pickSetPositions(days: number[], positions: number[]): number[] {
  const picked = positions.map((p) => (p > 0 ? days[p - 1] : days[days.length + p])).filter((d): d is number => d !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}

/** The index of the period containing `day` (floored), counting periods from DTSTART's. */
function periodIndexNear(rule: RecurrenceRule, startDay: number, day: number): number {
  if (day <= startDay) return 0;
  const start = civilOf(startDay);
  const target = civilOf(day);
  switch (rule.freq) {
    case "DAILY":
      return Math.floor((day - startDay) / rule.interval);
    case "WEEKLY":
      return Math.floor((weekStartOf(rule, day) - weekStartOf(rule, startDay)) / (7 * rule.interval));
    case "MONTHLY":
      return Math.floor((target.year * 12 + target.month - (start.year * 12 + start.month)) / rule.interval);
    case "YEARLY":
      return Math.floor((target.year - start.year) / rule.interval);
  }
}
