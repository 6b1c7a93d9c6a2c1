/** The ranges the Reportes screen offers; "custom" takes its days from the URL. */
export const RANGE_PRESETS = ["thisMonth", "lastMonth", "last30", "thisYear", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Today in the business's zone, as YYYY-MM-DD (the operator may be travelling; the lodging is not). */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The days a preset covers on `today`: this month and this year run to their last day, not to today. */
export function presetRange(preset: Exclude<RangePreset, "custom">, today: string): DayRange {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const monthStart = (y: number, m: number) => toDay(Date.UTC(y, m - 1, 1));
  const monthEnd = (y: number, m: number) => toDay(Date.UTC(y, m, 0));
  switch (preset) {
    case "thisMonth":
      return { from: monthStart(year, month), to: monthEnd(year, month) };
    case "lastMonth":
      return month === 1 ? { from: monthStart(year - 1, 12), to: monthEnd(year - 1, 12) } : { from: monthStart(year, month - 1), to: monthEnd(year, month - 1) };
    case "last30":
      return { from: toDay(dayMs(today) - 29 * DAY_MS), to: today };
    case "thisYear":
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The period just before, of the same length, to compare with. */
export function previousRange(range: DayRange): DayRange {
  const length = (dayMs(range.to) - dayMs(range.from)) / DAY_MS + 1;
  return { from: toDay(dayMs(range.from) - length * DAY_MS), to: toDay(dayMs(range.from) - DAY_MS) };
}

/** Change from the previous value as a fraction (0.12 = +12 %), or null when there is nothing to compare with. */
export function change(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
