/**
 * Nightly prices and stay quotes from an accommodation's base price and PricingRules.
 *
 * Price of one night (the night that BEGINS on `date`):
 *   1. Base: the price of the first season (in array order) with from <= date <= to —
 *      `to` is INCLUSIVE, as operators write "temporada alta del 15/12 al 28/2" — if that
 *      season has a fixed `price`; otherwise the accommodation's basePrice.
 *   2. Day multiplier: weekendMultiplier on Friday and Saturday nights, holidayMultiplier on
 *      the night of a national holiday (tourist non-working days are not holidays). When both
 *      apply, the LARGER one is used, not their product: a holiday Saturday is one busy night,
 *      not a doubly busy one.
 *   3. The matching season's multiplier multiplies on top (a season may have price, multiplier or both).
 *   4. One rounding, half-up to the minor unit, of base × day multiplier × season multiplier.
 *   5. Extra guests: extraGuestFee.amount per night for each guest numbered fromGuest or higher
 *      (fromGuest 3 with 4 guests → 2 × amount), added after rounding (it is already whole).
 * Every Money in the rules must be in the base price's currency.
 */
import { z } from "zod";
import { addDays, dayNumber, dayOfWeek, dayOfWeekOf, daysBetween, fromDayNumber, isValidDate, isoDateSchema, type IsoDate } from "./dates";
import { isHoliday } from "./holidays/index";
import { addMoney, applyMultiplier, assertCurrency, money, percentOf, priceSchema, timesInt, type Money } from "./money";

/** Longest stay a quote accepts, in nights. */
export const MAX_NIGHTS = 365;

// Ten times the base is already a festival price; the bound keeps every sum of prices exact (see MAX_PRICE_AMOUNT).
const multiplierSchema = z.number().positive().max(10);

/** Zod schema for one season: inclusive [from, to], an optional fixed nightly price and/or multiplier. */
export const seasonSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    price: priceSchema.optional(),
    multiplier: multiplierSchema.optional(),
  })
  .refine((s) => s.from <= s.to, { message: "Season 'to' must be on or after 'from'", path: ["to"] });

/** Zod schema for PricingRules (API.md "Accommodations, prices, calendar"). */
export const pricingRulesSchema = z.object({
  weekendMultiplier: multiplierSchema.optional(),
  holidayMultiplier: multiplierSchema.optional(),
  holidays: z.enum(["AR"]).nullable().optional(),
  seasons: z.array(seasonSchema).max(100).optional(),
  extraGuestFee: z.object({ fromGuest: z.number().int().min(1), amount: priceSchema }).optional(),
});

/** The PricingRules zod schema under the name API.md uses (the type of the same name is below). */
export const PricingRules = pricingRulesSchema;
/** An accommodation's pricing rules. */
export type PricingRules = z.infer<typeof pricingRulesSchema>;
/** One season of PricingRules. */
export type Season = z.infer<typeof seasonSchema>;

/** What quoteStay needs to know about the accommodation. */
export interface QuotePricing {
  basePrice: Money;
  rules?: PricingRules | null;
  minStay: number;
  capacity: number;
  /** 0–100 */
  depositPercent: number;
}

/** The requested stay; `today` is the date in the accommodation's time zone (see todayIn). */
export interface StayRequest {
  checkIn: IsoDate;
  checkOut: IsoDate;
  guests: number;
  today: IsoDate;
}

/** One priced night. */
export interface NightPrice {
  date: IsoDate;
  price: Money;
}

/** The 422 codes a quote can fail with. */
export type QuoteErrorCode = "invalid_range" | "min_stay" | "over_capacity" | "in_the_past" | "too_long";

/** A priced stay, or the reason it cannot be quoted. */
export type QuoteResult =
  | { ok: true; nights: number; total: Money; deposit: Money; breakdown: NightPrice[] }
  | { ok: false; code: QuoteErrorCode; detail: string };

/** JSON paths of every Money in `rules` whose currency is not `currency`; empty when consistent. */
export function rulesCurrencyIssues(rules: PricingRules | null | undefined, currency: string): string[] {
  const issues: string[] = [];
  rules?.seasons?.forEach((s, i) => {
    if (s.price && s.price.currency !== currency) issues.push(`pricing.seasons.${i}.price.currency`);
  });
  if (rules?.extraGuestFee && rules.extraGuestFee.amount.currency !== currency) {
    issues.push("pricing.extraGuestFee.amount.currency");
  }
  return issues;
}

