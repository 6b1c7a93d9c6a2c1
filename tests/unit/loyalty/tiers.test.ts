import { describe, expect, it } from "vitest";
import { loyaltyDiscount, tierFor, windowStart } from "../../../shared/loyalty/tiers";

const TIERS = [
  { name: "Bronce", minStays: 1, minNights: null, discountPercent: 5 },
  { name: "Plata", minStays: 3, minNights: 10, discountPercent: 10 },
  { name: "Oro", minStays: 6, minNights: 25, discountPercent: 15 },
];

describe("loyalty tiers", () => {
  it("gives the highest tier reached by stays or by nights, and none below the first", () => {
    expect(tierFor(TIERS, { stays: 0, nights: 0 })).toBeNull();
    expect(tierFor(TIERS, { stays: 1, nights: 2 })?.name).toBe("Bronce");
    expect(tierFor(TIERS, { stays: 2, nights: 9 })?.name).toBe("Bronce");
    // Ten nights in two long stays reach Plata without its three stays.
    expect(tierFor(TIERS, { stays: 2, nights: 10 })?.name).toBe("Plata");
    expect(tierFor(TIERS, { stays: 3, nights: 3 })?.name).toBe("Plata");
    expect(tierFor(TIERS, { stays: 6, nights: 6 })?.name).toBe("Oro");
    expect(tierFor([], { stays: 50, nights: 500 })).toBeNull();
  });

  it("counts from the same day two years back, 29 February falling back to the 28th", () => {
    expect(windowStart("2026-12-02")).toBe("2024-12-02");
    expect(windowStart("2026-02-28")).toBe("2024-02-28");
    expect(windowStart("2028-02-29")).toBe("2026-02-28");
  });

  it("takes the discount off once, as a negative amount, and nothing without a percent", () => {
    expect(loyaltyDiscount(13_500_000, 10)).toBe(-1_350_000);
    expect(loyaltyDiscount(999, 10)).toBe(-100);
    expect(loyaltyDiscount(13_500_000, null)).toBe(0);
    expect(loyaltyDiscount(13_500_000, 0)).toBe(0);
  });
});
