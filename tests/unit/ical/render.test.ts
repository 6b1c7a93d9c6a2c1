import { describe, expect, it } from "vitest";
import { escapeText, foldLine, parseCalendar, renderCalendar, unfoldLines, type RenderCalendarInput } from "../../../shared/ical";

const octets = (text: string) => new TextEncoder().encode(text).length;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

const calendar: RenderCalendarInput = {
  prodId: "-//Posada//Availability 1.0//ES",
  calendarName: "Cabaña Coihue, lago; vista",
  accommodationId: "acc_01JD3Q8Z7X4M2N6P0R5S9T1V3W",
  stamp: new Date("2026-11-22T13:04:05.678Z"),
  events: [
    { uid: "acc_1-20261201@posada.app", start: "2026-12-01", end: "2026-12-04", summary: "Not available" },
    { uid: "acc_1-20261210@posada.app", start: "2026-12-10", end: "2026-12-11", summary: "Not available" },
  ],
};

describe("renderCalendar", () => {
  it("ends every line with CRLF and has no bare CR or LF", () => {
    const text = renderCalendar(calendar);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the calendar header RFC 5545 asks for, VERSION first after BEGIN", () => {
    const lines = renderCalendar(calendar).split("\r\n");
    expect(lines.slice(0, 5)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Posada//Availability 1.0//ES", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]);
    expect(lines).toContain("X-WR-CALNAME:Cabaña Coihue\\, lago\\; vista");
    expect(lines).toContain("X-WR-RELCALID:acc_01JD3Q8Z7X4M2N6P0R5S9T1V3W");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("writes each event as an all-day block: UID, UTC DTSTAMP, DATE start, DTEND = check-out, SUMMARY, OPAQUE", () => {
    const text = renderCalendar(calendar);
    expect(text).toContain(
      ["BEGIN:VEVENT", "UID:acc_1-20261201@posada.app", "DTSTAMP:20261122T130405Z", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261204", "SUMMARY:Not available", "TRANSP:OPAQUE", "END:VEVENT"].join("\r\n"),
    );
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("escapes backslash, semicolon, comma and newline in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    const text = renderCalendar({ ...calendar, events: [{ ...calendar.events[0]!, summary: "Cerrado; pintura, techo\\norte\nvolvemos" }] });
    expect(unfoldLines(text)).toContain("SUMMARY:Cerrado\\; pintura\\, techo\\\\norte\\nvolvemos");
  });

  it("an unfold and parse of the output gives back the exact text", () => {
    const tricky = "Reservado: Ñandú, \"el sur\"; 🏔️ ruta\\40 \n segunda línea, ".repeat(4);
    const text = renderCalendar({ ...calendar, calendarName: tricky, events: [{ ...calendar.events[0]!, uid: "a,b;c@x", summary: tricky }] });
    const [event] = parseCalendar(text).events;
    expect(event!.summary).toBe(tricky);
    expect(event!.uid).toBe("a,b;c@x");
  });

  it("refuses an event that is not a valid, non-empty range of nights", () => {
    const event = calendar.events[0]!;
    expect(() => renderCalendar({ ...calendar, events: [{ ...event, end: event.start }] })).toThrow(RangeError);
    expect(() => renderCalendar({ ...calendar, events: [{ ...event, start: "2026-12-05", end: "2026-12-01" }] })).toThrow(RangeError);
    expect(() => renderCalendar({ ...calendar, events: [{ ...event, end: "2026-02-30" }] })).toThrow(RangeError);
  });
});

describe("folding at 75 octets", () => {
  const longSummary = "ñ🏔️ Cabaña del Ñandú — reservada 🛏️🌄 ".repeat(12);

  it("keeps every physical line within 75 octets, continuation lines starting with one space", () => {
    const text = renderCalendar({ ...calendar, events: [{ ...calendar.events[0]!, summary: longSummary }] });
    const physical = text.split("\r\n").slice(0, -1);
    const continuations = physical.filter((line) => line.startsWith(" "));
    expect(continuations.length).toBeGreaterThan(5);
    for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  it("never splits a UTF-8 character: each physical line is valid UTF-8 on its own", () => {
    const folded = foldLine(`SUMMARY:${"ñ".repeat(100)}${"😀".repeat(50)}`);
    for (const line of folded.split("\r\n")) expect(() => strictUtf8.decode(new TextEncoder().encode(line))).not.toThrow();
  });

  it("uses the full 75 octets: 2-octet characters fill 74 after the 1-octet prefix", () => {
    const [first, second] = foldLine(`X:${"ñ".repeat(100)}`).split("\r\n");
    // "X:" + 36 × "ñ" = 74 octets (a 37th would make 76); then " " + 37 × "ñ" = 75.
    expect(octets(first!)).toBe(74);
    expect(octets(second!)).toBe(75);
  });

  it("leaves a line of exactly 75 octets alone and folds one of 76", () => {
    expect(foldLine(`X:${"a".repeat(73)}`)).toBe(`X:${"a".repeat(73)}`);
    expect(foldLine(`X:${"a".repeat(74)}`)).toBe(`X:${"a".repeat(73)}\r\n a`);
  });

  it("unfolds back to the original line", () => {
    const line = `SUMMARY:${escapeText(longSummary)}`;
    expect(unfoldLines(`${foldLine(line)}\r\n`)).toEqual([line]);
  });
});
