/**
 * The export feed as RFC 5545 text: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaped, and all-day events whose DTEND is the check-out
 * day. Only what the caller passes is written, so guest data never reaches an OTA by accident.
 */
import { isValidDate, type IsoDate } from "../domain/dates";
import { escapeText } from "./text";

export interface ExportEvent {
  /** Stable across renderings, so an OTA updates the event instead of adding another. */
  uid: string;
  start: IsoDate;
  /** Check-out day: the first night not blocked. */
  end: IsoDate;
  summary: string;
}

export interface RenderCalendarInput {
  prodId: string;
  calendarName: string;
  accommodationId: string;
  /** DTSTAMP of every event: the moment this rendering describes. */
  stamp: Date;
  events: readonly ExportEvent[];
}

const MAX_OCTETS = 75;
const CRLF = "\r\n";
const encoder = new TextEncoder();

/** Renders the feed; throws RangeError for an event that is not a valid non-empty date range. */
export function renderCalendar(input: RenderCalendarInput): string {
  const { calendarName } = input;
  const stamp = utcStamp(input.stamp);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(input.prodId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `NAME:${escapeText(calendarName)}`, `X-WR-CALNAME:${escapeText(calendarName)}`];
  lines.push(`X-WR-RELCALID:${escapeText(input.accommodationId)}`);
  for (const event of input.events) {
    if (!isValidDate(event.start) || !isValidDate(event.end) || event.end <= event.start) {
      throw new RangeError(`Event ${JSON.stringify(event.uid)} is not a valid range of nights: ${event.start} → ${event.end}`);
    }
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Folds one content line into physical lines of at most 75 octets, breaking only between
 * code points; each continuation starts with a space, which counts toward its 75.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit never takes more than 3 octets, so short lines skip the encoding.
  if (line.length <= MAX_OCTETS / 3 || encoder.encode(line).length <= MAX_OCTETS) return line;
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      physical.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const compactDate = (date: IsoDate) => date.replace(/-/g, "");

/** YYYYMMDDTHHMMSSZ. */
const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
