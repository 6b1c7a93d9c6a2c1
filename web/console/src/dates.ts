/** Calendar-date helpers for `YYYY-MM-DD` strings; days are counted in UTC so no zone shifts them. */

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Today's date where the lodging is, not where the browser happens to be. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export const addDays = (date: string, days: number) => new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS);

export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

export function addMonths(month: string, months: number): string {
  const value = new Date(utc(month));
  value.setUTCMonth(value.getUTCMonth() + months);
  return value.toISOString().slice(0, 10);
}

/** Monday = 0: where a day sits in a week that starts on Monday. */
export const weekdayIndex = (date: string) => (new Date(utc(date)).getUTCDay() + 6) % 7;

export const isIsoDate = (value: string | null | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
