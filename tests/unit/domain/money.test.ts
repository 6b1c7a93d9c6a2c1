import { describe, expect, it } from "vitest";
import { addMoney, applyMultiplier, CurrencyMismatchError, moneySchema, percentOf } from "../../../shared/domain/money";

const ars = (amount: number) => ({ amount, currency: "ARS" });

describe("moneySchema", () => {
  it("accepts integer minor units and ISO codes", () => {
    expect(moneySchema.safeParse(ars(1500000)).success).toBe(true);
  });
  it.each([
    [{ amount: 10.5, currency: "ARS" }],
    [{ amount: -1, currency: "ARS" }],
    [{ amount: 100, currency: "ars" }],
    [{ amount: 100, currency: "PESO" }],
  ])("rejects %j", (value) => {
    expect(moneySchema.safeParse(value).success).toBe(false);
  });
});

describe("rounding rule: half-up to the minor unit", () => {
  it("rounds multiplier results half-up", () => {
    expect(applyMultiplier(ars(33333), 1.5)).toEqual(ars(50000)); // 49999.5
    expect(applyMultiplier(ars(33331), 1.5)).toEqual(ars(49997)); // 49996.5
    expect(applyMultiplier(ars(33332), 1.5)).toEqual(ars(49998)); // exact
    expect(applyMultiplier(ars(10001), 0.75)).toEqual(ars(7501)); // 7500.75
    expect(applyMultiplier(ars(10002), 0.25)).toEqual(ars(2501)); // 2500.5
  });
  it("is not fooled by binary floating point", () => {
    // 50 × 1.15 is 57.5 exactly, but 50 * 1.15 in doubles is 57.49999999999999.
    expect(applyMultiplier(ars(50), 1.15)).toEqual(ars(58));
    expect(applyMultiplier(ars(45), 0.7)).toEqual(ars(32)); // 31.5; doubles say 31.499999999999996
  });
  it("rounds deposit percentages half-up", () => {
    expect(percentOf(ars(10001), 30)).toEqual(ars(3000)); // 3000.3
    expect(percentOf(ars(10005), 30)).toEqual(ars(3002)); // 3001.5
    expect(percentOf(ars(99999), 30)).toEqual(ars(30000)); // 29999.7
    expect(percentOf(ars(12345), 50)).toEqual(ars(6173)); // 6172.5
    expect(percentOf(ars(12345), 0)).toEqual(ars(0));
    expect(percentOf(ars(12345), 100)).toEqual(ars(12345));
  });
  it("refuses percentages outside 0–100", () => {
    expect(() => percentOf(ars(100), 101)).toThrow(RangeError);
    expect(() => percentOf(ars(100), -1)).toThrow(RangeError);
  });
  it("refuses to add different currencies", () => {
    expect(() => addMoney(ars(1), { amount: 1, currency: "USD" })).toThrow(CurrencyMismatchError);
  });
});
