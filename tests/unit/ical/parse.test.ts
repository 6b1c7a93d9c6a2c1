import { describe, expect, it } from "vitest";
import { importedRanges, NotICalendarError, parseCalendar, unescapeText } from "../../../shared/ical";
import { BUENOS_AIRES, feed, utf8, vevent } from "./support";

describe("parseCalendar", () => {
  it.each([
    ["an HTML login page", "<!doctype html>\n<html><body>Please log in</body></html>"],
    ["an empty body", ""],
    ["JSON", '{"error":"not found"}'],
    ["a vCard", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n"],
  ])("refuses %s with NotICalendarError", (_, body) => {
    expect(() => parseCalendar(body)).toThrow(NotICalendarError);
    expect(() => importedRanges(utf8(body), BUENOS_AIRES)).toThrow(NotICalendarError);
  });

  it("unescapes UID and SUMMARY text", () => {
    const [event] = parseCalendar(feed(vevent("UID:a\\,b@x", "SUMMARY:Casa\\, lago\\; vista\\nrío \\\\ norte", "DTSTART;VALUE=DATE:20261201"))).events;
    expect(event!.uid).toBe("a,b@x");
    expect(event!.summary).toBe("Casa, lago; vista\nrío \\ norte");
  });

  it("keeps every occurrence of a repeated property (EXDATE) in file order", () => {
    const [event] = parseCalendar(feed(vevent("UID:a", "EXDATE:20261201", "EXDATE:20261208"))).events;
    expect(event!.properties.get("EXDATE")!.map((l) => l.value)).toEqual(["20261201", "20261208"]);
  });

  it("does not let a VALARM's properties leak into its event", () => {
    const text = feed(vevent("UID:a", "DTSTART;VALUE=DATE:20261201", "BEGIN:VALARM", "ACTION:DISPLAY", "DURATION:P5D", "TRIGGER:-PT15M", "END:VALARM"));
    const [event] = parseCalendar(text).events;
    expect(event!.properties.has("DURATION")).toBe(false);
    expect(importedRanges(text, BUENOS_AIRES).ranges).toEqual([{ start: "2026-12-01", end: "2026-12-02" }]);
  });

  it("reads VTIMEZONE observances: onset, offsets, rule", () => {
    const calendar = parseCalendar(
      feed(
        "BEGIN:VTIMEZONE",
        "TZID:Custom",
        "X-LIC-LOCATION:Europe/Paris",
        "BEGIN:DAYLIGHT",
        "DTSTART:19810329T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
      ),
    );
    expect(calendar.timezones.get("Custom")).toEqual({
      tzid: "Custom",
      location: "Europe/Paris",
      observances: [{ kind: "DAYLIGHT", startWallMs: Date.UTC(1981, 2, 29, 2), offsetFromMs: 3_600_000, offsetToMs: 7_200_000, rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", rdatesWallMs: [] }],
    });
  });

  it("notes a truncated feed and drops the unfinished event, keeping the finished ones", () => {
    const text = ["BEGIN:VCALENDAR", vevent("UID:done", "DTSTART;VALUE=DATE:20261201"), "BEGIN:VEVENT", "UID:cut", "DTSTART;VALUE=DATE:2026"].join("\r\n");
    const calendar = parseCalendar(text);
    expect(calendar.events.map((e) => e.uid)).toEqual(["done"]);
    expect(calendar.problems).toEqual(["The feed ends inside a VEVENT (truncated?); that event was ignored", "No END:VCALENDAR (truncated?)"]);
  });

  it("notes stray lines and END without BEGIN, and reads on", () => {
    const text = feed("garbage line", "END:VTODO", vevent("UID:a", "DTSTART;VALUE=DATE:20261201"));
    const calendar = parseCalendar(text);
    expect(calendar.events).toHaveLength(1);
    expect(calendar.problems).toEqual(['Not a content line, ignored: "garbage line"', "END:VTODO without its BEGIN was ignored"]);
  });
});

describe("unescapeText", () => {
  it("handles the four TEXT escapes and keeps unknown ones as written", () => {
    expect(unescapeText("a\\nb\\Nc\\\\d\\;e\\,f\\:g")).toBe("a\nb\nc\\d;e,f\\:g");
  });

  it("reads an escaped backslash before a comma as backslash + comma (Booking.com's PRODID)", () => {
    expect(unescapeText("-//admin.booking.com\\\\\\, b.v.//NONSGML v1.0//EN")).toBe("-//admin.booking.com\\, b.v.//NONSGML v1.0//EN");
  });
});
