import { contentLines, type ContentLine } from "./content-lines";

/** One VEVENT's properties by name; a repeated property (EXDATE) keeps every occurrence. */
export interface RawEvent {
  props: Map<string, ContentLine[]>;
  /** Position in the file, for "the later one wins" among duplicate UIDs. */
  index: number;
}

export interface RawTimezone {
  tzid: string;
  location: string | null;
  /** Offset of the first STANDARD (or any) sub-component, in minutes east of UTC. */
  standardOffsetMinutes: number | null;
}

export interface RawCalendar {
  events: RawEvent[];
  timezones: Map<string, RawTimezone>;
}

export class NotICalendarError extends Error {
  override name = "NotICalendarError";
  constructor(message = "The feed is not an iCalendar file (no BEGIN:VCALENDAR)") {
    super(message);
  }
}

/**
 * Walks the component tree and keeps what an importer needs: VEVENTs (without their VALARMs)
 * and VTIMEZONEs. Duplicate calendar properties (merged exports) are simply ignored.
 */
export function parseCalendar(input: Uint8Array | string): RawCalendar {
  const lines = contentLines(input);
  if (!lines.some((l) => l.name === "BEGIN" && l.value.trim().toUpperCase() === "VCALENDAR")) throw new NotICalendarError();
  const events: RawEvent[] = [];
  const timezones = new Map<string, RawTimezone>();
  const stack: string[] = [];
  let event: RawEvent | null = null;
  let zone: RawTimezone | null = null;

  for (const line of lines) {
    if (line.name === "BEGIN") {
      const component = line.value.trim().toUpperCase();
      stack.push(component);
      if (component === "VEVENT" && stack.length >= 2 && stack[stack.length - 2] === "VCALENDAR") event = { props: new Map(), index: events.length };
      if (component === "VTIMEZONE") zone = { tzid: "", location: null, standardOffsetMinutes: null };
      continue;
    }
    if (line.name === "END") {
      const component = stack.pop();
      if (component === "VEVENT" && event) {
        events.push(event);
        event = null;
      }
      if (component === "VTIMEZONE" && zone) {
        if (zone.tzid) timezones.set(zone.tzid, zone);
        zone = null;
      }
      continue;
    }
    const current = stack[stack.length - 1];
    if (event && current === "VEVENT") {
      const list = event.props.get(line.name);
      if (list) list.push(line);
      else event.props.set(line.name, [line]);
    } else if (zone) {
      if (current === "VTIMEZONE" && line.name === "TZID") zone.tzid = line.value.trim();
      if (current === "VTIMEZONE" && line.name === "X-LIC-LOCATION") zone.location = line.value.trim();
      if ((current === "STANDARD" || (current === "DAYLIGHT" && zone.standardOffsetMinutes === null)) && line.name === "TZOFFSETTO") {
        const minutes = parseUtcOffset(line.value);
        if (minutes !== null && (current === "STANDARD" || zone.standardOffsetMinutes === null)) zone.standardOffsetMinutes = minutes;
      }
    }
  }
  return { events, timezones };
}

function parseUtcOffset(value: string): number | null {
  const match = value.trim().match(/^([+-])(\d{2})(\d{2})(\d{2})?$/);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}
