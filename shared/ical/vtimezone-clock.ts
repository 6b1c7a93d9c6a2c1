/**
 * A clock built from a feed's own VTIMEZONE rules, for TZIDs the tz database does not know
 * (custom names with no X-LIC-LOCATION). Each STANDARD / DAYLIGHT observance switches the
 * offset to TZOFFSETTO at its onsets: DTSTART, every RDATE and every RRULE occurrence.
 */
import type { Clock } from "./clock";
import { dayNumberOf, MS_PER_DAY } from "./day-numbers";
import type { Observance, VTimezone } from "./parse";
import { expandRecurrence, parseRecurrenceRule } from "./recurrence";
import { parseTimeValue } from "./values";

/** [onset instant, offset from then on] pairs, ascending. */
type Onsets = Array<[number, number]>;

/** A clock following the VTIMEZONE's observances, or null when it has none usable. */
export function vtimezoneClock(zone: VTimezone): Clock | null {
  const observances = zone.observances.filter((o) => o.startWallMs !== null && o.offsetToMs !== null);
  if (observances.length === 0) return null;
  const first = observances.reduce((a, b) => (b.startWallMs! < a.startWallMs! ? b : a));
  // Before the first onset the zone ran on that onset's "from" offset.
  const initialOffset = first.offsetFromMs ?? first.offsetToMs!;
  const byYear = new Map<number, Onsets>();

  return {
    offsetAt(instant) {
      const year = new Date(instant).getUTCFullYear();
      let onsets = byYear.get(year);
      if (!onsets) {
        onsets = observances.flatMap((o) => onsetsThrough(o, year)).sort((a, b) => a[0] - b[0]);
        byYear.set(year, onsets);
      }
      let offset = initialOffset;
      for (const [from, value] of onsets) {
        if (from > instant) break;
        offset = value;
      }
      return offset;
    },
  };
}

/** Onsets of one observance up to the end of `year`. */
function onsetsThrough(observance: Observance, year: number): Onsets {
  const start = observance.startWallMs!;
  const offsetTo = observance.offsetToMs!;
  const offsetFrom = observance.offsetFromMs ?? offsetTo;
  const walls = [start, ...observance.rdatesWallMs];
  const rule = observance.rrule ? parseRecurrenceRule(observance.rrule) : null;
  if (rule) {
    const startDay = Math.floor(start / MS_PER_DAY);
    const timeOfDay = start - startDay * MS_PER_DAY;
    const until = rule.until ? parseTimeValue(rule.until) : null;
    // UNTIL of an observance is UTC by the RFC; a floating one is read on the "from" offset.
    const untilInstant = until === null ? Number.POSITIVE_INFINITY : until.kind === "date" ? Date.parse(`${until.date}T23:59:59Z`) : until.utc ? until.wallMs : until.wallMs - offsetFrom;
    const days = expandRecurrence(rule, startDay, {
      fromDay: startDay,
      toDay: dayNumberOf(year + 1, 1, 1),
      isAfterUntil: (day) => day * MS_PER_DAY + timeOfDay - offsetFrom > untilInstant,
    });
    for (const day of days) walls.push(day * MS_PER_DAY + timeOfDay);
  }
  return walls.map((wall): [number, number] => [wall - offsetFrom, offsetTo]);
}
