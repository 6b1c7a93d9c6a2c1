/**
 * Providers speak in major units with decimals (Mercado Pago's `transaction_amount: 45000.5`);
 * Posada stores integer minor units. These conversions go through the decimal string so that
 * 0.1 + 0.2 style float noise never turns a correct payment into a mismatch.
 */

/** Currencies without minor units (ISO 4217 exponent 0) among those a LatAm operator may charge. */
const ZERO_DECIMAL = new Set(["CLP", "PYG", "JPY", "KRW", "VND", "ISK", "UGX", "XAF", "XOF"]);

export function minorUnitDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2;
}

/** 45000 ARS → 4500000; 45000.5 → 4500050; returns null when the value has more precision than the currency. */
export function majorToMinor(value: number, currency: string): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const digits = minorUnitDigits(currency);
  const [whole, fraction = ""] = value.toFixed(Math.max(digits, 6)).split(".");
  if (/[1-9]/.test(fraction.slice(digits))) return null;
  const minor = Number(`${whole}${fraction.slice(0, digits)}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 4500050 ARS → 45000.5, the number a provider API expects as a unit price. */
export function minorToMajor(amount: number, currency: string): number {
  const digits = minorUnitDigits(currency);
  return digits === 0 ? amount : Number((amount / 10 ** digits).toFixed(digits));
}
