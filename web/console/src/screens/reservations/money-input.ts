/** Money typed by a person (major units, their locale's separators) to and from the API's minor units. */

export function fractionDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `{ amount: 2400000, currency: "ARS" }` → "24000,00" in es-AR: editable, without thousands separators. */
export function toInputAmount(money: { amount: number; currency: string }, locale: string): string {
  const digits = fractionDigits(money.currency);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(money.amount / 10 ** digits);
}

/**
 * Reads "24.000", "24000,50", "1,234.56" or "24000" alike: a separator followed by one or two
 * final digits is the decimal mark, any other separator groups thousands. Null when unreadable.
 */
export function parseInputAmount(text: string, currency: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/^[^\d]+/, "");
  if (!/^[\d.,]+$/.test(compact)) return null;
  const decimal = compact.match(/^(.*)[.,](\d{1,2})$/);
  const whole = (decimal ? decimal[1]! : compact).replace(/[.,]/g, "");
  const fraction = decimal ? decimal[2]! : "";
  if (!/^\d+$/.test(whole || "0")) return null;
  const value = Number(`${whole || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? Math.round(value * 10 ** fractionDigits(currency)) : null;
}
