import { adjustQuote, type AdjustmentLine, type AdjustmentRule } from "../../shared/pricing/adjustments";
import type { Money } from "../../shared/domain/money";
import type { Database } from "../platform/db/client";
import { guestDiscount } from "./guest-discount";

export type QuoteAdjustment = AdjustmentLine;

interface PricedStay {
  total: Money;
  deposit: Money;
}

/**
 * A quote for a known guest: the discount a hold for them would get (guestDiscount: their recorded
 * tier's percent), taken off the total once on its own line, the deposit worked out again on what
 * they pay; the same rules and arithmetic as the calendar object's, so quote and hold agree.
 * Another tenant's guest is a 404, like any id of theirs. `otherRules` (a package the stay fits) are
 * applied with it, in the one order every price follows; `quote` is the nights' own price.
 */
export async function quoteForGuest<Q extends PricedStay>(
  db: Database,
  tenantId: string,
  guestId: string,
  quote: Q,
  unit: { depositPercent: number },
  otherRules: readonly AdjustmentRule[] = [],
): Promise<Q & { adjustments: QuoteAdjustment[] }> {
  const { rules } = await guestDiscount(db, tenantId, { guestId });
  return adjustQuote(quote, unit.depositPercent, [...otherRules, ...rules]);
}
