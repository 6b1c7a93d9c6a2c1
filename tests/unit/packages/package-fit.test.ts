import { describe, expect, it } from "vitest";
import { bestPackage, packageAdjustment, packageFits, type PackageTerms } from "../../../shared/packages/package-fit";

const ESCAPADA: PackageTerms = {
  id: "pkg_1",
  name: "Escapada romántica",
  accommodationIds: ["acc_a"],
  minNights: 2,
  maxNights: 3,
  price: { amount: 15_000_000, currency: "ARS" },
  discountPercent: null,
  validFrom: "2027-03-01",
  validTo: "2027-03-31",
};
const stay = (checkIn: string, checkOut: string, accommodationId = "acc_a") => ({ accommodationId, checkIn, checkOut });

describe("a package fits a stay", () => {
  it.each([
    ["in its unit, nights and dates", stay("2027-03-10", "2027-03-12"), true],
    ["in another unit", stay("2027-03-10", "2027-03-12", "acc_b"), false],
    ["of fewer nights than its minimum", stay("2027-03-10", "2027-03-11"), false],
    ["of more nights than its maximum", stay("2027-03-10", "2027-03-14"), false],
    ["of its maximum nights", stay("2027-03-10", "2027-03-13"), true],
    ["starting before it is valid", stay("2027-02-28", "2027-03-02"), false],
    ["whose first night is its first valid night", stay("2027-03-01", "2027-03-03"), true],
    ["whose last night is its last valid night (check-out the day after)", stay("2027-03-30", "2027-04-01"), true],
    ["with a night past its last valid night", stay("2027-03-31", "2027-04-02"), false],
  ])("%s: %s", (_label, s, fits) => {
    expect(packageFits(ESCAPADA, s)).toBe(fits);
  });

  it("open-ended validity fits any dates", () => {
    expect(packageFits({ ...ESCAPADA, validFrom: null, validTo: null }, stay("2030-01-01", "2030-01-03"))).toBe(true);
  });
});

describe("the package's line on a quote", () => {
  it("is its price less the nights' price, or its percent off (half-up), negative when cheaper", () => {
    expect(packageAdjustment(ESCAPADA, { amount: 20_000_000, currency: "ARS" })).toEqual({ amount: -5_000_000, currency: "ARS" });
    expect(packageAdjustment({ ...ESCAPADA, price: null, discountPercent: 15 }, { amount: 333_333, currency: "ARS" })).toEqual({ amount: -50_000, currency: "ARS" });
    expect(packageAdjustment(ESCAPADA, { amount: 20_000, currency: "USD" })).toBeNull();
  });

  it("picks the fitting package the guest pays least with", () => {
    const percent = { ...ESCAPADA, id: "pkg_2", price: null, discountPercent: 40 };
    const elsewhere = { ...ESCAPADA, id: "pkg_3", price: { amount: 1, currency: "ARS" }, accommodationIds: ["acc_b"] };
    const best = bestPackage([ESCAPADA, percent, elsewhere], stay("2027-03-10", "2027-03-12"), { amount: 20_000_000, currency: "ARS" });
    expect(best?.terms.id).toBe("pkg_2");
    expect(best?.adjustment.amount).toBe(-8_000_000);
    expect(bestPackage([ESCAPADA], stay("2027-04-10", "2027-04-12"), { amount: 1, currency: "ARS" })).toBeNull();
  });
});
