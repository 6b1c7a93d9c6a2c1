import { describe, expect, it } from "vitest";
import { importedRanges } from "../../../shared/ical";
import { BUENOS_AIRES, feed, rangesOf, vevent } from "./support";

// today = 2026-11-22, a Sunday; the window is [2026-11-22, 2028-05-22).

const starts = (text: string, options = BUENOS_AIRES) => rangesOf(text, options).map((r) => r.start);
const night = (date: string) => ({ start: date, end: new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) });

describe("RRULE: COUNT, UNTIL and EXDATE", () => {
  it("COUNT counts occurrences before EXDATE removes one (RFC 5545)", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;VALUE=DATE:20261208"));
    expect(rangesOf(text)).toEqual([night("2026-12-01"), night("2026-12-15"), night("2026-12-22")]);
  });

  it("UNTIL as a date is inclusive", () => {
    expect(rangesOf(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261213", "RRULE:FREQ=DAILY;UNTIL=20261215")))).toEqual([{ start: "2026-12-13", end: "2026-12-16" }]);
  });

  it("UNTIL as a floating date-time is inclusive; each occurrence lasts as long as the master", () => {
    const text = feed(vevent("UID:r", "DTSTART:20261204T150000", "DTEND:20261206T110000", "RRULE:FREQ=WEEKLY;UNTIL=20261218T150000"));
    expect(rangesOf(text)).toEqual([
      { start: "2026-12-04", end: "2026-12-06" },
      { start: "2026-12-11", end: "2026-12-13" },
      { start: "2026-12-18", end: "2026-12-20" },
    ]);
  });

  it("UNTIL in UTC bounds a TZID series at the exact instant", () => {
    // 16:00 in Madrid (UTC+1) is 15:00Z.
    const series = (until: string) => feed(vevent("UID:r", "DTSTART;TZID=Europe/Madrid:20261204T160000", "DTEND;TZID=Europe/Madrid:20261205T100000", `RRULE:FREQ=WEEKLY;UNTIL=${until}`));
    expect(starts(series("20261218T150000Z"))).toEqual(["2026-12-04", "2026-12-11", "2026-12-18"]);
    expect(starts(series("20261218T145959Z"))).toEqual(["2026-12-04", "2026-12-11"]);
  });

  it("EXDATE with a TZID removes the occurrence at that instant", () => {
    const text = feed(vevent("UID:r", "DTSTART;TZID=Europe/Madrid:20261204T160000", "DTEND;TZID=Europe/Madrid:20261205T100000", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=Europe/Madrid:20261211T160000"));
    expect(starts(text)).toEqual(["2026-12-04", "2026-12-18"]);
    // An EXDATE at another time of day names no occurrence.
    const miss = feed(vevent("UID:r", "DTSTART;TZID=Europe/Madrid:20261204T160000", "DTEND;TZID=Europe/Madrid:20261205T100000", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=Europe/Madrid:20261211T170000"));
    expect(starts(miss)).toEqual(["2026-12-04", "2026-12-11", "2026-12-18"]);
  });

  it("several EXDATE values on one line and on several lines all apply", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=DAILY;COUNT=6", "EXDATE;VALUE=DATE:20261202,20261204", "EXDATE;VALUE=DATE:20261206"));
    expect(starts(text)).toEqual(["2026-12-01", "2026-12-03", "2026-12-05"]);
  });
});

describe("RRULE window: occurrences starting in [today, today + 18 months)", () => {
  const monthlyOn22nd = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20200122", "RRULE:FREQ=MONTHLY"));

  it("includes an occurrence starting today and excludes one starting exactly 18 months later", () => {
    const result = starts(monthlyOn22nd);
    expect(result[0]).toBe("2026-11-22");
    expect(result.at(-1)).toBe("2028-04-22");
    expect(result).toHaveLength(18);
  });

  it("windowMonths narrows the window", () => {
    expect(starts(monthlyOn22nd, { ...BUENOS_AIRES, windowMonths: 6 })).toEqual(["2026-11-22", "2026-12-22", "2027-01-22", "2027-02-22", "2027-03-22", "2027-04-22"]);
  });

  it("an occurrence that started before today is left out even if it runs past today", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261121", "DTEND;VALUE=DATE:20261124", "RRULE:FREQ=WEEKLY;COUNT=2"));
    expect(rangesOf(text)).toEqual([{ start: "2026-11-28", end: "2026-12-01" }]);
  });

  it("the window applies to the local start date, not the UTC one", () => {
    // 02:00Z on the 22nd is 23:00 on the 21st in Buenos Aires: before today.
    const text = feed(vevent("UID:r", "DTSTART:20261122T020000Z", "DTEND:20261122T030000Z", "RRULE:FREQ=WEEKLY;COUNT=2"));
    expect(rangesOf(text)).toEqual([night("2026-11-28")]);
  });

  it("a decades-old open-ended daily rule covers exactly the window, quickly", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:19000101", "RRULE:FREQ=DAILY"));
    const started = performance.now();
    expect(rangesOf(text)).toEqual([{ start: "2026-11-22", end: "2028-05-22" }]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("RRULE frequencies and BYxxx parts", () => {
  it("DAILY with INTERVAL", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=DAILY;INTERVAL=3;COUNT=4")))).toEqual(["2026-12-01", "2026-12-04", "2026-12-07", "2026-12-10"]);
  });

  it("WEEKLY with BYDAY and INTERVAL", () => {
    // 2026-12-04 is a Friday.
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261204", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,SA;COUNT=4"));
    expect(rangesOf(text)).toEqual([
      { start: "2026-12-04", end: "2026-12-06" },
      { start: "2026-12-18", end: "2026-12-20" },
    ]);
  });

  it("WEEKLY: DTSTART counts as the first occurrence even off the BYDAY pattern", () => {
    // 2026-12-02 is a Wednesday.
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261202", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3")))).toEqual(["2026-12-02", "2026-12-07", "2026-12-14"]);
  });

  it("MONTHLY with an ordinal BYDAY (last Friday)", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261127", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")))).toEqual(["2026-11-27", "2026-12-25", "2027-01-29"]);
  });

  it("MONTHLY with BYMONTHDAY=-1 (last day of the month)", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261130", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4")))).toEqual(["2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28"]);
  });

  it("MONTHLY on the 31st skips shorter months instead of moving", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261231", "RRULE:FREQ=MONTHLY;COUNT=3")))).toEqual(["2026-12-31", "2027-01-31", "2027-03-31"]);
  });

  it("MONTHLY with BYSETPOS (last weekday of the month)", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261130", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3")))).toEqual(["2026-11-30", "2026-12-31", "2027-01-29"]);
  });

  it("YEARLY", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251226", "RRULE:FREQ=YEARLY"));
    expect(rangesOf(text)).toEqual([
      { start: "2026-12-24", end: "2026-12-26" },
      { start: "2027-12-24", end: "2027-12-26" },
    ]);
  });

  it("YEARLY with BYMONTH and an ordinal BYDAY (second Sunday of March)", () => {
    expect(starts(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20270314", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=2")))).toEqual(["2027-03-14", "2028-03-12"]);
  });

  it("a UTC series recurs in UTC and lands on Buenos Aires dates", () => {
    const text = feed(vevent("UID:r", "DTSTART:20261202T020000Z", "DTEND:20261203T020000Z", "RRULE:FREQ=WEEKLY;COUNT=2"));
    expect(rangesOf(text)).toEqual([night("2026-12-01"), night("2026-12-08")]);
  });
});

