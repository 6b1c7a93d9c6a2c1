import { describe, expect, it } from "vitest";
import { importedRanges, parseCalendar } from "../../../shared/ical";
import { instantOf, localDateOf } from "../../../shared/ical/clock";
import { ianaClock, isIanaZone } from "../../../shared/ical/iana-clock";
import { vtimezoneClock } from "../../../shared/ical/vtimezone-clock";
import { ianaOfWindowsZone, windowsZoneNames } from "../../../shared/ical/windows-zones";
import { BUENOS_AIRES, feed, rangesOf, vevent } from "./support";

/** The zone's offset at an instant straight from Intl, with no offset table in between. */
function intlOffset(formatter: Intl.DateTimeFormat, instant: number): number {
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(instant / 1000) * 1000;
}

const CUSTOM_EASTERN = [
  "BEGIN:VTIMEZONE",
  "TZID:Custom Eastern",
  "BEGIN:STANDARD",
  "DTSTART:20071104T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:20070311T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
].join("\r\n");

describe("IANA clocks", () => {
  it.each(["America/Argentina/Buenos_Aires", "America/New_York", "America/Santiago", "Europe/Paris", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "Africa/Casablanca", "Asia/Tehran"])(
    "%s: cached offsets match Intl at 2,000 instants over 2024–2028",
    (zone) => {
      const clock = ianaClock(zone)!;
      const formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
      const from = Date.UTC(2024, 0, 1);
      const span = Date.UTC(2029, 0, 1) - from;
      for (let i = 0; i < 2000; i++) {
        // A fixed, irregular stride so samples land at all times of day.
        const instant = from + Math.floor((span * i) / 2000) + ((i * 7_919_000) % 86_400_000);
        expect(clock.offsetAt(instant), new Date(instant).toISOString()).toBe(intlOffset(formatter, instant));
      }
    },
  );

  it("finds each transition to the second (New York, spring 2027: 07:00:00Z)", () => {
    const clock = ianaClock("America/New_York")!;
    expect(clock.offsetAt(Date.UTC(2027, 2, 14, 6, 59, 59))).toBe(-5 * 3_600_000);
    expect(clock.offsetAt(Date.UTC(2027, 2, 14, 7, 0, 0))).toBe(-4 * 3_600_000);
  });

  it("reads a wall time skipped by the spring change on the offset before the gap", () => {
    // 02:30 on 2027-03-14 does not exist in New York; RFC 5545 reads it as 03:30 EDT.
    expect(instantOf(ianaClock("America/New_York")!, Date.UTC(2027, 2, 14, 2, 30))).toBe(Date.UTC(2027, 2, 14, 7, 30));
  });

  it("reads a wall time repeated by the autumn change as its first occurrence", () => {
    // 01:30 on 2027-11-07 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(instantOf(ianaClock("America/New_York")!, Date.UTC(2027, 10, 7, 1, 30))).toBe(Date.UTC(2027, 10, 7, 5, 30));
  });

  it("gives the local date of an instant", () => {
    expect(localDateOf(ianaClock("America/Argentina/Buenos_Aires")!, Date.UTC(2026, 11, 2, 2, 59, 59))).toBe("2026-12-01");
    expect(localDateOf(ianaClock("America/Argentina/Buenos_Aires")!, Date.UTC(2026, 11, 2, 3))).toBe("2026-12-02");
  });

  it("answers null for a name the tz database does not know", () => {
    expect(ianaClock("Eastern Standard Time")).toBeNull();
    expect(isIanaZone("Europe/Paris")).toBe(true);
  });
});

describe("TZID resolution", () => {
  it("every Windows zone name maps to a zone this runtime knows", () => {
    expect(windowsZoneNames.length).toBeGreaterThan(130);
    for (const name of windowsZoneNames) expect(isIanaZone(ianaOfWindowsZone(name)!), name).toBe(true);
  });

  it("reads Windows zone names, quoted or not", () => {
    // 02:00 in Paris (UTC+1 in December) is 22:00 the day before in Buenos Aires.
    const text = feed(
      vevent("UID:a", "DTSTART;TZID=Romance Standard Time:20261202T020000", "DTEND;TZID=Romance Standard Time:20261204T020000"),
      vevent("UID:b", 'DTSTART;TZID="Argentina Standard Time":20261210T000000', 'DTEND;TZID="Argentina Standard Time":20261212T000000'),
    );
    const result = importedRanges(text, BUENOS_AIRES);
    expect(result.ranges).toEqual([
      { start: "2026-12-01", end: "2026-12-03" },
      { start: "2026-12-10", end: "2026-12-12" },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("reads the IANA tail of a prefixed TZID (Mozilla, Citadel)", () => {
    const text = feed(vevent("UID:a", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Paris:20261202T020000", "DTEND;TZID=/citadel.org/20190914_1/Europe/Paris:20261204T020000"));
    expect(rangesOf(text)).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
  });

  it("a custom TZID whose VTIMEZONE names an IANA zone in X-LIC-LOCATION follows the tz database", () => {
    // The observance offsets are deliberately wrong; the tz database wins.
    const zone = ["BEGIN:VTIMEZONE", "TZID:Chez nous", "X-LIC-LOCATION:Europe/Paris", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0500", "TZOFFSETTO:+0500", "END:STANDARD", "END:VTIMEZONE"].join("\r\n");
    const text = feed(zone, vevent("UID:a", "DTSTART;TZID=Chez nous:20261202T020000", "DTEND;TZID=Chez nous:20261204T020000"));
    expect(rangesOf(text)).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
  });

  it("a custom TZID known only from its VTIMEZONE follows that VTIMEZONE's DST rules", () => {
    const text = feed(
      CUSTOM_EASTERN,
      // July, UTC-4: 22:00 is 02:00Z, 23:00 the same day in Buenos Aires.
      vevent("UID:summer", "DTSTART;TZID=Custom Eastern:20270710T220000", "DTEND;TZID=Custom Eastern:20270712T220000"),
      // January, UTC-5: 22:00 is 03:00Z, midnight of the next day in Buenos Aires.
      vevent("UID:winter", "DTSTART;TZID=Custom Eastern:20270110T220000", "DTEND;TZID=Custom Eastern:20270112T220000"),
    );
    const result = importedRanges(text, BUENOS_AIRES);
    expect(result.ranges).toEqual([
      { start: "2027-01-11", end: "2027-01-13" },
      { start: "2027-07-10", end: "2027-07-12" },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("a VTIMEZONE clock agrees with the tz database zone it describes", () => {
    const clock = vtimezoneClock(parseCalendar(feed(CUSTOM_EASTERN)).timezones.get("Custom Eastern")!)!;
    const newYork = ianaClock("America/New_York")!;
    for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2029, 0, 1); instant += 3 * 3_600_000 + 17 * 60_000) {
      expect(clock.offsetAt(instant), new Date(instant).toISOString()).toBe(newYork.offsetAt(instant));
    }
  });

  it("an unknown TZID with no VTIMEZONE is read as the accommodation's local time and reported", () => {
    const result = importedRanges(feed(vevent("UID:a", "DTSTART;TZID=Nowhere/Special:20261201T010000", "DTEND;TZID=Nowhere/Special:20261203T010000")), BUENOS_AIRES);
    expect(result.ranges).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
    expect(result.warnings).toEqual([{ uid: "a", reason: "unknown_timezone", detail: expect.stringContaining('"Nowhere/Special"') }]);
  });
});
