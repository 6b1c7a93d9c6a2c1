import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importedRanges, parseCalendar } from "../../../shared/ical";
import { fixture, nightCount } from "./support";

// Before every fixture's first night, so nothing is dropped as past.
const EARLY = { timeZone: "America/Argentina/Buenos_Aires", today: "2020-01-01" };
const ranges = (pairs: Array<[string, string]>) => pairs.map(([start, end]) => ({ start, end }));

/** Expected nights per fixture, worked out by reading each file's DTSTART/DTEND lines. */
const EXPECTED: Record<string, Array<[string, string]>> = {
  "airbnb-hosting-1.0-crlf.ics": [
    // Nine back-to-back stays 10-20 → 11-04, one of them an "Airbnb (Not available)" block (11-01).
    ["2025-10-20", "2025-11-04"],
    ["2025-11-08", "2025-11-11"],
    ["2025-11-14", "2025-11-17"],
    ["2025-11-21", "2025-11-23"],
    ["2025-11-25", "2025-11-27"],
    ["2025-11-28", "2025-11-30"],
    ["2025-12-06", "2025-12-07"],
    ["2025-12-24", "2025-12-26"],
    ["2025-12-27", "2025-12-28"],
    ["2025-12-30", "2025-12-31"],
    ["2026-01-01", "2026-01-04"],
    ["2026-02-07", "2026-02-08"],
    ["2026-02-13", "2026-02-15"],
    ["2026-03-14", "2026-03-15"],
    // The 205-night host block.
    ["2026-04-01", "2026-10-23"],
  ],
  "airbnb-merged-6-listings-mixed-eol.ics": [
    ["2026-08-17", "2026-09-22"],
    // Includes the year-end stay 2026-12-30 → 2027-01-04.
    ["2026-09-23", "2027-01-26"],
    ["2027-01-29", "2027-02-01"],
    ["2027-02-11", "2027-03-07"],
    ["2027-03-12", "2027-03-15"],
    ["2027-04-01", "2027-04-08"],
    ["2027-04-19", "2027-04-23"],
    ["2027-05-12", "2027-05-18"],
    ["2027-05-29", "2027-06-07"],
    ["2027-07-18", "2027-07-25"],
    ["2027-07-31", "2027-08-05"],
  ],
  // The third event (2025-06-01 → 2025-02-27) is inverted and blocks nothing.
  "airbnb-0.8.8-blanklines-inverted.ics": [
    ["2025-02-26", "2025-02-27"],
    ["2025-04-03", "2025-05-25"],
  ],
  "airbnb-0.8.8-long-block.ics": [
    ["2023-02-26", "2023-02-27"],
    ["2023-05-27", "2024-02-27"],
  ],
  "booking-com-crlf.ics": [
    ["2026-09-08", "2026-09-13"],
    ["2027-07-31", "2027-08-07"],
  ],
  // Check-in 16:00 and check-out 11:00 Paris time are the same dates in Buenos Aires.
  "ownerrez-icalnet-tzid.ics": [["2022-05-10", "2023-02-23"]],
  "morningcroissant-empty.ics": [],
  // TRANSP:TRANSPARENT is not an ICAL.md rule: these all-day events block like any other.
  "google-calendar-holidays.ics": [
    ["2021-01-01", "2021-01-04"],
    ["2021-02-11", "2021-02-18"],
    ["2021-02-26", "2021-02-27"],
    ["2021-03-08", "2021-03-09"],
    ["2021-03-12", "2021-03-13"],
    ["2021-03-14", "2021-03-15"],
    ["2021-04-03", "2021-04-06"],
    ["2021-05-01", "2021-05-06"],
    ["2021-06-12", "2021-06-15"],
    ["2021-08-14", "2021-08-15"],
    ["2021-08-22", "2021-08-23"],
    ["2021-09-10", "2021-09-11"],
    ["2021-09-19", "2021-09-22"],
    ["2021-10-01", "2021-10-08"],
    ["2021-10-14", "2021-10-15"],
    ["2021-12-25", "2021-12-26"],
    ["2022-01-01", "2022-01-04"],
    ["2022-01-31", "2022-02-07"],
    ["2022-02-15", "2022-02-16"],
    ["2022-03-04", "2022-03-05"],
    ["2022-03-08", "2022-03-09"],
    ["2022-03-12", "2022-03-13"],
    ["2022-04-03", "2022-04-06"],
    ["2022-04-30", "2022-05-05"],
    ["2022-06-03", "2022-06-06"],
    ["2022-08-04", "2022-08-05"],
    ["2022-08-12", "2022-08-13"],
    ["2022-09-10", "2022-09-13"],
    ["2022-10-01", "2022-10-08"],
    ["2022-12-25", "2022-12-26"],
    ["2023-01-01", "2023-01-02"],
    ["2023-01-21", "2023-01-28"],
    ["2023-02-05", "2023-02-06"],
    ["2023-02-21", "2023-02-22"],
    ["2023-03-08", "2023-03-09"],
    ["2023-03-12", "2023-03-13"],
    ["2023-04-03", "2023-04-06"],
    ["2023-05-01", "2023-05-02"],
    ["2023-05-04", "2023-05-05"],
    ["2023-06-22", "2023-06-25"],
    ["2023-08-22", "2023-08-23"],
    ["2023-08-30", "2023-08-31"],
    ["2023-09-10", "2023-09-11"],
    ["2023-09-29", "2023-09-30"],
    ["2023-10-01", "2023-10-08"],
    ["2023-10-23", "2023-10-24"],
    ["2023-12-25", "2023-12-26"],
  ],
};

