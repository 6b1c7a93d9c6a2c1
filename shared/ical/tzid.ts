/**
 * Which clock a DATE-TIME value is read on: `Z` → UTC; no TZID → floating, the accommodation's
 * own clock; a TZID → the tz database when the name (or what it stands for) is an IANA zone,
 * else the feed's VTIMEZONE rules, else — reported as unknown — the accommodation's clock.
 */
import { UTC_CLOCK, type Clock } from "./clock";
import { ianaClock } from "./iana-clock";
import type { VTimezone } from "./parse";
import type { DateTimeValue } from "./values";
import { vtimezoneClock } from "./vtimezone-clock";
import { ianaOfWindowsZone } from "./windows-zones";

export interface ClockResolver {
  clockOf(value: DateTimeValue): Clock;
  /** False when the TZID resolved to nothing and was read as floating. */
  isKnownTzid(tzid: string): boolean;
}

export function createClockResolver(timezones: ReadonlyMap<string, VTimezone>, accommodation: Clock): ClockResolver {
  const resolved = new Map<string, Clock | null>();
  const clockOfTzid = (tzid: string) => {
    let clock = resolved.get(tzid);
    if (clock === undefined) {
      clock = resolveTzid(tzid, timezones);
      resolved.set(tzid, clock);
    }
    return clock;
  };
  return {
    clockOf(value) {
      if (value.utc) return UTC_CLOCK;
      if (value.tzid === null) return accommodation;
      return clockOfTzid(value.tzid) ?? accommodation;
    },
    isKnownTzid: (tzid) => clockOfTzid(tzid) !== null,
  };
}

function resolveTzid(tzid: string, timezones: ReadonlyMap<string, VTimezone>): Clock | null {
  const vtimezone = timezones.get(tzid);
  const names = [...ianaCandidates(tzid), ...(vtimezone?.location ? ianaCandidates(vtimezone.location) : [])];
  for (const name of names) {
    const clock = ianaClock(name);
    if (clock) return clock;
  }
  return vtimezone ? vtimezoneClock(vtimezone) : null;
}

/**
 * Names worth asking the tz database for: the TZID itself, the IANA tail of a prefixed one
 * ("/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Paris"), and
 * the IANA name of a Windows one ("Romance Standard Time").
 */
function ianaCandidates(raw: string): string[] {
  const name = raw.trim().replace(/^"|"$/g, "");
  const candidates = [name];
  const segments = name.split("/").filter(Boolean);
  for (let tail = Math.min(3, segments.length); tail >= 1; tail--) candidates.push(segments.slice(-tail).join("/"));
  const windows = ianaOfWindowsZone(name);
  if (windows) candidates.push(windows);
  return [...new Set(candidates)].filter((candidate) => candidate !== "");
}
