/**
 * Clocks for IANA zones with nothing but Intl, so the tz database is the runtime's own (Node,
 * workerd and browsers all ship one) and no tz library lands in the bundle.
 *
 * formatToParts costs microseconds, and a feed converts hundreds of times, so each zone-year
 * is measured once: weekly probes, then a binary search to the second wherever two probes
 * differ. Every later lookup is a scan of a table with a handful of entries.
 */
import type { Clock } from "./clock";

/** [first instant, offset ms] pairs, ascending. */
type OffsetTable = Array<[number, number]>;

const WEEK_MS = 7 * 86_400_000;
const MAX_CACHED_YEARS = 2_000;

const clocks = new Map<string, Clock | null>();
const tables = new Map<string, OffsetTable>();

/** The clock of an IANA zone name, or null when the runtime does not know the name. */
export function ianaClock(zone: string): Clock | null {
  const cached = clocks.get(zone);
  if (cached !== undefined) return cached;
  let clock: Clock | null = null;
  try {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    clock = tableClock(zone, formatter);
  } catch {
    // RangeError: the runtime's tz database has no such zone.
  }
  clocks.set(zone, clock);
  return clock;
}

/** True when the runtime's tz database knows the zone. */
export function isIanaZone(zone: string): boolean {
  return ianaClock(zone) !== null;
}

function measureOffset(formatter: Intl.DateTimeFormat, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(seconds)) if (part.type !== "literal") fields[part.type] = Number(part.value);
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!) - seconds;
}

function tableClock(zone: string, formatter: Intl.DateTimeFormat): Clock {
  // Lookups cluster in one year at a time, so the last year's table is kept at hand.
  let current: { from: number; to: number; table: OffsetTable } | null = null;
  return {
    offsetAt(instant) {
      if (!current || instant < current.from || instant >= current.to) {
        const year = new Date(instant).getUTCFullYear();
        const key = `${zone}\u0000${year}`;
        let table = tables.get(key);
        if (!table) {
          if (tables.size >= MAX_CACHED_YEARS) tables.clear();
          table = measureYear(formatter, year);
          tables.set(key, table);
        }
        current = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), table };
      }
      const table = current.table;
      let offset = table[0]![1];
      for (let i = 1; i < table.length && table[i]![0] <= instant; i++) offset = table[i]![1];
      return offset;
    },
  };
}

function measureYear(formatter: Intl.DateTimeFormat, year: number): OffsetTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const table: OffsetTable = [[start, measureOffset(formatter, start)]];
  let known = start;
  let knownOffset = table[0]![1];
  for (let probe = Math.min(start + WEEK_MS, end); ; probe = Math.min(probe + WEEK_MS, end)) {
    const probeOffset = measureOffset(formatter, probe);
    // Usually one transition between probes; the loop also copes with two.
    while (probeOffset !== knownOffset) {
      let low = known;
      let high = probe;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (measureOffset(formatter, mid) === knownOffset) low = mid;
        else high = mid;
      }
      knownOffset = measureOffset(formatter, high);
      known = high;
      table.push([high, knownOffset]);
    }
    known = probe;
    if (probe === end) break;
  }
  return table;
}
