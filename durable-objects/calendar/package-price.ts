import { percentOf, type Money } from "../../shared/domain/money";
import { packageAdjustment, packageFits, type PackageTerms } from "../../shared/packages/package-fit";

/**
 * A stay booked with a package: priced by the package (its price, or its percent off the nights the
 * unit's rules priced), the deposit on that total. The package's name is kept as the reason the total
 * is not the unit's own price, so changing the stay's dates later keeps what the guest was sold
 * until staff set a price. Null when the package does not fit the stay.
 */
export function withPackagePrice(
  quote: { total: Money },
  terms: PackageTerms,
  unit: { accommodationId: string; depositPercent: number },
  stay: { checkIn: string; checkOut: string },
): { total: Money; deposit: Money; reason: string } | null {
  if (!packageFits(terms, { accommodationId: unit.accommodationId, ...stay })) return null;
  const line = packageAdjustment(terms, quote.total);
  if (!line) return null;
  const total = { amount: Math.max(0, quote.total.amount + line.amount), currency: quote.total.currency };
  return { total, deposit: percentOf(total, unit.depositPercent), reason: terms.name };
}
