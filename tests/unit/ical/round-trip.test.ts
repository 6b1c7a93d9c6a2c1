import { describe, expect, it } from "vitest";
import { addDays } from "../../../shared/domain/dates";
import { importedRanges, mergeRanges, renderCalendar, type ExportEvent } from "../../../shared/ical";

const options = { timeZone: "America/Argentina/Buenos_Aires", today: "2026-11-22" };
const render = (events: ExportEvent[]) => renderCalendar({ prodId: "-//Posada//Availability 1.0//ES", calendarName: "Coihue", accommodationId: "acc_1", stamp: new Date("2026-11-22T12:00:00Z"), events });

describe("export → import round trip", () => {
  it("what Posada exports imports back to the same merged nights", () => {
    const events: ExportEvent[] = [
      { uid: "a@posada.app", start: "2026-12-01", end: "2026-12-04", summary: "Not available" },
      // Back-to-back and overlapping with the first: they merge on import.
      { uid: "b@posada.app", start: "2026-12-04", end: "2026-12-06", summary: "Not available" },
      { uid: "c@posada.app", start: "2026-12-05", end: "2026-12-08", summary: "Not available" },
      { uid: "d@posada.app", start: "2026-12-30", end: "2027-01-03", summary: "Cabaña ñ 🏔️, cerrada; \\ pintura".repeat(5) },
    ];
    const result = importedRanges(render(events), options);
    expect(result.ranges).toEqual([
      { start: "2026-12-01", end: "2026-12-08" },
      { start: "2026-12-30", end: "2027-01-03" },
    ]);
    expect(result.eventCount).toBe(4);
    expect(result.skipped).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("a year of varied stays survives the trip night for night", () => {
    const events: ExportEvent[] = [];
    let start = "2026-11-23";
    for (let i = 0; i < 120; i++) {
      const end = addDays(start, 1 + (i % 5));
      events.push({ uid: `s${i}@posada.app`, start, end, summary: `Estadía ${i}` });
      // Gaps of 0 to 2 nights: some stays touch, some do not.
      start = addDays(end, i % 3);
    }
    expect(importedRanges(render(events), options).ranges).toEqual(mergeRanges(events));
  });
});
