import { describe, expect, it } from "vitest";
import { CurrencyMismatchError, type Money } from "../../../shared/domain/money";
import {
  PricingRules,
  priceNight,
  quoteStay,
  rulesCurrencyIssues,
  type QuotePricing,
  type QuoteResult,
  type StayRequest,
} from "../../../shared/domain/pricing";

const ars = (amount: number): Money => ({ amount, currency: "ARS" });
const TODAY = "2026-11-01";
const base: QuotePricing = { basePrice: ars(100000), rules: null, minStay: 1, capacity: 4, depositPercent: 30 };
const stay = (checkIn: string, checkOut: string, guests = 2): StayRequest => ({ checkIn, checkOut, guests, today: TODAY });

/** The quote's nightly prices keyed by date, failing the test if the quote was refused. */
function nights(result: QuoteResult): Record<string, number> {
  if (!result.ok) throw new Error(`expected a quote, got ${result.code}: ${result.detail}`);
  return Object.fromEntries(result.breakdown.map((n) => [n.date, n.price.amount]));
}
const withRules = (rules: PricingRules, extra: Partial<QuotePricing> = {}): QuotePricing => ({ ...base, rules, ...extra });

describe("quoteStay: plain base price", () => {
  it("prices each night of [checkIn, checkOut) and takes the deposit", () => {
    const q = quoteStay(base, stay("2026-11-16", "2026-11-19"));
    expect(q).toEqual({
      ok: true,
      nights: 3,
      total: ars(300000),
      deposit: ars(90000),
      breakdown: [
        { date: "2026-11-16", price: ars(100000) },
        { date: "2026-11-17", price: ars(100000) },
        { date: "2026-11-18", price: ars(100000) },
      ],
    });
  });
});

describe("weekends", () => {
  it("applies the weekend multiplier to Friday and Saturday nights only", () => {
    const q = quoteStay(withRules({ weekendMultiplier: 1.2 }), stay("2026-11-12", "2026-11-16"));
    expect(nights(q)).toEqual({
      "2026-11-12": 100000, // Thu
      "2026-11-13": 120000, // Fri
      "2026-11-14": 120000, // Sat
      "2026-11-15": 100000, // Sun
    });
  });
});

describe("holidays", () => {
  const rules: PricingRules = { holidayMultiplier: 1.5, holidays: "AR" };
  it("prices the night of Mon 2026-11-23 (Soberanía, moved) as a holiday, not the Sunday before", () => {
    expect(nights(quoteStay(withRules(rules), stay("2026-11-22", "2026-11-25")))).toEqual({
      "2026-11-22": 100000,
      "2026-11-23": 150000,
      "2026-11-24": 100000,
    });
  });
  it("prices 2026-12-08 as a holiday but not the tourist day 2026-12-07", () => {
    expect(nights(quoteStay(withRules(rules), stay("2026-12-07", "2026-12-09")))).toEqual({
      "2026-12-07": 100000,
      "2026-12-08": 150000,
    });
  });
  it.each(["2027-02-08", "2027-02-09", "2027-03-24", "2027-03-25", "2027-06-21", "2027-08-16", "2027-10-11", "2027-12-08"])(
    "knows the computed 2027 holiday %s",
    (date) => {
      expect(priceNight(ars(100000), rules, date).amount).toBe(150000);
    },
  );
  it("ignores holidays when the rules name no country", () => {
    expect(priceNight(ars(100000), { holidayMultiplier: 1.5, holidays: null }, "2026-11-23").amount).toBe(100000);
    expect(priceNight(ars(100000), { holidayMultiplier: 1.5 }, "2026-11-23").amount).toBe(100000);
  });
});

describe("weekend and holiday on the same night", () => {
  it("uses the larger multiplier, not the product (Sat 2027-11-20, Fri 2027-01-01)", () => {
    const rules: PricingRules = { weekendMultiplier: 1.2, holidayMultiplier: 1.5, holidays: "AR" };
    expect(priceNight(ars(100000), rules, "2027-11-20").amount).toBe(150000);
    expect(priceNight(ars(100000), rules, "2027-01-01").amount).toBe(150000);
    expect(priceNight(ars(100000), { ...rules, weekendMultiplier: 1.8 }, "2027-11-20").amount).toBe(180000);
  });
});

