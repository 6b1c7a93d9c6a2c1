import { afterEach, describe, expect, it } from "vitest";
import { addDays, dayOfWeek, daysBetween, eachNight, isValidDate, todayIn } from "../../../shared/domain/dates";

describe("isValidDate", () => {
  it("accepts real YYYY-MM-DD dates", () => {
    expect(isValidDate("2026-11-23")).toBe(true);
    expect(isValidDate("2028-02-29")).toBe(true);
  });
  it("rejects impossible or malformed dates", () => {
    for (const bad of ["2027-02-29", "2026-13-01", "2026-04-31", "2026-1-05", "26-01-05", "2026-01-05T00:00", "", 20260105]) {
      expect(isValidDate(bad)).toBe(false);
    }
  });
});

describe("date arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("counts days between dates", () => {
    expect(daysBetween("2026-12-30", "2027-01-03")).toBe(4);
    expect(daysBetween("2027-01-03", "2026-12-30")).toBe(-4);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });
  it("throws on malformed input instead of returning garbage", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });
  it("knows the day of the week (0 = Sunday)", () => {
    expect(dayOfWeek("2026-11-22")).toBe(0);
    expect(dayOfWeek("2026-11-23")).toBe(1);
    expect(dayOfWeek("2026-11-27")).toBe(5);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });
  it("lists the nights of a stay half-open", () => {
    expect(eachNight("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(eachNight("2026-12-30", "2026-12-30")).toEqual([]);
    expect(eachNight("2026-12-30", "2026-12-29")).toEqual([]);
  });
});

describe("DST never shifts a date", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(["Europe/Madrid", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "UTC"])(
    "eachNight yields each date once across DST changes with the process in %s",
    (tz) => {
      process.env.TZ = tz;
      // Madrid springs forward 2026-03-29 and falls back 2026-10-25; Sao Paulo had DST 2018-11-04 → 2019-02-17.
      expect(eachNight("2026-03-27", "2026-03-31")).toEqual(["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"]);
      expect(eachNight("2026-10-24", "2026-10-27")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
      expect(eachNight("2018-11-03", "2018-11-06")).toEqual(["2018-11-03", "2018-11-04", "2018-11-05"]);
      expect(eachNight("2019-02-15", "2019-02-18")).toEqual(["2019-02-15", "2019-02-16", "2019-02-17"]);
      expect(new Set(eachNight("2026-01-01", "2027-01-01")).size).toBe(365);
    },
  );
});

describe("todayIn", () => {
  it("follows Buenos Aires (UTC-3 all year, no DST)", () => {
    const tz = "America/Argentina/Buenos_Aires";
    expect(todayIn(tz, new Date("2026-11-22T10:00:00-03:00"))).toBe("2026-11-22");
    expect(todayIn(tz, new Date("2026-11-23T02:59:59Z"))).toBe("2026-11-22");
    expect(todayIn(tz, new Date("2026-11-23T03:00:00Z"))).toBe("2026-11-23");
    // Mid-winter in the north, mid-summer here: still -03:00.
    expect(todayIn(tz, new Date("2026-07-01T02:59:59Z"))).toBe("2026-06-30");
    expect(todayIn(tz, new Date("2026-07-01T03:00:00Z"))).toBe("2026-07-01");
  });

  it("follows Europe/Madrid around its DST changes", () => {
    const tz = "Europe/Madrid";
    // Spring forward at 2026-03-29T01:00Z: before it local time is UTC+1, after it UTC+2.
    expect(todayIn(tz, new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
    expect(todayIn(tz, new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    // In summer (UTC+2) local midnight is 22:00Z.
    expect(todayIn(tz, new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24");
    expect(todayIn(tz, new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    // After falling back (UTC+1) local midnight is 23:00Z again.
    expect(todayIn(tz, new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(todayIn(tz, new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });

  it("follows America/Sao_Paulo's historical DST (2018-11-04 to 2019-02-17, midnight changes)", () => {
    const tz = "America/Sao_Paulo";
    // 00:00 local on 2018-11-04 became 01:00 (-03 → -02).
    expect(todayIn(tz, new Date("2018-11-04T02:59:59Z"))).toBe("2018-11-03");
    expect(todayIn(tz, new Date("2018-11-04T03:00:00Z"))).toBe("2018-11-04");
    // 00:00 local on 2019-02-17 went back to 23:00 on the 16th (-02 → -03): that hour repeats the 16th.
    expect(todayIn(tz, new Date("2019-02-17T01:59:59Z"))).toBe("2019-02-16");
    expect(todayIn(tz, new Date("2019-02-17T02:30:00Z"))).toBe("2019-02-16");
    expect(todayIn(tz, new Date("2019-02-17T03:00:00Z"))).toBe("2019-02-17");
  });

  it("rejects unknown time zones", () => {
    expect(() => todayIn("Mars/Olympus_Mons", new Date())).toThrow(RangeError);
  });
});
