import type { IsoDate } from "../domain/dates";

/** A half-open range of nights [start, end): `end` is the check-out day, the first free night. */
export interface NightRange {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The union of the ranges as maximal ranges, sorted: overlapping and back-to-back ranges
 * become one, and empty or inverted ones vanish. The input is left untouched.
 */
export function mergeRanges(ranges: readonly NightRange[]): NightRange[] {
  // "YYYY-MM-DD" strings order like the dates they name, so no parsing is needed.
  const sorted = ranges.filter((r) => r.start < r.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: NightRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

/** The ranges with every night before `from` cut off. */
export function rangesFrom(ranges: readonly NightRange[], from: IsoDate): NightRange[] {
  return ranges.filter((r) => r.end > from).map((r) => (r.start < from ? { start: from, end: r.end } : r));
}

/** The ranges with every night outside [from, until) cut off. */
export function rangesWithin(ranges: readonly NightRange[], from: IsoDate, until: IsoDate): NightRange[] {
  return rangesFrom(ranges, from)
    .filter((r) => r.start < until)
    .map((r) => (r.end > until ? { start: r.start, end: until } : r));
}
