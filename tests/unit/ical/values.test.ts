import { describe, expect, it } from "vitest";
import { addMonths } from "../../../shared/ical/day-numbers";
import { parseDuration, parseTimeValue, parseUtcOffset } from "../../../shared/ical/values";

const HOUR = 3_600_000;

describe("parseDuration", () => {
  it.each([
    ["P1D", { days: 1, ms: 0 }],
    ["P1W", { days: 7, ms: 0 }],
    ["PT2H", { days: 0, ms: 2 * HOUR }],
    ["P1DT2H", { days: 1, ms: 2 * HOUR }],
    ["PT1H30M15S", { days: 0, ms: HOUR + 30 * 60_000 + 15_000 }],
    ["-P1D", { days: -1, ms: 0 }],
    ["+P2W3D", { days: 17, ms: 0 }],
  ])("%s", (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(["P", "PT", "P1DT", "1D", "P1H", "PT1D", "P1.5D", ""])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe("parseTimeValue", () => {
  it("reads DATE and the three DATE-TIME forms", () => {
    expect(parseTimeValue("20261201")).toEqual({ kind: "date", date: "2026-12-01" });
    expect(parseTimeValue("20261201T153000Z")).toEqual({ kind: "date-time", wallMs: Date.UTC(2026, 11, 1, 15, 30), utc: true, tzid: null });
    expect(parseTimeValue("20261201T153000", { TZID: "Europe/Paris" })).toEqual({ kind: "date-time", wallMs: Date.UTC(2026, 11, 1, 15, 30), utc: false, tzid: "Europe/Paris" });
    expect(parseTimeValue(" 20261201T153000 ")).toEqual({ kind: "date-time", wallMs: Date.UTC(2026, 11, 1, 15, 30), utc: false, tzid: null });
  });

  it("ignores TZID on a UTC value and reads 24:00:00 as the next midnight", () => {
    expect(parseTimeValue("20261201T153000Z", { TZID: "Europe/Paris" })).toMatchObject({ utc: true, tzid: null });
    expect(parseTimeValue("20261231T240000")).toMatchObject({ wallMs: Date.UTC(2027, 0, 1) });
  });

  it.each(["20260230", "20261301", "20261201T250000", "20261201T126000", "2026-12-01", "20261201T", "tomorrow"])("refuses %j", (text) => {
    expect(parseTimeValue(text)).toBeNull();
  });
});

describe("parseUtcOffset", () => {
  it("reads ±hhmm[ss] as milliseconds east of UTC", () => {
    expect(parseUtcOffset("-0300")).toBe(-3 * HOUR);
    expect(parseUtcOffset("+0545")).toBe(5.75 * HOUR);
    expect(parseUtcOffset("+001730")).toBe(17.5 * 60_000);
    expect(parseUtcOffset("0300")).toBeNull();
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month, leap years included", () => {
    expect(addMonths("2026-11-22", 18)).toBe("2028-05-22");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-08-31", 18)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", -2)).toBe("2025-11-30");
    // 2100 is not a leap year, 2000 was.
    expect(addMonths("2099-08-31", 6)).toBe("2100-02-28");
    expect(addMonths("1999-08-31", 6)).toBe("2000-02-29");
  });
});
