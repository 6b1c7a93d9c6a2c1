import { describe, expect, it } from "vitest";
import { contentLines, unescapeText, unfoldedLines } from "../../../shared/ical/content-lines";
import { importedNights } from "../../../shared/ical/imported-nights";
import { escapeText, foldLine, renderCalendar } from "../../../shared/ical/ical-writer";

const encoder = new TextEncoder();
const decoderFatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

describe("export rendering", () => {
  const calendar = {
    prodId: "-//Posada//Calendar 1.0//ES",
    name: "Cabaña Coihue, lago; vista",
    stamp: new Date("2026-11-22T13:00:00Z"),
    events: [
      { uid: "acc_1-2026-12-01@posada", start: "2026-12-01", end: "2026-12-04", summary: "Not available" },
      { uid: "acc_1-2026-12-10@posada", start: "2026-12-10", end: "2026-12-11", summary: "Not available" },
    ],
  };

  it("uses CRLF everywhere, all-day events with DTEND = check-out, DTSTAMP in UTC", () => {
    const text = renderCalendar(calendar);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text).toContain("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261204\r\n");
    expect(text).toContain("DTSTAMP:20261122T130000Z\r\n");
    expect(text).toContain("X-WR-CALNAME:Cabaña Coihue\\, lago\\; vista\r\n");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const summary = "Ñandú 🏔️ ".repeat(30);
    const line = foldLine(`SUMMARY:${escapeText(summary)}`);
    const physical = line.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, piece] of physical.entries()) {
      const bytes = encoder.encode(piece);
      expect(bytes.length).toBeLessThanOrEqual(75);
      if (i > 0) expect(piece.startsWith(" ")).toBe(true);
      // Each physical line is valid UTF-8 on its own: no character was cut.
      expect(() => decoderFatal.decode(bytes)).not.toThrow();
    }
    expect(unfoldedLines(`${line}\r\n`)).toEqual([`SUMMARY:${escapeText(summary)}`]);
  });

  it("escapes TEXT so that parsing gives the same text back", () => {
    const tricky = "Casa, con \\ barra; y\nsalto";
    const [parsed] = contentLines(foldLine(`SUMMARY:${escapeText(tricky)}`));
    expect(unescapeText(parsed!.value)).toBe(tricky);
  });

  it("round-trips: what Posada exports imports back to the same nights", () => {
    const text = renderCalendar(calendar);
    const result = importedNights(text, { timeZone: "America/Argentina/Buenos_Aires", today: "2026-11-22" });
    expect(result.ranges).toEqual([
      { start: "2026-12-01", end: "2026-12-04" },
      { start: "2026-12-10", end: "2026-12-11" },
    ]);
    expect(result.skipped).toEqual([]);
  });
});
