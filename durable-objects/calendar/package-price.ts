import type { Money } from "../../shared/domain/money";
import { packageAdjustment, packageFits, packageRule, type PackageTerms } from "../../shared/packages/package-fit";
import type { AdjustmentRule } from "../../shared/pricing/adjustments";

/**
 * The rule a hold booked with a package is priced by (packageRule), once the object has checked the
 * package fits the stay it is pricing (unit, nights, dates) in the unit's currency; null otherwise.
 */
export function packageRuleForHold(terms: PackageTerms, nightsTotal: Money, unit: { accommodationId: string }, stay: { checkIn: string; checkOut: string }): AdjustmentRule | null {
  if (!packageFits(terms, { accommodationId: unit.accommodationId, ...stay })) return null;
  if (!packageAdjustment(terms, nightsTotal)) return null;
  return packageRule(terms);
}
