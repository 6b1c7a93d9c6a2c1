/**
 * Wall-clock time in IANA zones with nothing but Intl (no tz library in the bundle). Formatters
 * are cached per zone because creating one costs far more than using it, and offsets per zone-year.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let cached = partsFormatters.get(zone);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(zone, cached);
  }
  return cached;
}

/** The zone's UTC offset at an instant, asked of Intl (the slow path, ~20 µs). */
function measureOffset(epochMs: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(epochMs)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - (epochMs - (epochMs % 1000));
}

const MINUTE = 60_000;
/** Per zone and UTC year: offset changes as [from, offset] pairs, sorted. */
const transitionTables = new Map<string, Array<[number, number]>>();

/**
 * Offsets change a couple of times a year at most, so each zone-year is measured once: monthly
 * probes, then a binary search to the minute wherever two probes differ. After that, every
 * lookup is a short scan instead of an Intl call; a 500-event feed costs a few dozen Intl calls.
 */
function yearTable(zone: string, year: number): Array<[number, number]> {
  const key = `${zone}|${year}`;
  const cached = transitionTables.get(key);
  if (cached) return cached;
  const probes = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1));
  const offsets = probes.map((t) => measureOffset(t, zone));
  const table: Array<[number, number]> = [[probes[0]!, offsets[0]!]];
  for (let m = 0; m < 12; m++) {
    if (offsets[m] === offsets[m + 1]) continue;
    let low = probes[m]!;
    let high = probes[m + 1]!;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (measureOffset(mid, zone) === offsets[m]) low = mid;
      else high = mid;
    }
    table.push([high, offsets[m + 1]!]);
  }
  transitionTables.set(key, table);
  return table;
}

function offsetMs(epochMs: number, zone: string): number {
  const table = yearTable(zone, new Date(epochMs).getUTCFullYear());
  let offset = table[0]![1];
  for (const [from, value] of table) if (from <= epochMs) offset = value;
  return offset;
}

/** The calendar date (YYYY-MM-DD) of an instant, as seen in `zone`. */
export function localDateOf(epochMs: number, zone: string): string {
  return new Date(epochMs + offsetMs(epochMs, zone)).toISOString().slice(0, 10);
}

/**
 * The instant of a wall-clock time in `zone`. Two passes settle the offset, so times next to a
 * DST change land on the offset in force at that moment.
 */
export function zonedToEpoch(wall: WallTime, zone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  let guess = naive - offsetMs(naive, zone);
  const corrected = naive - offsetMs(guess, zone);
  if (corrected !== guess) guess = corrected;
  return guess;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A few Windows zone names that calendar servers (Exchange, ical.net) put in TZID. */
export const WINDOWS_ZONES: Record<string, string> = {
  "Argentina Standard Time": "America/Argentina/Buenos_Aires",
  "E. South America Standard Time": "America/Sao_Paulo",
  "SA Pacific Standard Time": "America/Bogota",
  "Pacific SA Standard Time": "America/Santiago",
  "Central Standard Time (Mexico)": "America/Mexico_City",
  "Eastern Standard Time": "America/New_York",
  "Central Standard Time": "America/Chicago",
  "Mountain Standard Time": "America/Denver",
  "Pacific Standard Time": "America/Los_Angeles",
  "GMT Standard Time": "Europe/London",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central European Standard Time": "Europe/Warsaw",
  UTC: "UTC",
};