describe("seasons", () => {
  const high = { from: "2026-12-15", to: "2027-02-28", price: ars(150000) };
  it("replaces the base price inside [from, to], both ends inclusive", () => {
    const q = quoteStay(withRules({ seasons: [high] }), stay("2026-12-14", "2026-12-16"));
    expect(nights(q)).toEqual({ "2026-12-14": 100000, "2026-12-15": 150000 });
    const end = quoteStay(withRules({ seasons: [high] }), stay("2027-02-28", "2027-03-02"));
    expect(nights(end)).toEqual({ "2027-02-28": 150000, "2027-03-01": 100000 });
  });
  it("multiplies by a season multiplier", () => {
    const rules: PricingRules = { seasons: [{ from: "2027-07-01", to: "2027-07-31", multiplier: 1.1 }] };
    expect(nights(quoteStay(withRules(rules), stay("2027-06-30", "2027-07-02")))).toEqual({
      "2027-06-30": 100000,
      "2027-07-01": 110000,
    });
  });
  it("combines a season price, its multiplier and the weekend multiplier with one rounding", () => {
    const rules: PricingRules = { weekendMultiplier: 1.2, seasons: [{ ...high, multiplier: 1.1 }] };
    expect(priceNight(ars(100000), rules, "2027-01-08").amount).toBe(198000); // Fri: 150000 × 1.2 × 1.1
    expect(priceNight(ars(100000), rules, "2027-01-07").amount).toBe(165000); // Thu: 150000 × 1.1
  });
  it("uses the first matching season when seasons overlap", () => {
    const rules: PricingRules = { seasons: [{ from: "2027-01-01", to: "2027-01-10", price: ars(200000) }, high] };
    expect(priceNight(ars(100000), rules, "2027-01-05").amount).toBe(200000);
    expect(priceNight(ars(100000), rules, "2027-01-11").amount).toBe(150000);
  });
});

describe("extra guests", () => {
  const rules: PricingRules = { extraGuestFee: { fromGuest: 3, amount: ars(10000) } };
  it.each([
    [1, 100000],
    [2, 100000],
    [3, 110000],
    [4, 120000],
  ])("with %i guests a night costs %i", (guests, amount) => {
    const q = quoteStay(withRules(rules), stay("2026-11-16", "2026-11-18", guests));
    expect(q.ok && q.total.amount).toBe(amount * 2);
  });
  it("adds the fee after multipliers, unmultiplied", () => {
    expect(priceNight(ars(100000), { ...rules, weekendMultiplier: 1.5 }, "2026-11-13", 4).amount).toBe(170000);
  });
});

describe("rounding", () => {
  it("rounds each night half-up: 33333 × 1.5 = 49999.5 → 50000", () => {
    const q = quoteStay(withRules({ weekendMultiplier: 1.5 }, { basePrice: ars(33333) }), stay("2026-11-12", "2026-11-15"));
    expect(nights(q)).toEqual({ "2026-11-12": 33333, "2026-11-13": 50000, "2026-11-14": 50000 });
    expect(q.ok && q.total.amount).toBe(133333);
    expect(q.ok && q.deposit.amount).toBe(40000); // 39999.9
  });
  it("rounds the deposit half-up on odd totals", () => {
    const one = (amount: number, depositPercent: number) => {
      const q = quoteStay({ ...base, basePrice: ars(amount), depositPercent }, stay("2026-11-16", "2026-11-17"));
      return q.ok ? q.deposit.amount : -1;
    };
    expect(one(10005, 30)).toBe(3002); // 3001.5
    expect(one(10001, 30)).toBe(3000); // 3000.3
    expect(one(33333, 30)).toBe(10000); // 9999.9
    expect(one(33333, 0)).toBe(0);
    expect(one(33333, 100)).toBe(33333);
    const three = quoteStay({ ...base, basePrice: ars(33333) }, stay("2026-11-16", "2026-11-19"));
    expect(three.ok && three.deposit.amount).toBe(30000); // 30% of 99999 = 29999.7
  });
});

