/** A tier of a tenant's loyalty programme, as staff define it. */
export interface TierRule {
  name: string;
  minStays: number | null;
  minNights: number | null;
  discountPercent: number | null;
}

/** What a guest's tier is computed from: their confirmed stays and nights in the window. */
export interface LoyaltyFigures {
  stays: number;
  nights: number;
}

/** Tiers count the stays of the last two years. */
export const LOYALTY_WINDOW_MONTHS = 24;

/**
 * The tier a guest has reached: tiers are listed lowest first, and a tier is reached by its stays
 * or by its nights, whichever comes first. The highest one reached wins; none reached is null.
 */
export function tierFor<T extends TierRule>(tiers: readonly T[], figures: LoyaltyFigures): T | null {
  let reached: T | null = null;
  for (const tier of tiers) {
    const byStays = tier.minStays !== null && figures.stays >= tier.minStays;
    const byNights = tier.minNights !== null && figures.nights >= tier.minNights;
    if (byStays || byNights) reached = tier;
  }
  return reached;
}

/** The first day a stay may check in on to count: the same day two years before today. */
export function windowStart(today: string, months = LOYALTY_WINDOW_MONTHS): string {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 1 - months, 1));
  // 29 February two years before falls back to the month's last day.
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(day, lastDay));
  return start.toISOString().slice(0, 10);
}

/**
 * The loyalty discount on a stay's total, in minor units, as a negative amount (its own line in a
 * quote); rounded toward the guest's favour by no more than half a minor unit.
 */
export function loyaltyDiscount(total: number, percent: number | null): number {
  if (!percent || percent <= 0 || total <= 0) return 0;
  return -Math.round((total * percent) / 100);
}
