import { addDays, daysBetween, type IsoDate } from "../domain/dates";
import { percentOf, type Money } from "../domain/money";
import type { AdjustmentRule } from "../pricing/adjustments";

/** What decides whether a package fits a stay and what it costs. */
export interface PackageTerms {
  id: string;
  name: string;
  accommodationIds: string[];
  minNights: number;
  maxNights: number;
  /** The whole stay's price, extras included; null when the package is a percent off. */
  price: Money | null;
  discountPercent: number | null;
  /** First and last night covered, both included; null is open-ended. */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export interface PackageStay {
  accommodationId: string;
  checkIn: IsoDate;
  checkOut: IsoDate;
}

/**
 * A package fits a stay in one of its units, of min..max nights, whose every night falls between
 * its first and last valid night.
 */
export function packageFits(terms: PackageTerms, stay: PackageStay): boolean {
  const nights = daysBetween(stay.checkIn, stay.checkOut);
  if (!terms.accommodationIds.includes(stay.accommodationId)) return false;
  if (nights < terms.minNights || nights > terms.maxNights) return false;
  if (terms.validFrom !== null && stay.checkIn < terms.validFrom) return false;
  if (terms.validTo !== null && addDays(stay.checkOut, -1) > terms.validTo) return false;
  return true;
}

/**
 * The package's line on a stay priced at `nightsTotal` by the unit's rules: its price less that
 * total, or the percent off it (rounded half-up, as every percent). Negative when the package costs
 * less; a fixed price in another currency than the unit's is no offer (null).
 */
export function packageAdjustment(terms: PackageTerms, nightsTotal: Money): Money | null {
  if (terms.price) {
    if (terms.price.currency !== nightsTotal.currency) return null;
    return { amount: terms.price.amount - nightsTotal.amount, currency: nightsTotal.currency };
  }
  const off = percentOf(nightsTotal, terms.discountPercent ?? 0);
  return { amount: -off.amount, currency: nightsTotal.currency };
}

/**
 * Of the packages that fit, the one the guest pays least with (ties: the first listed), with its
 * line; null when none fits.
 */
export function bestPackage<T extends PackageTerms>(packages: readonly T[], stay: PackageStay, nightsTotal: Money): { terms: T; adjustment: Money } | null {
  let best: { terms: T; adjustment: Money } | null = null;
  for (const terms of packages) {
    if (!packageFits(terms, stay)) continue;
    const adjustment = packageAdjustment(terms, nightsTotal);
    if (adjustment && (!best || adjustment.amount < best.adjustment.amount)) best = { terms, adjustment };
  }
  return best;
}

/**
 * The pricing rule of a package for a stay: its price for the whole stay, or its percent off the
 * nights, applied with the guest's other discounts, package first (shared/pricing/adjustments.ts).
 * Kept on a reservation with its line, so a stay whose dates change later keeps what was sold.
 */
export function packageRule(terms: PackageTerms): AdjustmentRule {
  return terms.price ? { kind: "package", name: terms.name, percent: 0, price: terms.price.amount } : { kind: "package", name: terms.name, percent: terms.discountPercent ?? 0 };
}
