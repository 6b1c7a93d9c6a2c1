import { percentOf, type Money } from "../../shared/domain/money";

/**
 * A line that changes a quote's total, shown on its own. The order is fixed, here and in every
 * place that prices a stay (quotes, searches, holds, the assistant's offers): first the unit's
 * rules price the nights, then a package that fits replaces that price with its own (or takes its
 * percent off), then the guest's loyalty percent comes off what is left. So a loyalty discount is a
 * percent of the package price, never of the nights' price the package already changed.
 */
export interface QuoteAdjustment {
  kind: "package" | "loyalty";
  label: string;
  /** Negative: a discount. */
  amount: Money;
}

export interface PricedStay {
  total: Money;
  deposit: Money;
}

/** The quote with one more line taken into its total; the deposit is worked out again on what is paid. */
export function adjusted<Q extends PricedStay & { adjustments?: QuoteAdjustment[] }>(quote: Q, line: QuoteAdjustment, depositPercent: number): Q & { adjustments: QuoteAdjustment[] } {
  const total = { amount: Math.max(0, quote.total.amount + line.amount.amount), currency: quote.total.currency };
  return { ...quote, total, deposit: percentOf(total, depositPercent), adjustments: [...(quote.adjustments ?? []), line] };
}
