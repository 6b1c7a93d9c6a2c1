import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importedNights } from "../../../shared/ical/imported-nights";
import type { NightRange } from "../../../shared/ical/night-ranges";

const dir = new URL("../../fixtures/ical/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir));
const BUENOS_AIRES = { timeZone: "America/Argentina/Buenos_Aires", today: "2020-01-01" };

const nightsOf = (ranges: NightRange[]) => {
  const nights: string[] = [];
  for (const r of ranges) for (let d = new Date(`${r.start}T00:00:00Z`); d.toISOString().slice(0, 10) < r.end; d.setUTCDate(d.getUTCDate() + 1)) nights.push(d.toISOString().slice(0, 10));
  return nights;
};

/**
 * A deliberately naive oracle for all-day feeds: pair each VEVENT's DTSTART/DTEND dates with a
 * regex over the raw text and collect the nights in a set. It shares no code with the importer.
 */
function oracleNights(bytes: Buffer): string[] {
  const text = bytes.toString("utf8");
  const nights = new Set<string>();
  for (const block of text.split(/BEGIN:VEVENT/).slice(1)) {
    const start = block.match(/DTSTART;VALUE=DATE:(\d{8})/)?.[1];
    const end = block.match(/DTEND;VALUE=DATE:(\d{8})/)?.[1];
    if (!start || !end) continue;
    const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    for (const d = new Date(`${iso(start)}T00:00:00Z`); d.toISOString().slice(0, 10) < iso(end); d.setUTCDate(d.getUTCDate() + 1)) nights.add(d.toISOString().slice(0, 10));
  }
  return [...nights].sort();
}

describe("real OTA exports import with the right nights", () => {
  it("covers every fixture in the folder", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ics"));
    expect(files.length).toBe(8);
    for (const file of files) expect(() => importedNights(fixture(file), BUENOS_AIRES), file).not.toThrow();
  });

  it.each(["airbnb-hosting-1.0-crlf.ics", "airbnb-merged-6-listings-mixed-eol.ics", "airbnb-0.8.8-blanklines-inverted.ics", "airbnb-0.8.8-long-block.ics", "booking-com-crlf.ics", "google-calendar-holidays.ics"])(
    "%s blocks exactly the nights of its all-day events",
    (file) => {
      const result = importedNights(fixture(file), BUENOS_AIRES);
      expect(nightsOf(result.ranges)).toEqual(oracleNights(fixture(file)));
    },
  );

  it("Airbnb hosting 1.0: 28 events, back-to-back stays merged, the 205-night host block kept whole", () => {
    const result = importedNights(fixture("airbnb-hosting-1.0-crlf.ics"), BUENOS_AIRES);
    expect(result.eventCount).toBe(28);
    expect(result.skipped).toEqual([]);
    expect(result.ranges[0]).toEqual({ start: "2025-10-20", end: "2025-11-04" });
    expect(result.ranges).toContainEqual(expect.objectContaining({ end: "2026-10-23" }));
    const longest = result.ranges.reduce((a, b) => (nightsOf([b]).length > nightsOf([a]).length ? b : a));
    expect(nightsOf([longest]).length).toBeGreaterThanOrEqual(205);
  });

  it("merged Airbnb listings with mixed line ends: 176 events, stays across the year end", () => {
    const result = importedNights(fixture("airbnb-merged-6-listings-mixed-eol.ics"), BUENOS_AIRES);
    expect(result.eventCount).toBe(176);
    const nights = nightsOf(result.ranges);
    expect(nights).toContain("2026-12-31");
    expect(nights).toContain("2027-01-03");
  });

  it("old Airbnb export: LF only, blank lines, DTEND first; the inverted event is reported and the rest kept", () => {
    const result = importedNights(fixture("airbnb-0.8.8-blanklines-inverted.ics"), BUENOS_AIRES);
    expect(result.eventCount).toBe(3);
    expect(result.ranges).toEqual([
      { start: "2025-02-26", end: "2025-02-27" },
      { start: "2025-04-03", end: "2025-05-25" },
    ]);
    expect(result.skipped).toEqual([{ uid: expect.stringContaining("@airbnb.com"), reason: "inverted" }]);
  });

  it("old Airbnb long block: 276 nights across the year end", () => {
    const result = importedNights(fixture("airbnb-0.8.8-long-block.ics"), BUENOS_AIRES);
    expect(result.ranges).toEqual([
      { start: "2023-02-26", end: "2023-02-27" },
      { start: "2023-05-27", end: "2024-02-27" },
    ]);
    expect(nightsOf([result.ranges[1]!]).length).toBe(276);
  });

  it("Booking.com: CLOSED events with a broken PRODID escape", () => {
    expect(importedNights(fixture("booking-com-crlf.ics"), BUENOS_AIRES).ranges).toEqual([
      { start: "2026-09-08", end: "2026-09-13" },
      { start: "2027-07-31", end: "2027-08-07" },
    ]);
  });

  it("OwnerRez: TZID=Europe/Paris times become Buenos Aires nights (16:00 → 11:00 local, 289 nights)", () => {
    const result = importedNights(fixture("ownerrez-icalnet-tzid.ics"), BUENOS_AIRES);
    expect(result.ranges).toEqual([{ start: "2022-05-10", end: "2023-02-23" }]);
    expect(nightsOf(result.ranges)).toHaveLength(289);
    // Seen from Tokyo, check-in 16:00 Paris is already 23:00 the same day, check-out 11:00 is 19:00.
    expect(importedNights(fixture("ownerrez-icalnet-tzid.ics"), { timeZone: "Asia/Tokyo", today: "2020-01-01" }).ranges).toEqual([{ start: "2022-05-10", end: "2023-02-23" }]);
    // From Honolulu (UTC-10), 16:00 Paris is 04:00 the same day and 11:00 Paris is 00:00 on the 23rd:
    // ending exactly at local midnight does not block the night of the 23rd.
    expect(importedNights(fixture("ownerrez-icalnet-tzid.ics"), { timeZone: "Pacific/Honolulu", today: "2020-01-01" }).ranges).toEqual([{ start: "2022-05-10", end: "2023-02-23" }]);
  });

  it("MorningCroissant: an empty calendar imports as no nights", () => {
    expect(importedNights(fixture("morningcroissant-empty.ics"), BUENOS_AIRES)).toMatchObject({ ranges: [], eventCount: 0 });
  });

  it("drops nights before today", () => {
    const result = importedNights(fixture("booking-com-crlf.ics"), { ...BUENOS_AIRES, today: "2026-09-10" });
    expect(result.ranges).toEqual([
      { start: "2026-09-10", end: "2026-09-13" },
      { start: "2027-07-31", end: "2027-08-07" },
    ]);
  });
});
