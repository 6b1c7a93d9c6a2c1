/**
 * Pins quote results so that pricing can be made faster without changing a single minor unit:
 * literal figures for the rules API.md names, and a differential check of quoteStay against a frozen
 * copy of the straightforward (Date-based, one night at a time) implementation over a wide matrix.
 */
import { describe, expect, it } from "vitest";
import { isHoliday } from "../../../shared/domain/holidays/index";
import { addMoney, applyMultiplier, money, percentOf, timesInt, type Money } from "../../../shared/domain/money";
import { priceNight, quoteStay, type PricingRules, type QuotePricing, type QuoteResult } from "../../../shared/domain/pricing";

const ars = (amount: number): Money => ({ amount, currency: "ARS" });

/** The original algorithm, kept verbatim in spirit: Date objects per night, a fresh lookup per rule. */
function referencePriceNight(basePrice: Money, rules: PricingRules | null | undefined, date: string, guests: number): Money {
  const season = rules?.seasons?.find((s) => s.from <= date && date <= s.to);
  const base = season?.price ?? basePrice;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  const dayMultipliers: number[] = [];
  if (rules?.weekendMultiplier !== undefined && (dow === 5 || dow === 6)) dayMultipliers.push(rules.weekendMultiplier);
  if (rules?.holidayMultiplier !== undefined && rules.holidays && isHoliday(rules.holidays, date)) dayMultipliers.push(rules.holidayMultiplier);
  const dayMultiplier = dayMultipliers.length > 0 ? Math.max(...dayMultipliers) : 1;
  const factor = dayMultiplier * (season?.multiplier ?? 1);
  const night = factor === 1 ? money(base.amount, base.currency) : applyMultiplier(base, factor);
  const fee = rules?.extraGuestFee;
  if (!fee) return night;
  return addMoney(night, timesInt(fee.amount, Math.max(0, guests - fee.fromGuest + 1)));
}

