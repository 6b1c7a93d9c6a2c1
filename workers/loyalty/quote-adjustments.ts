import { todayIn } from "../../shared/domain/dates";
import { percentOf, type Money } from "../../shared/domain/money";
import { loyaltyDiscount } from "../../shared/loyalty/tiers";
import type { Database } from "../platform/db/client";
import { liveGuest } from "../guests/find-guest";
import { ownGuest } from "../guests/guest-profiles";
import { guestTier } from "./guest-tier";

export interface QuoteAdjustment {
  kind: "loyalty";
  label: string;
  /** Negative: a discount. */
  amount: Money;
}

interface PricedStay {
  total: Money;
  deposit: Money;
}

/**
 * A quote for a known guest: their tier's discount as its own line, taken off the total once, and
 * the deposit worked out again on what they pay. "Today" is the lodging's, as for the price.
 * Another tenant's guest is a 404, like any id of theirs.
 */
export async function quoteForGuest<Q extends PricedStay>(db: Database, tenantId: string, guestId: string, quote: Q, unit: { timezone: string; depositPercent: number }): Promise<Q & { adjustments: QuoteAdjustment[] }> {
  const guest = await liveGuest(db, tenantId, await ownGuest(db, tenantId, guestId));
  const { tier } = await guestTier(db, tenantId, guest.id, todayIn(unit.timezone, new Date()));
  const discount = loyaltyDiscount(quote.total.amount, tier?.discountPercent ?? null);
  if (!tier || discount === 0) return { ...quote, adjustments: [] };
  const total = { amount: quote.total.amount + discount, currency: quote.total.currency };
  return {
    ...quote,
    total,
    deposit: percentOf(total, unit.depositPercent),
    adjustments: [{ kind: "loyalty", label: `${tier.name} −${tier.discountPercent}%`, amount: { amount: discount, currency: quote.total.currency } }],
  };
}
