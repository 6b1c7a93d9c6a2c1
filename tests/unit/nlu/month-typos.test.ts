import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../shared/nlu/index";
import { correctMonth, withinOneEdit } from "../../../shared/nlu/month-typos";
import { normalize } from "../../../shared/nlu/normalize";

const NOW = new Date("2026-11-22T10:00:00-03:00");
const stayOf = (text: string) => {
  const { checkIn, checkOut } = parseMessage(text, { now: NOW, timeZone: "America/Argentina/Buenos_Aires" });
  return { checkIn, checkOut };
};

describe("a month misspelled after a day number is still that month", () => {
  it.each([
    ["del 10 al 15 de febero", "2027-02-10", "2027-02-15"],
    ["del 3 al 7 de agsoto", "2027-08-03", "2027-08-07"],
    ["2 de ebero al 5 de enero", "2027-01-02", "2027-01-05"],
    ["from 4 to 9 februray", "2027-02-04", "2027-02-09"],
    ["de 12 a 14 de dezenbro", "2026-12-12", "2026-12-14"],
  ])("%s", (text, checkIn, checkOut) => {
    expect(stayOf(text)).toEqual({ checkIn, checkOut });
  });

  it("leaves words that are one letter from a month alone when no day number comes before them", () => {
    expect(normalize("queremos el mes entero, vamos junto a mi hermana, a que hora abrir")).toBe("queremos el mes entero vamos junto a mi hermana a que hora abrir");
  });

  it("does not guess between two months, nor touch a correct or short one", () => {
    expect(correctMonth("febrero")).toBeNull();
    expect(correctMonth("xyzzy")).toBeNull();
    expect(correctMonth("juli")).toBe("julio");
    expect(normalize("el 5 de mayo")).toBe("el 5 de mayo");
  });

  it("counts one edit: an added, dropped, changed or swapped letter", () => {
    expect(withinOneEdit("febero", "febrero")).toBe(true);
    expect(withinOneEdit("febrreo", "febrero")).toBe(true);
    expect(withinOneEdit("fevrero", "febrero")).toBe(true);
    expect(withinOneEdit("febrerox", "febrero")).toBe(true);
    expect(withinOneEdit("fbreo", "febrero")).toBe(false);
    expect(withinOneEdit("ferbeor", "febrero")).toBe(false);
  });
});