describe("RDATE and RECURRENCE-ID", () => {
  it("RDATE adds occurrences that last as long as the master", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261203", "RDATE;VALUE=DATE:20261210,20261220"));
    expect(rangesOf(text)).toEqual([
      { start: "2026-12-01", end: "2026-12-03" },
      { start: "2026-12-10", end: "2026-12-12" },
      { start: "2026-12-20", end: "2026-12-22" },
    ]);
  });

  it("an overridden instance replaces its slot in the series", () => {
    const text = feed(
      vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=3"),
      vevent("UID:r", "RECURRENCE-ID;VALUE=DATE:20261208", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261212"),
    );
    expect(rangesOf(text)).toEqual([night("2026-12-01"), { start: "2026-12-10", end: "2026-12-12" }, night("2026-12-15")]);
  });

  it("a cancelled overridden instance frees its slot", () => {
    const text = feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=3"), vevent("UID:r", "RECURRENCE-ID;VALUE=DATE:20261208", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20261208"));
    expect(starts(text)).toEqual(["2026-12-01", "2026-12-15"]);
  });

  it("a cancelled series takes its overridden instances with it", () => {
    const text = feed(vevent("UID:r", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=WEEKLY;COUNT=3"), vevent("UID:r", "RECURRENCE-ID;VALUE=DATE:20261208", "DTSTART;VALUE=DATE:20261210"));
    const result = importedRanges(text, BUENOS_AIRES);
    expect(result.ranges).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["cancelled", "cancelled"]);
  });
});

describe("rules this importer cannot expand", () => {
  it("a finer-than-daily FREQ imports DTSTART only, with a warning", () => {
    const result = importedRanges(feed(vevent("UID:r", "DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=HOURLY;INTERVAL=48")), BUENOS_AIRES);
    expect(result.ranges).toEqual([night("2026-12-01")]);
    expect(result.warnings).toEqual([{ uid: "r", reason: "unsupported_rrule", detail: "RRULE not supported, only DTSTART imported: FREQ=HOURLY;INTERVAL=48" }]);
  });

  it("unapplied parts are named in a warning while the rest of the rule applies", () => {
    const result = importedRanges(feed(vevent("UID:r", "DTSTART:20261201T100000", "DTEND:20261201T120000", "RRULE:FREQ=DAILY;COUNT=2;BYHOUR=10,16")), BUENOS_AIRES);
    expect(result.ranges).toEqual([{ start: "2026-12-01", end: "2026-12-03" }]);
    expect(result.warnings).toEqual([{ uid: "r", reason: "unsupported_rrule", detail: "RRULE parts ignored: BYHOUR" }]);
  });
});
