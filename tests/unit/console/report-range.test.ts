import { describe, expect, it } from "vitest";
import { change, presetRange, previousRange, todayIn } from "../../../web/console/src/screens/reports/report-range";

describe("the Reportes screen's ranges", () => {
  it("covers whole months and years, and January's last month is December", () => {
    expect(presetRange("thisMonth", "2028-02-10")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(presetRange("lastMonth", "2027-01-15")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(presetRange("last30", "2027-03-01")).toEqual({ from: "2027-01-31", to: "2027-03-01" });
    expect(presetRange("thisYear", "2027-06-30")).toEqual({ from: "2027-01-01", to: "2027-12-31" });
  });

  it("compares with the period of the same length just before", () => {
    expect(previousRange({ from: "2027-03-01", to: "2027-03-31" })).toEqual({ from: "2027-01-29", to: "2027-02-28" });
    expect(change(120, 100)).toBeCloseTo(0.2);
    expect(change(5, 0)).toBeNull();
  });

  it("reads today in the lodging's zone, not the browser's", () => {
    const lateNightUtc = new Date("2027-03-01T02:00:00Z");
    expect(todayIn("America/Argentina/Buenos_Aires", lateNightUtc)).toBe("2027-02-28");
    expect(todayIn("Europe/Madrid", lateNightUtc)).toBe("2027-03-01");
  });
});
