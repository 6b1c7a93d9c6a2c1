import { describe, expect, it } from "vitest";
import { dayOfWeek } from "../../../shared/domain/dates";
import { AR_HOLIDAYS } from "../../../shared/domain/holidays/ar";
import { daysOff, holidayOn, holidaysBetween, isHoliday } from "../../../shared/domain/holidays/index";

describe("Argentine holiday table", () => {
  it("is sorted, unique and within 2026–2027", () => {
    const dates = AR_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.every((d) => d >= "2026-01-01" && d <= "2027-12-31")).toBe(true);
  });
  it("has the NLU.md counts: 2026 = 16 holidays + 3 tourist days, 2027 = 17 holidays, no tourist days yet", () => {
    const count = (year: string, kind: string) =>
      AR_HOLIDAYS.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count("2026", "holiday"), count("2026", "tourist_day")]).toEqual([16, 3]);
    expect([count("2027", "holiday"), count("2027", "tourist_day")]).toEqual([17, 0]);
  });
});

describe("isHoliday", () => {
  it.each(["2026-11-23", "2026-12-08", "2026-12-25", "2027-01-01", "2027-02-08", "2027-02-09", "2027-03-25", "2027-06-21", "2027-08-16", "2027-10-11", "2027-11-20"])(
    "%s is a holiday",
    (date) => {
      expect(isHoliday("AR", date)).toBe(true);
    },
  );
  it("does not count moved-from dates, tourist days or ordinary days", () => {
    expect(isHoliday("AR", "2026-11-20")).toBe(false); // Soberanía moved to Monday 23
    expect(isHoliday("AR", "2027-08-17")).toBe(false); // San Martín moved to Monday 16
    expect(isHoliday("AR", "2026-12-07")).toBe(false); // tourist day
    expect(isHoliday("AR", "2026-11-24")).toBe(false);
  });
  it("names what it finds", () => {
    expect(holidayOn("AR", "2026-12-07")?.kind).toBe("tourist_day");
    expect(holidayOn("AR", "2026-12-08")?.name).toMatch(/Inmaculada/);
  });
});

describe("holidaysBetween", () => {
  it("is half-open and includes tourist days", () => {
    expect(holidaysBetween("AR", "2026-12-07", "2026-12-25").map((h) => [h.date, h.kind])).toEqual([
      ["2026-12-07", "tourist_day"],
      ["2026-12-08", "holiday"],
    ]);
    expect(holidaysBetween("AR", "2026-12-26", "2027-01-02").map((h) => h.date)).toEqual(["2027-01-01"]);
  });
});

describe("daysOff (what the NLU uses for long weekends)", () => {
  const offRun = (from: string, to: string) => {
    const out: string[] = [];
    for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      if (daysOff("AR", iso)) out.push(iso);
    }
    return out;
  };
  it("finde largo de diciembre 2026: Sat 5 – Tue 8 off, Fri 4 and Wed 9 not", () => {
    expect(offRun("2026-12-04", "2026-12-09")).toEqual(["2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08"]);
  });
  it("carnaval 2027: Sat 6 – Tue 9 Feb off", () => {
    expect(offRun("2027-02-05", "2027-02-10")).toEqual(["2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"]);
  });
  it("Soberanía 2026: Sat 21 – Mon 23 Nov off", () => {
    expect(offRun("2026-11-20", "2026-11-24")).toEqual(["2026-11-21", "2026-11-22", "2026-11-23"]);
  });
  it("counts any weekend, even beyond the table", () => {
    expect(dayOfWeek("2030-06-01")).toBe(6);
    expect(daysOff("AR", "2030-06-01")).toBe(true);
    expect(daysOff("AR", "2030-06-03")).toBe(false);
  });
});