function referenceQuote(pricing: QuotePricing, checkIn: string, nights: number, guests: number): QuoteResult {
  const breakdown = [];
  for (let i = 0; i < nights; i++) {
    const date = new Date(Date.parse(`${checkIn}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    breakdown.push({ date, price: referencePriceNight(pricing.basePrice, pricing.rules, date, guests) });
  }
  const total = breakdown.reduce((sum, n) => addMoney(sum, n.price), money(0, pricing.basePrice.currency));
  return { ok: true, nights, total, deposit: percentOf(total, pricing.depositPercent), breakdown };
}

const RULE_SETS: Record<string, PricingRules | null> = {
  none: null,
  empty: {},
  weekend: { weekendMultiplier: 1.25 },
  holidaysAR: { holidayMultiplier: 1.5, holidays: "AR" },
  holidaysNoCountry: { holidayMultiplier: 1.5, holidays: null },
  everything: {
    weekendMultiplier: 1.2,
    holidayMultiplier: 1.35,
    holidays: "AR",
    seasons: [
      { from: "2026-12-15", to: "2027-02-28", price: ars(150_001), multiplier: 1.07 },
      { from: "2027-01-01", to: "2027-01-31", price: ars(999_999) }, // shadowed by the first season
      { from: "2027-07-01", to: "2027-07-31", multiplier: 1.333333 },
      { from: "2027-12-30", to: "2028-01-02", price: ars(77_777) },
    ],
    extraGuestFee: { fromGuest: 3, amount: ars(12_345) },
  },
  oddMultipliers: { weekendMultiplier: 1.0000005, holidayMultiplier: 0.9999995, holidays: "AR", seasons: [{ from: "2026-01-01", to: "2028-12-31", multiplier: 2.5 }] },
};

describe("pinned figures", () => {
  const pricing = (rules: PricingRules | null, extra: Partial<QuotePricing> = {}): QuotePricing => ({
    basePrice: ars(4_500_000),
    rules,
    minStay: 1,
    capacity: 6,
    depositPercent: 30,
    ...extra,
  });
  const quote = (p: QuotePricing, checkIn: string, checkOut: string, guests = 2) =>
    quoteStay(p, { checkIn, checkOut, guests, today: "2026-11-01" });

  it("weekends: Fri and Sat nights only", () => {
    const q = quote(pricing({ weekendMultiplier: 1.2 }), "2027-03-04", "2027-03-08");
    expect(q).toMatchObject({ ok: true, nights: 4, total: ars(19_800_000), deposit: ars(5_940_000) });
    expect(q.ok && q.breakdown.map((n) => n.price.amount)).toEqual([4_500_000, 5_400_000, 5_400_000, 4_500_000]);
  });

  it("AR holidays: Carnaval 2027 and Christmas 2026, never the tourist day 2026-12-07", () => {
    const rules: PricingRules = { holidayMultiplier: 1.5, holidays: "AR" };
    const carnaval = quote(pricing(rules), "2027-02-07", "2027-02-11");
    expect(carnaval.ok && carnaval.breakdown.map((n) => n.price.amount)).toEqual([4_500_000, 6_750_000, 6_750_000, 4_500_000]);
    expect(priceNight(ars(4_500_000), rules, "2026-12-25").amount).toBe(6_750_000);
    expect(priceNight(ars(4_500_000), rules, "2026-12-07").amount).toBe(4_500_000);
    // Outside the table's coverage nothing is a holiday.
    expect(priceNight(ars(4_500_000), rules, "2028-01-01").amount).toBe(4_500_000);
  });

  it("seasons with a price and a multiplier, across a year boundary, with the weekend on top", () => {
    const rules: PricingRules = { weekendMultiplier: 1.2, seasons: [{ from: "2026-12-15", to: "2027-01-02", price: ars(6_000_001), multiplier: 1.1 }] };
    const q = quote(pricing(rules), "2026-12-31", "2027-01-04");
    // Thu 31/12 and Sun 3/1: ×1.1; Fri 1/1 and Sat 2/1: ×1.2 ×1.1 (season); 3/1 is past the season: weekend off, base price.
    expect(q.ok && q.breakdown).toEqual([
      { date: "2026-12-31", price: ars(6_600_001) },
      { date: "2027-01-01", price: ars(7_920_001) },
      { date: "2027-01-02", price: ars(7_920_001) },
      { date: "2027-01-03", price: ars(4_500_000) },
    ]);
    expect(q.ok && q.total).toEqual(ars(26_940_003));
    expect(q.ok && q.deposit).toEqual(ars(8_082_001)); // 8 082 000.9
  });

  it("extra-guest fee per night from the named guest on, added after rounding", () => {
    const rules: PricingRules = { weekendMultiplier: 1.5, extraGuestFee: { fromGuest: 3, amount: ars(100_001) } };
    const q = quote(pricing(rules, { basePrice: ars(33_333) }), "2027-03-05", "2027-03-07", 5);
    expect(q.ok && q.breakdown.map((n) => n.price.amount)).toEqual([50_000 + 300_003, 50_000 + 300_003]);
  });

  it("deposit rounding half-up on the stay's total", () => {
    const q = quote(pricing(null, { basePrice: ars(33_335), depositPercent: 15 }), "2027-03-01", "2027-03-04");
    expect(q.ok && q.total).toEqual(ars(100_005));
    expect(q.ok && q.deposit).toEqual(ars(15_001)); // 15 000.75
    const half = quote(pricing(null, { basePrice: ars(5), depositPercent: 50 }), "2027-03-01", "2027-03-02");
    expect(half.ok && half.deposit).toEqual(ars(3)); // 2.5
  });

  it("a leap day is a night like any other (Tue 2028-02-29)", () => {
    const q = quote(pricing({ weekendMultiplier: 2 }), "2028-02-28", "2028-03-04");
    expect(q.ok && q.breakdown.map((n) => n.date)).toEqual(["2028-02-28", "2028-02-29", "2028-03-01", "2028-03-02", "2028-03-03"]);
    expect(q.ok && q.total.amount).toBe(4_500_000 * 4 + 9_000_000);
  });
});

describe("quoteStay matches the straightforward implementation", () => {
  // Every check-in from 2026-12-01 to 2028-01-31 (covers both holiday years, a year with no table and
  // 2028's leap day), stays of 1–8 nights, 1–4 guests, every rule set, three deposit percentages.
  const start = Date.UTC(2026, 11, 1);
  const days = 427;
  for (const [name, rules] of Object.entries(RULE_SETS)) {
    it(`rules: ${name}`, () => {
      let compared = 0;
      for (let d = 0; d < days; d++) {
        const checkIn = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
        for (const nights of [1, 3, 8]) {
          const checkOut = new Date(start + (d + nights) * 86_400_000).toISOString().slice(0, 10);
          for (const guests of [1, 3, 4]) {
            const depositPercent = [0, 30, 33.3][(d + guests) % 3]!;
            const pricing: QuotePricing = { basePrice: ars(33_333 + d), rules, minStay: 1, capacity: 4, depositPercent };
            const actual = quoteStay(pricing, { checkIn, checkOut, guests, today: "2026-11-01" });
            const expected = referenceQuote(pricing, checkIn, nights, guests);
            if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
            compared++;
          }
        }
      }
      expect(compared).toBe(days * 9);
    });
  }
});
