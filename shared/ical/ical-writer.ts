import type { NightRange } from "./night-ranges";

/**
 * RFC 5545 output for the export feed: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaped, all-day events whose DTEND is the check-out day.
 */

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds one content line: continuation lines start with a space, which counts toward the 75. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = char.length === 1 ? utf8Length(char.charCodeAt(0)) : 4;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

const utf8Length = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

export interface ExportEvent extends NightRange {
  uid: string;
  summary: string;
}

export interface ExportCalendar {
  prodId: string;
  name: string;
  /** DTSTAMP of every event: when this rendering describes the calendar. */
  stamp: Date;
  events: readonly ExportEvent[];
}

const compactDate = (iso: string) => iso.replace(/-/g, "");
const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

export function renderCalendar(calendar: ExportCalendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${calendar.prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(calendar.name)}`];
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
