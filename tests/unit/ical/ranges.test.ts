import { describe, expect, it } from "vitest";
import { mergeRanges, rangesFrom } from "../../../shared/ical";

describe("mergeRanges", () => {
  it("sorts, merges overlapping and back-to-back ranges, keeps gaps", () => {
    expect(
      mergeRanges([
        { start: "2026-12-10", end: "2026-12-12" },
        { start: "2026-12-01", end: "2026-12-03" },
        { start: "2026-12-03", end: "2026-12-05" },
        { start: "2026-12-04", end: "2026-12-07" },
        { start: "2026-12-08", end: "2026-12-09" },
      ]),
    ).toEqual([
      { start: "2026-12-01", end: "2026-12-07" },
      { start: "2026-12-08", end: "2026-12-09" },
      { start: "2026-12-10", end: "2026-12-12" },
    ]);
  });

  it("absorbs ranges inside a longer one and crosses year ends", () => {
    expect(
      mergeRanges([
        { start: "2026-12-20", end: "2027-01-10" },
        { start: "2026-12-24", end: "2026-12-26" },
        { start: "2027-01-10", end: "2027-01-11" },
      ]),
    ).toEqual([{ start: "2026-12-20", end: "2027-01-11" }]);
  });

  it("drops empty and inverted ranges and leaves its input untouched", () => {
    const input = [
      { start: "2026-12-03", end: "2026-12-05" },
      { start: "2026-12-01", end: "2026-12-01" },
      { start: "2026-12-09", end: "2026-12-02" },
      { start: "2026-12-04", end: "2026-12-06" },
    ];
    const copy = structuredClone(input);
    expect(mergeRanges(input)).toEqual([{ start: "2026-12-03", end: "2026-12-06" }]);
    expect(input).toEqual(copy);
  });

  it("answers [] for no ranges", () => {
    expect(mergeRanges([])).toEqual([]);
  });
});

describe("rangesFrom", () => {
  it("drops ranges that end by `from` and cuts the one running through it", () => {
    expect(
      rangesFrom(
        [
          { start: "2026-11-01", end: "2026-11-22" },
          { start: "2026-11-20", end: "2026-11-25" },
          { start: "2026-12-01", end: "2026-12-02" },
        ],
        "2026-11-22",
      ),
    ).toEqual([
      { start: "2026-11-22", end: "2026-11-25" },
      { start: "2026-12-01", end: "2026-12-02" },
    ]);
  });
});
