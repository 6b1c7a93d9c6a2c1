import { describe, expect, it } from "vitest";
import { formatMoney, moneyToInput, numberToInput, readMoney, readNumber } from "../../../web/console/src/ui/number-input";

const number = (text: string, locale = "es-AR") => readNumber(text, locale);
const money = (text: string, locale = "es-AR") => readMoney(text, locale, "ARS");

describe("numbers typed in es-AR", () => {
  it.each([
    ["120.000", 120000],
    ["120000", 120000],
    ["120.000,50", 120000.5],
    ["1,2", 1.2],
    ["1.2", 1.2], // a single dot not followed by exactly three digits is a decimal point
    ["1.25", 1.25],
    ["1.200", 1200], // twelve hundred, not 1.2
    ["1.200.000", 1200000],
    ["0,5", 0.5],
    ["$ 120.000", 120000],
    [" 120 000 ", 120000],
    ["1,234.56", 1234.56], // both marks: the last one is the decimal point
  ])("%s → %d", (text, value) => {
    expect(number(text)).toEqual({ ok: true, value });
  });

  it.each(["", "abc", "12a", "1.20.000", "1,2,3", "120.", "1.234.5,6", "-5", "1,234,567.8.9"])("%j is unreadable rather than guessed", (text) => {
    expect(number(text)).toEqual({ ok: false, problem: "unreadable" });
  });
});

describe("pt-BR reads like es-AR, en the other way round", () => {
  it.each([
    ["pt-BR", "120.000", 120000],
    ["pt-BR", "1,2", 1.2],
    ["pt-BR", "120.000,50", 120000.5],
    ["en", "120,000", 120000],
    ["en", "1.2", 1.2],
    ["en", "120,000.50", 120000.5],
    ["en", "1,2", 1.2],
    ["en", "1,200", 1200],
  ])("%s %s → %d", (locale, text, value) => {
    expect(number(text, locale)).toEqual({ ok: true, value });
  });
});

describe("money becomes integer minor units", () => {
  it.each([
    ["120.000", 12_000_000],
    ["120000", 12_000_000],
    ["120.000,50", 12_000_050],
    ["150.000", 15_000_000],
    ["0,29", 29], // 0.29 * 100 is 28.999999999999996 in floats
    ["1.005,07", 100_507],
    ["4.35", 435], // 4.35 * 100 is 434.99999999999994
  ])("%s → %d centavos", (text, amount) => {
    expect(money(text)).toEqual({ ok: true, value: amount });
  });

  it("refuses more decimals than the currency has", () => {
    expect(money("12,345")).toEqual({ ok: false, problem: "tooManyDecimals" });
    expect(readMoney("1.5", "en", "CLP")).toEqual({ ok: false, problem: "tooManyDecimals" });
  });

  it("applies bounds and whole-number rules", () => {
    expect(readNumber("30,5", "es-AR", { integer: true })).toEqual({ ok: false, problem: "notWhole" });
    expect(readNumber("101", "es-AR", { min: 0, max: 100 })).toEqual({ ok: false, problem: "tooLarge" });
    expect(readMoney("0", "es-AR", "ARS", { min: 1 })).toEqual({ ok: false, problem: "tooSmall" });
  });
});

describe("values written back for editing read the same", () => {
  it.each(["es-AR", "en", "pt-BR"])("%s", (locale) => {
    for (const amount of [12_000_000, 12_000_050, 29, 100_507]) {
      expect(readMoney(moneyToInput({ amount, currency: "ARS" }, locale), locale, "ARS")).toEqual({ ok: true, value: amount });
    }
    for (const value of [1, 1.2, 1.25, 1200, 0.5]) {
      expect(readNumber(numberToInput(value, locale), locale)).toEqual({ ok: true, value });
    }
  });

  it("shows the saved amount the locale's way", () => {
    expect(moneyToInput({ amount: 12_000_050, currency: "ARS" }, "es-AR")).toBe("120.000,50");
    expect(formatMoney({ amount: 12_000_000, currency: "ARS" }, "es-AR").replace(/\s/g, " ")).toBe("$ 120.000");
    expect(formatMoney({ amount: 12_000_050, currency: "ARS" }, "en")).toMatch(/120,000\.50$/);
  });
});
