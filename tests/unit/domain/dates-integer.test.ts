import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, daysBetween, eachNight, isValidDate } from "../../../shared/domain/dates";

// The Date-based definitions dates.ts used before it moved to integer arithmetic.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function referenceDayNumber(date: string): number {
  const m = ISO.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / 86_400_000;
}
const referenceFormat = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe("integer date arithmetic matches the Date-based definitions", () => {
  it("round-trips every day from 1899 to 2101, and a few far years", () => {
    const from = referenceDayNumber("1899-01-01");
    const to = referenceDayNumber("2101-12-31");
    const far = ["0100-01-01", "0100-03-01", "1600-02-29", "1700-02-28", "2400-02-29", "9999-12-30"].map(referenceDayNumber);
    const mismatches: unknown[] = [];
    for (const n of [...far, ...Array.from({ length: to - from + 1 }, (_, i) => from + i)]) {
      const date = referenceFormat(n);
      const actual = [addDays(date, 0), addDays(date, 1), daysBetween("1970-01-01", date), dayOfWeek(date)];
      const expected = [date, referenceFormat(n + 1), n, new Date(n * 86_400_000).getUTCDay()];
      if (actual.some((v, i) => v !== expected[i])) mismatches.push({ actual, expected });
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("accepts and refuses exactly what Date.UTC's round trip did", () => {
    const samples = [
      "2026-02-28", "2026-02-29", "2028-02-29", "1900-02-29", "2000-02-29", "2100-02-29", "2026-04-31", "2026-13-01",
      "2026-00-10", "2026-01-00", "2026-01-32", "0099-12-31", "0100-01-01", "0000-01-01", "9999-12-31", "2026-1-01",
      "2026-01-1", "2026/01/01", "2026-01-01 ", " 2026-01-01", "2026-01-01\n", "２026-01-01", "abcd-ef-gh", "", "2026-01-0a",
    ];
    for (const s of samples) expect([s, isValidDate(s)]).toEqual([s, !Number.isNaN(referenceDayNumber(s))]);
    expect(isValidDate(20260101)).toBe(false);
  });

  it("lists nights across a year and a leap day", () => {
    expect(eachNight("2027-12-30", "2028-01-02")).toEqual(["2027-12-30", "2027-12-31", "2028-01-01"]);
    expect(eachNight("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29"]);
  });
});
