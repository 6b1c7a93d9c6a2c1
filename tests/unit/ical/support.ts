import { readFileSync } from "node:fs";
import { daysBetween } from "../../../shared/domain/dates";
import { importedRanges, type ImportOptions } from "../../../shared/ical";
import type { NightRange } from "../../../shared/ical/ranges";

/** Examples in ICAL.md use this zone and this "now". */
export const BUENOS_AIRES: ImportOptions = { timeZone: "America/Argentina/Buenos_Aires", today: "2026-11-22" };

/** A CRLF feed around the given VEVENT blocks. */
export function feed(...events: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Posada tests//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}

export function vevent(...lines: string[]): string {
  return ["BEGIN:VEVENT", ...lines, "END:VEVENT"].join("\r\n");
}

/** The merged ranges a feed blocks. */
export function rangesOf(input: string | Uint8Array, options: ImportOptions = BUENOS_AIRES): NightRange[] {
  return importedRanges(input, options).ranges;
}

export function nightCount(ranges: readonly NightRange[]): number {
  return ranges.reduce((sum, r) => sum + daysBetween(r.start, r.end), 0);
}

/** Bytes of a fixture in tests/fixtures/ical, exactly as committed. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/ical/${name}`, import.meta.url));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