/** The price of the night beginning on `date` for `guests` guests (also what a calendar day shows). */
export function priceNight(
  basePrice: Money,
  rules: PricingRules | null | undefined,
  date: IsoDate,
  guests = 1,
): Money {
  const dow = dayOfWeek(date);
  return priceNightOn(basePrice, rules, date, dow === 5 || dow === 6, guests);
}

/** priceNight with the weekday already known (a stay's nights are listed once, see stayNights). */
function priceNightOn(basePrice: Money, rules: PricingRules | null | undefined, date: IsoDate, weekend: boolean, guests: number): Money {
  const currency = basePrice.currency;
  const season = rules?.seasons?.find((s) => s.from <= date && date <= s.to);
  const base = season?.price ?? basePrice;
  assertCurrency(base, currency);

  // The larger of the day multipliers that apply (weekend, holiday), or 1 when none does.
  let dayMultiplier = 1;
  let dayApplies = false;
  if (rules?.weekendMultiplier !== undefined && weekend) {
    dayMultiplier = rules.weekendMultiplier;
    dayApplies = true;
  }
  if (rules?.holidayMultiplier !== undefined && rules.holidays && isHoliday(rules.holidays, date)) {
    dayMultiplier = dayApplies ? Math.max(dayMultiplier, rules.holidayMultiplier) : rules.holidayMultiplier;
  }
  const factor = dayMultiplier * (season?.multiplier ?? 1);
  const night = factor === 1 ? money(base.amount, currency) : applyMultiplier(base, factor);

  const fee = rules?.extraGuestFee;
  if (!fee) return night;
  assertCurrency(fee.amount, currency);
  const extraGuests = Math.max(0, guests - fee.fromGuest + 1);
  return addMoney(night, timesInt(fee.amount, extraGuests));
}

interface StayNight {
  date: IsoDate;
  weekend: boolean;
}

// A search quotes the same stay for every unit it finds: list its nights once, not once per unit.
let lastStay: { checkIn: IsoDate; checkOut: IsoDate; nights: readonly StayNight[] } | undefined;

/** The nights of [checkIn, checkOut) (valid dates, checkIn first) with their weekend flag. */
function stayNights(checkIn: IsoDate, checkOut: IsoDate): readonly StayNight[] {
  if (lastStay && lastStay.checkIn === checkIn && lastStay.checkOut === checkOut) return lastStay.nights;
  const nights: StayNight[] = [];
  for (let n = dayNumber(checkIn), end = dayNumber(checkOut); n < end; n++) {
    const dow = dayOfWeekOf(n);
    nights.push({ date: fromDayNumber(n), weekend: dow === 5 || dow === 6 });
  }
  lastStay = { checkIn, checkOut, nights };
  return nights;
}

/** Validates a stay against the accommodation and prices it night by night, with the deposit. */
export function quoteStay(pricing: QuotePricing, stay: StayRequest): QuoteResult {
  const { checkIn, checkOut, guests, today } = stay;
  const fail = (code: QuoteErrorCode, detail: string): QuoteResult => ({ ok: false, code, detail });

  if (!isValidDate(checkIn) || !isValidDate(checkOut)) {
    return fail("invalid_range", "checkIn and checkOut must be real dates as YYYY-MM-DD");
  }
  if (checkOut <= checkIn) return fail("invalid_range", `checkOut ${checkOut} must be after checkIn ${checkIn}`);
  if (checkIn < today) return fail("in_the_past", `checkIn ${checkIn} is before today (${today})`);
  const nights = daysBetween(checkIn, checkOut);
  if (nights > MAX_NIGHTS) {
    return fail("too_long", `A stay can last at most ${MAX_NIGHTS} nights (checkOut by ${addDays(checkIn, MAX_NIGHTS)})`);
  }
  if (!Number.isInteger(guests) || guests < 1 || guests > pricing.capacity) {
    return fail("over_capacity", `guests must be between 1 and ${pricing.capacity}, got ${guests}`);
  }
  if (nights < pricing.minStay) {
    return fail("min_stay", `The minimum stay is ${pricing.minStay} nights, asked for ${nights}`);
  }

  const breakdown: NightPrice[] = [];
  let total = money(0, pricing.basePrice.currency);
  for (const night of stayNights(checkIn, checkOut)) {
    const price = priceNightOn(pricing.basePrice, pricing.rules, night.date, night.weekend, guests);
    breakdown.push({ date: night.date, price });
    total = addMoney(total, price);
  }
  return { ok: true, nights, total, deposit: percentOf(total, pricing.depositPercent), breakdown };
}
