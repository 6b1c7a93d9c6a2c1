import { describe, expect, it } from "vitest";
import { FeedTooLargeError, importedRanges, MAX_FEED_EVENTS, MAX_FEED_OCCURRENCES, MAX_IMPORTED_RANGES } from "../../../shared/ical";
import { BUENOS_AIRES, feed, nightCount, vevent } from "./support";

const IN_550_DAYS = "2028-05-25"; // 2026-11-22 + 550 days
const dates = (day: string) => day.replace(/-/g, "");
const addDaysIso = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function tooLarge(run: () => unknown): FeedTooLargeError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedTooLargeError) return error;
    throw error;
  }
  throw new Error("expected FeedTooLargeError");
}

describe("import costs stay bounded", () => {
  it("clips a one-off event spanning 50 years to the horizon", () => {
    const fiftyYears = feed(vevent("UID:x", "DTSTART;VALUE=DATE:20261122", "DTEND;VALUE=DATE:20761122"));
    const result = importedRanges(fiftyYears, { ...BUENOS_AIRES, horizonDays: 550 });
    expect(result.ranges).toEqual([{ start: "2026-11-22", end: IN_550_DAYS }]);
    expect(nightCount(result.ranges)).toBe(550);
  });

  it("drops events that start past the horizon, and clips series occurrences that run past it", () => {
    const later = vevent("UID:later", "DTSTART;VALUE=DATE:20300101", "DTEND;VALUE=DATE:20300103");
    const series = vevent("UID:s", "DTSTART;VALUE=DATE:20280520", "DTEND;VALUE=DATE:20280610", "RRULE:FREQ=YEARLY");
    expect(importedRanges(feed(later, series), { ...BUENOS_AIRES, horizonDays: 550 }).ranges).toEqual([{ start: "2028-05-20", end: IN_550_DAYS }]);
  });

  it(`refuses more than ${MAX_FEED_EVENTS} events`, () => {
    const events = Array.from({ length: MAX_FEED_EVENTS + 1 }, (_, i) => vevent(`UID:e${i}`, "DTSTART;VALUE=DATE:20200101", "DTEND;VALUE=DATE:20200102"));
    expect(tooLarge(() => importedRanges(feed(...events), BUENOS_AIRES))).toMatchObject({ limit: "events", max: MAX_FEED_EVENTS });
  });

  it(`stops expanding series past ${MAX_FEED_OCCURRENCES} occurrences`, () => {
    // 40 daily series of ~548 occurrences each: 2 kB of iCalendar, 21,920 occurrences.
    const series = Array.from({ length: 40 }, (_, i) => vevent(`UID:d${i}`, "DTSTART;VALUE=DATE:20261122", "DTEND;VALUE=DATE:20261123", "RRULE:FREQ=DAILY"));
    expect(tooLarge(() => importedRanges(feed(...series), { ...BUENOS_AIRES, horizonDays: 550 }))).toMatchObject({ limit: "occurrences", max: MAX_FEED_OCCURRENCES });
  });

  it(`refuses more than ${MAX_IMPORTED_RANGES} separate ranges when no horizon bounds them`, () => {
    const events = Array.from({ length: MAX_IMPORTED_RANGES + 1 }, (_, i) => {
      const night = addDaysIso("2026-12-01", 2 * i);
      return vevent(`UID:r${i}`, `DTSTART;VALUE=DATE:${dates(night)}`, `DTEND;VALUE=DATE:${dates(addDaysIso(night, 1))}`);
    });
    expect(tooLarge(() => importedRanges(feed(...events), BUENOS_AIRES))).toMatchObject({ limit: "ranges", max: MAX_IMPORTED_RANGES });
    // The same feed inside the 550-day horizon is at most 275 ranges, well within the cap.
    expect(importedRanges(feed(...events), { ...BUENOS_AIRES, horizonDays: 550 }).ranges.length).toBeLessThanOrEqual(275);
  });
});
