import { todayIn } from "../../shared/domain/dates";
import { loyaltyDiscount } from "../../shared/loyalty/tiers";
import type { Database } from "../platform/db/client";
import { liveGuest } from "../guests/find-guest";
import { ownGuest } from "../guests/guest-profiles";
import { adjusted, type PricedStay, type QuoteAdjustment } from "../bookings/quote-adjustments";
import { guestTier } from "./guest-tier";

export type { QuoteAdjustment } from "../bookings/quote-adjustments";

/**
 * A quote for a known guest: their tier's discount as its own line, taken off the total once (after
 * any package, see bookings/quote-adjustments.ts), and the deposit worked out again on what they
 * pay. "Today" is the lodging's, as for the price. Another tenant's guest is a 404, like any id of theirs.
 */
export async function quoteForGuest<Q extends PricedStay & { adjustments?: QuoteAdjustment[] }>(
  db: Database,
  tenantId: string,
  guestId: string,
  quote: Q,
  unit: { timezone: string; depositPercent: number },
): Promise<Q & { adjustments: QuoteAdjustment[] }> {
  const guest = await liveGuest(db, tenantId, await ownGuest(db, tenantId, guestId));
  const { tier } = await guestTier(db, tenantId, guest.id, todayIn(unit.timezone, new Date()));
  const discount = loyaltyDiscount(quote.total.amount, tier?.discountPercent ?? null);
  if (!tier || discount === 0) return { ...quote, adjustments: quote.adjustments ?? [] };
  return adjusted(quote, { kind: "loyalty", label: `${tier.name} −${tier.discountPercent}%`, amount: { amount: discount, currency: quote.total.currency } }, unit.depositPercent);
}