/** VEVENT counts measured on the fixture bytes (SOURCES.md). */
const EVENT_COUNTS: Record<string, number> = {
  "airbnb-hosting-1.0-crlf.ics": 28,
  "airbnb-merged-6-listings-mixed-eol.ics": 176,
  "airbnb-0.8.8-blanklines-inverted.ics": 3,
  "airbnb-0.8.8-long-block.ics": 2,
  "booking-com-crlf.ics": 2,
  "ownerrez-icalnet-tzid.ics": 1,
  "morningcroissant-empty.ics": 0,
  "google-calendar-holidays.ics": 115,
};

describe("real OTA exports", () => {
  it("every .ics fixture in the folder has expectations here", () => {
    const files = readdirSync(new URL("../../fixtures/ical/", import.meta.url)).filter((name) => name.endsWith(".ics"));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s imports with the expected nights and event count", (name) => {
    const result = importedRanges(fixture(name), EARLY);
    expect(result.ranges).toEqual(ranges(EXPECTED[name]!));
    expect(result.eventCount).toBe(EVENT_COUNTS[name]);
  });

  it("Airbnb 1.0: nothing skipped, nothing to warn about", () => {
    const result = importedRanges(fixture("airbnb-hosting-1.0-crlf.ics"), EARLY);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("Airbnb 1.0: the DESCRIPTION folded mid-URL unfolds, and \\n unescapes to a newline", () => {
    const [first] = parseCalendar(fixture("airbnb-hosting-1.0-crlf.ics")).events;
    const description = first!.properties.get("DESCRIPTION")![0]!.value;
    expect(description).toBe("Reservation URL: https://www.airbnb.com/hosting/reservations/details/HMNB2KP54N\\nPhone Number (Last 4 Digits): 2113");
    expect(first!.summary).toBe("Reserved");
  });

  it("merged Airbnb feeds: the LF-only wrapper lines and the 6 extra PRODID/VERSION/CALSCALE lines are harmless", () => {
    const calendar = parseCalendar(fixture("airbnb-merged-6-listings-mixed-eol.ics"));
    expect(calendar.events).toHaveLength(176);
    expect(calendar.problems).toEqual([]);
    expect(calendar.events[0]!.summary).toMatch(/^\d+ Reserved$/);
  });

  it("old Airbnb 0.8.8: the inverted event is reported by UID and the rest kept", () => {
    const result = importedRanges(fixture("airbnb-0.8.8-blanklines-inverted.ics"), EARLY);
    expect(result.skipped).toEqual([{ uid: "6fec1092d3fa-b03a1ec3773826d30cf3ccb40229974b@airbnb.com", reason: "inverted" }]);
    expect(result.problems).toEqual([]);
  });

  it("old Airbnb 0.8.8: the long block is 276 nights across the year end", () => {
    const [, long] = importedRanges(fixture("airbnb-0.8.8-long-block.ics"), EARLY).ranges;
    expect(nightCount([long!])).toBe(276);
  });

  it("Booking.com: the broken PRODID escape does not matter; nights before today are dropped", () => {
    const result = importedRanges(fixture("booking-com-crlf.ics"), { ...EARLY, today: "2026-09-10" });
    expect(result.ranges).toEqual(ranges([["2026-09-10", "2026-09-13"], ["2027-07-31", "2027-08-07"]]));
    expect(importedRanges(fixture("booking-com-crlf.ics"), { ...EARLY, today: "2026-09-13" }).ranges).toEqual(ranges([["2027-07-31", "2027-08-07"]]));
  });

  describe("OwnerRez TZID=Europe/Paris stay (16:00 CEST 2022-05-10 → 11:00 CET 2023-02-23)", () => {
    it("is 289 nights in Buenos Aires and uses the feed's zone, not the accommodation's", () => {
      const result = importedRanges(fixture("ownerrez-icalnet-tzid.ics"), EARLY);
      expect(nightCount(result.ranges)).toBe(289);
      expect(result.warnings).toEqual([]);
    });

    it("from Honolulu it ends exactly at local midnight (10:00Z = 00:00 HST), so the 23rd stays free", () => {
      expect(importedRanges(fixture("ownerrez-icalnet-tzid.ics"), { ...EARLY, timeZone: "Pacific/Honolulu" }).ranges).toEqual(ranges([["2022-05-10", "2023-02-23"]]));
    });

    it("from Kiritimati (UTC+14) both ends fall a day later", () => {
      // 14:00Z is 04:00 on the 11th there; 10:00Z is 00:00 on the 24th.
      expect(importedRanges(fixture("ownerrez-icalnet-tzid.ics"), { ...EARLY, timeZone: "Pacific/Kiritimati" }).ranges).toEqual(ranges([["2022-05-11", "2023-02-24"]]));
    });
  });

  it("MorningCroissant: an empty calendar is a valid feed with no events", () => {
    const result = importedRanges(fixture("morningcroissant-empty.ics"), EARLY);
    expect(result).toEqual({ ranges: [], eventCount: 0, skipped: [], warnings: [], problems: [] });
  });

  it("Google Calendar: the DESCRIPTION folded mid-word unfolds and unescapes \\, and \\n", () => {
    const calendar = parseCalendar(fixture("google-calendar-holidays.ics"));
    const zhonghe = calendar.events.find((e) => e.summary === "Zhonghe Festival")!;
    expect(zhonghe.properties.get("DESCRIPTION")![0]!.value).toBe("Observance\\nTo hide observances\\, go to Google Calendar Settings > Holidays in China");
  });
});
