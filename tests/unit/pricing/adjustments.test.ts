import { describe, expect, it } from "vitest";
import { applyAdjustments, rulesOf } from "../../../shared/pricing/adjustments";

const ars = (amount: number) => ({ amount, currency: "ARS" });

describe("price adjustments", () => {
  it("take a tier's percent off the total once, on its own line, and work the deposit out on what is paid", () => {
    const price = applyAdjustments(ars(12_000_000), 30, [{ kind: "loyalty", name: "Oro", percent: 10 }]);
    expect(price.total).toEqual(ars(10_800_000));
    expect(price.deposit).toEqual(ars(3_240_000));
    expect(price.adjustments).toEqual([{ kind: "loyalty", name: "Oro", label: "Oro −10%", percent: 10, amount: ars(-1_200_000) }]);
  });

  it("apply a package before the loyalty percent, whatever order they come in, and each kind once", () => {
    const price = applyAdjustments(ars(10_000_000), 0, [
      { kind: "loyalty", name: "Plata", percent: 10 },
      { kind: "package", name: "Escapada", percent: 20 },
      { kind: "loyalty", name: "Plata", percent: 10 },
    ]);
    // 20 % off 100.000 is 80.000; 10 % off that is 72.000, not 70.000 nor a second 10 %.
    expect(price.adjustments.map((line) => [line.kind, line.amount.amount])).toEqual([
      ["package", -2_000_000],
      ["loyalty", -800_000],
    ]);
    expect(price.total).toEqual(ars(7_200_000));
  });

  it("leave the price alone without rules, at 0 % and on a free stay; round toward the guest by at most half a unit", () => {
    expect(applyAdjustments(ars(5_000), 50, [])).toEqual({ total: ars(5_000), deposit: ars(2_500), adjustments: [] });
    expect(applyAdjustments(ars(5_000), 50, [{ kind: "loyalty", name: "Bronce", percent: 0 }]).adjustments).toEqual([]);
    expect(applyAdjustments(ars(0), 50, [{ kind: "loyalty", name: "Oro", percent: 10 }]).adjustments).toEqual([]);
    expect(applyAdjustments(ars(1_005), 0, [{ kind: "loyalty", name: "Oro", percent: 7.5 }]).total).toEqual(ars(930));
  });

  it("give back the rules a stored line came from, so a stay priced again gets the same discount", () => {
    const { adjustments } = applyAdjustments(ars(9_000_000), 30, [{ kind: "loyalty", name: "Oro", percent: 10 }]);
    const again = applyAdjustments(ars(13_500_000), 30, rulesOf(adjustments));
    expect(again.total).toEqual(ars(12_150_000));
    expect(again.adjustments).toHaveLength(1);
  });
});
