import { z } from "zod";
import { percentOf, type Money } from "../domain/money";

/**
 * Discounts on a stay's price, each shown as its own line. This is the one place they are applied,
 * for a quote and for a hold alike:
 *
 * - rules are applied in the order of ADJUSTMENT_ORDER: a package's price first, then the loyalty
 *   percent on what is left, so a guest's discount is never taken off nights a package already
 *   priced lower, and never twice;
 * - each kind appears at most once (a second rule of the same kind is ignored);
 * - a total set by hand replaces the price and every line with it (the calendar object drops them).
 */
export const ADJUSTMENT_KINDS = ["package", "loyalty"] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
const ADJUSTMENT_ORDER: Record<AdjustmentKind, number> = { package: 0, loyalty: 1 };

/**
 * What a discount is, before it meets a price: a percent off, named by what gives it (a tier, a
 * package); or, for a package sold at one price, that price for the whole stay (minor units), which
 * replaces what the nights cost (its line is the difference).
 */
export const adjustmentRuleSchema = z.object({
  kind: z.enum(ADJUSTMENT_KINDS),
  name: z.string().min(1).max(120),
  percent: z.number().min(0).max(100),
  price: z.number().int().min(0).optional(),
});
export type AdjustmentRule = z.infer<typeof adjustmentRuleSchema>;

/** A discount line on a quote or a reservation; `amount` is negative (taken off the total). */
export interface AdjustmentLine {
  kind: AdjustmentKind;
  label: string;
  amount: Money;
}

/** A line as the calendar keeps it: with its rule, so a stay priced again gets the same discount. */
export interface StoredAdjustment extends AdjustmentLine {
  name: string;
  percent: number;
  price?: number;
}

/** How a line reads, the same in every language: "Plata −10%"; a package by its own name ("Escapada romántica"). */
export const adjustmentLabel = (rule: AdjustmentRule) => (rule.kind === "package" ? rule.name : `${rule.name} −${rule.percent}%`);

export interface AdjustedPrice {
  total: Money;
  deposit: Money;
  adjustments: StoredAdjustment[];
}

/** A percent of an amount in minor units, negative, rounded toward the guest by no more than half a unit. */
function percentOff(amount: number, percent: number): number {
  if (percent <= 0 || amount <= 0) return 0;
  return -Math.round((amount * percent) / 100);
}

/** Takes each rule off the total once, in order, and works the deposit out on what the guest pays. */
export function applyAdjustments(total: Money, depositPercent: number, rules: readonly AdjustmentRule[]): AdjustedPrice {
  const seen = new Set<AdjustmentKind>();
  const ordered = [...rules].sort((a, b) => ADJUSTMENT_ORDER[a.kind] - ADJUSTMENT_ORDER[b.kind]).filter((rule) => !seen.has(rule.kind) && seen.add(rule.kind));
  let amount = total.amount;
  const adjustments: StoredAdjustment[] = [];
  for (const rule of ordered) {
    const off = rule.price !== undefined ? rule.price - amount : percentOff(amount, rule.percent);
    if (off === 0) continue;
    amount += off;
    adjustments.push({
      kind: rule.kind,
      name: rule.name,
      label: adjustmentLabel(rule),
      percent: rule.percent,
      ...(rule.price !== undefined && { price: rule.price }),
      amount: { amount: off, currency: total.currency },
    });
  }
  const adjusted = { amount, currency: total.currency };
  return { total: adjusted, deposit: percentOf(adjusted, depositPercent), adjustments };
}

/** The rules a stored line came from, to price a stay again after its dates or guests change. */
export const rulesOf = (lines: readonly StoredAdjustment[]): AdjustmentRule[] => lines.map(({ kind, name, percent, price }) => ({ kind, name, percent, ...(price !== undefined && { price }) }));

/** A line as the API shows it (without the percent kept for repricing). */
export const presentAdjustment = ({ kind, label, amount }: AdjustmentLine): AdjustmentLine => ({ kind, label, amount });

/** A quote (the nights' own price) with the rules applied: its total and deposit after them, and their lines as the API shows them. */
export function adjustQuote<Q extends { total: Money; deposit: Money }>(quote: Q, depositPercent: number, rules: readonly AdjustmentRule[]): Q & { adjustments: AdjustmentLine[] } {
  const price = applyAdjustments(quote.total, depositPercent, rules);
  return { ...quote, total: price.total, deposit: price.deposit, adjustments: price.adjustments.map(presentAdjustment) };
}