describe("refusals", () => {
  const code = (q: QuoteResult) => (q.ok ? "ok" : q.code);
  it("invalid_range: check-out not after check-in, or not a date", () => {
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-16")))).toBe("invalid_range");
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-15")))).toBe("invalid_range");
    expect(code(quoteStay(base, stay("2026-11-31", "2026-12-02")))).toBe("invalid_range");
    expect(code(quoteStay(base, stay("16/11/2026", "2026-12-02")))).toBe("invalid_range");
  });
  it("in_the_past: check-in before today; today itself is fine", () => {
    expect(code(quoteStay(base, stay("2026-10-31", "2026-11-02")))).toBe("in_the_past");
    expect(code(quoteStay(base, stay(TODAY, "2026-11-02")))).toBe("ok");
  });
  it("too_long: 366 nights refused, 365 accepted", () => {
    expect(code(quoteStay(base, stay("2026-11-01", "2027-11-02")))).toBe("too_long");
    const q = quoteStay(base, stay("2026-11-01", "2027-11-01"));
    expect(q.ok && q.nights).toBe(365);
  });
  it("over_capacity: guests must be 1..capacity", () => {
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-18", 5)))).toBe("over_capacity");
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-18", 0)))).toBe("over_capacity");
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-18", 2.5)))).toBe("over_capacity");
    expect(code(quoteStay(base, stay("2026-11-16", "2026-11-18", 4)))).toBe("ok");
  });
  it("min_stay: fewer nights than the minimum", () => {
    const p = { ...base, minStay: 3 };
    const q = quoteStay(p, stay("2026-11-16", "2026-11-18"));
    expect(q).toMatchObject({ ok: false, code: "min_stay" });
    expect(q.ok ? "" : q.detail).toMatch(/3/);
    expect(code(quoteStay(p, stay("2026-11-16", "2026-11-19")))).toBe("ok");
  });
});

describe("currencies", () => {
  const usd: PricingRules = { seasons: [{ from: "2026-12-01", to: "2026-12-31", price: { amount: 100, currency: "USD" } }] };
  it("refuses rules in another currency", () => {
    expect(() => quoteStay(withRules(usd), stay("2026-12-01", "2026-12-02"))).toThrow(CurrencyMismatchError);
    expect(rulesCurrencyIssues(usd, "ARS")).toEqual(["pricing.seasons.0.price.currency"]);
    expect(rulesCurrencyIssues(usd, "USD")).toEqual([]);
  });
  it("quotes in the base price's currency", () => {
    const q = quoteStay({ ...base, basePrice: { amount: 5000, currency: "USD" } }, stay("2026-11-16", "2026-11-17"));
    expect(q.ok && q.total).toEqual({ amount: 5000, currency: "USD" });
  });
});

describe("PricingRules schema", () => {
  it("accepts the API.md shape", () => {
    const parsed = PricingRules.safeParse({
      weekendMultiplier: 1.2,
      holidayMultiplier: 1.5,
      holidays: "AR",
      seasons: [{ from: "2026-12-15", to: "2027-02-28", price: ars(150000), multiplier: 1.1 }],
      extraGuestFee: { fromGuest: 3, amount: ars(10000) },
    });
    expect(parsed.success).toBe(true);
    expect(PricingRules.safeParse({}).success).toBe(true);
    expect(PricingRules.safeParse({ holidays: null }).success).toBe(true);
  });
  it.each([
    [{ holidays: "BR" }],
    [{ weekendMultiplier: 0 }],
    [{ seasons: [{ from: "2027-02-28", to: "2026-12-15" }] }],
    [{ seasons: [{ from: "2027-02-30", to: "2027-03-15" }] }],
    [{ extraGuestFee: { fromGuest: 0, amount: ars(1) } }],
  ])("rejects %j", (value) => {
    expect(PricingRules.safeParse(value).success).toBe(false);
  });
});
