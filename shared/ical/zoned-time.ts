/**
 * Wall-clock time in IANA zones with nothing but Intl (no tz library in the bundle). Formatters
 * are cached per zone because creating one costs far more than using it.
 */

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

export function isKnownTimeZone(zone: string): boolean {
  try {
    dateFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

function dateFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) of an instant, as seen in `zone`. */
export function localDateOf(epochMs: number, zone: string): string {
  return dateFormatter(zone).format(epochMs);
}

function offsetMs(epochMs: number, zone: string): number {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(zone, formatter);
  }
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - (epochMs - (epochMs % 1000));
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
