/**
 * The component tree of an iCalendar feed, reduced to what an importer needs: VEVENTs (their
 * own properties only, never those of a nested VALARM) and VTIMEZONEs. Lenient where real
 * feeds are sloppy (duplicate calendar properties, blank lines, stray END lines), and every
 * leniency leaves a note in `problems`.
 */
import { contentLines, type ContentLine } from "./lines";
import { unescapeText } from "./text";
import { parseTimeValue, parseUtcOffset } from "./values";

export interface VEvent {
  /** Position among the feed's VEVENTs, for "the later one in the file wins". */
  index: number;
  /** Unescaped UID, or null when the event has none. */
  uid: string | null;
  /** Unescaped SUMMARY, or null. */
  summary: string | null;
  /** Every property by upper-cased name, in file order; repeatable ones (EXDATE, RDATE) keep all. */
  properties: ReadonlyMap<string, readonly ContentLine[]>;
}

/** One STANDARD or DAYLIGHT sub-component: from its onsets on, the zone is `offsetToMs` east of UTC. */
export interface Observance {
  kind: "STANDARD" | "DAYLIGHT";
  /** First onset as a wall-clock reading (ms as if UTC) on the offset in force before it. */
  startWallMs: number | null;
  offsetFromMs: number | null;
  offsetToMs: number | null;
  rrule: string | null;
  /** Further onsets, wall-clock ms like `startWallMs`. */
  rdatesWallMs: number[];
}

export interface VTimezone {
  tzid: string;
  /** X-LIC-LOCATION, which producers set to the IANA name behind a custom TZID. */
  location: string | null;
  observances: Observance[];
}

export interface ParsedCalendar {
  events: VEvent[];
  timezones: Map<string, VTimezone>;
  /** Human-readable notes on what was malformed and how it was read. */
  problems: string[];
}

/** The input has no BEGIN:VCALENDAR: an HTML login page, an error body, an empty answer. */
export class NotICalendarError extends Error {
  override name = "NotICalendarError";
  constructor(message = "Not an iCalendar file: no BEGIN:VCALENDAR") {
    super(message);
  }
}

const MAX_PROBLEMS = 50;

/** First property of that name, if any. */
export function propertyOf(event: VEvent, name: string): ContentLine | undefined {
  return event.properties.get(name)?.[0];
}

/** Every property of that name, in file order. */
export function propertiesOf(event: VEvent, name: string): readonly ContentLine[] {
  return event.properties.get(name) ?? [];
}

/** Parses a feed; throws NotICalendarError when it is not iCalendar at all. */
export function parseCalendar(input: Uint8Array | string): ParsedCalendar {
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const lines = contentLines(input, (line) => note(`Not a content line, ignored: ${JSON.stringify(line.slice(0, 80))}`));
  if (!lines.some((line) => line.name === "BEGIN" && line.value.trim().toUpperCase() === "VCALENDAR")) throw new NotICalendarError();

  const events: VEvent[] = [];
  const timezones = new Map<string, VTimezone>();
  const stack: string[] = [];
  let event: Map<string, ContentLine[]> | null = null;
  let zone: VTimezone | null = null;
  let observance: Observance | null = null;

  const closeComponent = (component: string) => {
    if (component === "VEVENT" && event) {
      const uid = event.get("UID")?.[0]?.value.trim();
      const summary = event.get("SUMMARY")?.[0]?.value;
      events.push({ index: events.length, uid: uid ? unescapeText(uid) : null, summary: summary === undefined ? null : unescapeText(summary), properties: event });
      event = null;
    } else if (component === "VTIMEZONE" && zone) {
      if (zone.tzid) timezones.set(zone.tzid, zone);
      else note("A VTIMEZONE without TZID was ignored");
      zone = null;
    } else if ((component === "STANDARD" || component === "DAYLIGHT") && zone && observance) {
      zone.observances.push(observance);
      observance = null;
    }
  };

  for (const line of lines) {
    if (line.name === "BEGIN") {
      const component = line.value.trim().toUpperCase();
      const parent = stack[stack.length - 1];
      stack.push(component);
      if (component === "VEVENT" && parent === "VCALENDAR") event = new Map();
      else if (component === "VEVENT") note(`A VEVENT inside ${parent ?? "nothing"} was ignored`);
      if (component === "VTIMEZONE" && parent === "VCALENDAR") zone = { tzid: "", location: null, observances: [] };
      if ((component === "STANDARD" || component === "DAYLIGHT") && parent === "VTIMEZONE" && zone) {
        observance = { kind: component, startWallMs: null, offsetFromMs: null, offsetToMs: null, rrule: null, rdatesWallMs: [] };
      }
      continue;
    }
    if (line.name === "END") {
      const component = line.value.trim().toUpperCase();
      const depth = stack.lastIndexOf(component);
      if (depth === -1) {
        note(`END:${component} without its BEGIN was ignored`);
        continue;
      }
      if (depth !== stack.length - 1) note(`END:${component} closed ${stack.slice(depth + 1).join(", ")} too`);
      while (stack.length > depth) closeComponent(stack.pop()!);
      continue;
    }
    const current = stack[stack.length - 1];
    if (current === "VEVENT" && event) {
      const list = event.get(line.name);
      if (list) list.push(line);
      else event.set(line.name, [line]);
    } else if (current === "VTIMEZONE" && zone) {
      if (line.name === "TZID") zone.tzid = line.value.trim();
      if (line.name === "X-LIC-LOCATION") zone.location = line.value.trim();
    } else if (observance) {
      readObservanceProperty(observance, line);
    }
  }

  if (stack.includes("VEVENT") && event) note("The feed ends inside a VEVENT (truncated?); that event was ignored");
  if (stack.includes("VCALENDAR")) note("No END:VCALENDAR (truncated?)");
  return { events, timezones, problems };
}

function readObservanceProperty(observance: Observance, line: ContentLine) {
  switch (line.name) {
    case "DTSTART": {
      const start = parseTimeValue(line.value);
      if (start?.kind === "date-time") observance.startWallMs = start.wallMs;
      break;
    }
    case "TZOFFSETFROM":
      observance.offsetFromMs = parseUtcOffset(line.value);
      break;
    case "TZOFFSETTO":
      observance.offsetToMs = parseUtcOffset(line.value);
      break;
    case "RRULE":
      observance.rrule = line.value.trim();
      break;
    case "RDATE":
      for (const piece of line.value.split(",")) {
        const onset = parseTimeValue(piece);
        if (onset?.kind === "date-time") observance.rdatesWallMs.push(onset.wallMs);
      }
      break;
  }
}
