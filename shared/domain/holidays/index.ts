/** Lookups over the per-country holiday tables. */
import { dayOfWeek, type IsoDate } from "../dates";
import { AR_COVERAGE, AR_HOLIDAYS, type HolidayEntry } from "./ar";

export type { HolidayEntry, HolidayKind } from "./ar";

/** Countries with a holiday table. */
export type HolidayCountry = "AR";

interface CountryTable {
  coverage: { readonly from: IsoDate; readonly to: IsoDate };
  entries: readonly HolidayEntry[];
  byDate: ReadonlyMap<IsoDate, HolidayEntry>;
}

function table(coverage: CountryTable["coverage"], entries: readonly HolidayEntry[]): CountryTable {
  return { coverage, entries, byDate: new Map(entries.map((e) => [e.date, e])) };
}

const TABLES: Record<HolidayCountry, CountryTable> = {
  AR: table(AR_COVERAGE, AR_HOLIDAYS),
};

/** The first and last date the country's table covers; later dates are never holidays until data is added. */
export function holidayCoverage(country: HolidayCountry): { from: IsoDate; to: IsoDate } {
  const { from, to } = TABLES[country].coverage;
  return { from, to };
}

/** The table entry for `date` (holiday or tourist day), if any. */
export function holidayOn(country: HolidayCountry, date: IsoDate): HolidayEntry | undefined {
  return TABLES[country].byDate.get(date);
}

/** True when `date` is a national holiday (kind "holiday"); tourist non-working days do NOT count. */
export function isHoliday(country: HolidayCountry, date: IsoDate): boolean {
  return holidayOn(country, date)?.kind === "holiday";
}

/** Holidays and tourist days with from <= date < to (half-open, like a stay), sorted by date. */
export function holidaysBetween(country: HolidayCountry, from: IsoDate, to: IsoDate): HolidayEntry[] {
  // "YYYY-MM-DD" strings compare chronologically, so no parsing is needed.
  return TABLES[country].entries.filter((e) => e.date >= from && e.date < to);
}

/** True when nobody works on `date`: Saturday, Sunday, a national holiday or a tourist non-working day. */
export function daysOff(country: HolidayCountry, date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6 || holidayOn(country, date) !== undefined;
}
