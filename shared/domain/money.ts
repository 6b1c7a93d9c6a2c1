/**
 * Money as integer minor units (centavos for ARS) plus an ISO 4217 code.
 *
 * THE rounding rule, used everywhere money is scaled:
 *   - a multiplier applied to a night's price is rounded half-up to the integer
 *     minor unit, once per night (applyMultiplier);
 *   - a percentage of a total (the deposit) is rounded half-up to the minor unit
 *     (percentOf).
 * Half-up means x.5 goes up (all amounts here are >= 0, so "up" = away from zero).
 * Both run on BigInt with the factor scaled to FACTOR_DECIMALS places, so
 * 33333 × 1.5 = 49999.5 → 50000 exactly instead of at the mercy of binary floats.
 */
import { z } from "zod";

/** An amount in integer minor units and its currency, e.g. { amount: 1500000, currency: "ARS" } = $15.000,00. */
export interface Money {
  amount: number;
  currency: string;
}

/** Zod schema for Money: non-negative integer minor units, three-letter upper-case currency. */
export const moneySchema = z.object({
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 code such as ARS"),
});

/**
 * The largest nightly price, season price or per-guest fee accepted: 1,000 million in major units.
 * With multipliers of at most 10 (weekend or holiday, then season) and at most 50 guests, the
 * dearest night stays under 1.6e13 minor units, so a whole 550-night calendar or quote sums
 * exactly in a JavaScript number (below 2^53).
 */
export const MAX_PRICE_AMOUNT = 100_000_000_000;

/** A price operators set (base price, season price, extra-guest fee): Money with the bound above. */
export const priceSchema = z.object({
  amount: z.number().int().min(0).max(MAX_PRICE_AMOUNT),
  currency: moneySchema.shape.currency,
});

/** Money paid in one go (a payment recorded by hand): ten times the dearest night is already absurd. */
export const paymentAmountSchema = z.object({
  amount: z.number().int().min(0).max(MAX_PRICE_AMOUNT * 1000),
  currency: moneySchema.shape.currency,
});

/** Multipliers and percentages are honoured to this many decimal places; finer digits are rounded away. */
export const FACTOR_DECIMALS = 6;
const SCALE = 10n ** BigInt(FACTOR_DECIMALS);

/** Thrown when two amounts in different currencies meet; it means inconsistent data, not bad user input. */
export class CurrencyMismatchError extends Error {
  override name = "CurrencyMismatchError";
  constructor(expected: string, actual: string) {
    super(`Currency mismatch: expected ${expected}, got ${actual}`);
  }
}

/** Builds a Money, checking the amount is a non-negative safe integer. */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Invalid minor-unit amount: ${amount}`);
  return { amount, currency };
}

/** Throws CurrencyMismatchError unless `m` is in `currency`. */
export function assertCurrency(m: Money, currency: string): void {
  if (m.currency !== currency) throw new CurrencyMismatchError(currency, m.currency);
}

/** The sum of two amounts in the same currency. */
export function addMoney(a: Money, b: Money): Money {
  assertCurrency(b, a.currency);
  return money(a.amount + b.amount, a.currency);
}

/** `m` times a whole number (e.g. a per-guest fee × guests); no rounding needed. */
export function timesInt(m: Money, count: number): Money {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  return money(m.amount * count, m.currency);
}

/** round_half_up(amount × num / den) on exact integers, all inputs >= 0. */
function mulDivHalfUp(amount: number, num: bigint, den: bigint): number {
  const product = BigInt(amount) * num;
  return Number((2n * product + den) / (2n * den));
}

/** A non-negative decimal factor as an exact integer over SCALE. */
function scaled(factor: number, what: string): bigint {
  if (!Number.isFinite(factor) || factor < 0) throw new RangeError(`${what} must be a finite number >= 0, got ${factor}`);
  return BigInt(Math.round(factor * Number(SCALE)));
}

/** `m` × multiplier, rounded half-up to the minor unit (the one rounding rule for night prices). */
export function applyMultiplier(m: Money, multiplier: number): Money {
  return money(mulDivHalfUp(m.amount, scaled(multiplier, "multiplier"), SCALE), m.currency);
}

/** `percent` % of `m` (0–100), rounded half-up to the minor unit (the one rounding rule for deposits). */
export function percentOf(m: Money, percent: number): Money {
  if (percent > 100) throw new RangeError(`percent must be within 0–100, got ${percent}`);
  return money(mulDivHalfUp(m.amount, scaled(percent, "percent"), SCALE * 100n), m.currency);
}
