/** A half-open range of nights [start, end): `end` is the check-out day, the first free night. */
export interface NightRange {
  start: string;
  end: string;
}

/** Sorts and merges overlapping and back-to-back ranges into maximal ones. */
export function mergeRanges(ranges: readonly NightRange[]): NightRange[] {
  const sorted = ranges.filter((r) => r.start < r.end).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: NightRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
