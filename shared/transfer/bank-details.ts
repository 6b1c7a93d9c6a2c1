import { z } from "zod";

/**
 * Argentine bank details a guest transfers a deposit to. The check digits follow the BCRA's
 * published rules (CBU, and CVU, which uses the same layout) and AFIP's (CUIT); the npm packages
 * that implement them bring a phone-number library along, so the few lines live here instead.
 */

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, "");

/** The check digit of one CBU block: its digits weighted by the repeating pattern, then 10 minus the units (0 stays 0). */
function cbuCheckDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * weights[i % weights.length]!;
  return (10 - (sum % 10)) % 10;
}

/**
 * A CBU or CVU: 22 digits in two blocks, each ending in its check digit. The first block
 * (bank, branch) weighs its 7 digits 7-1-3-9-7-1-3; the second (account) its 13 digits 3-9-7-1-….
 */
export function isValidCbu(raw: string): boolean {
  const cbu = digitsOnly(raw);
  if (!/^\d{22}$/.test(cbu)) return false;
  const first = cbu.slice(0, 7);
  const second = cbu.slice(8, 21);
  return cbuCheckDigit(first, [7, 1, 3, 9]) === Number(cbu[7]) && cbuCheckDigit(second, [3, 9, 7, 1]) === Number(cbu[21]);
}

/** CUIT/CUIL prefixes AFIP gives: people (20, 23, 24, 27) and companies (30, 33, 34). */
const CUIT_PREFIXES = new Set(["20", "23", "24", "27", "30", "33", "34"]);
const CUIT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** A CUIT (or CUIL): 11 digits, a known prefix, and AFIP's modulo-11 check digit. */
export function isValidCuit(raw: string): boolean {
  const cuit = digitsOnly(raw);
  if (!/^\d{11}$/.test(cuit) || !CUIT_PREFIXES.has(cuit.slice(0, 2))) return false;
  const sum = CUIT_WEIGHTS.reduce((total, weight, i) => total + weight * Number(cuit[i]), 0);
  const check = 11 - (sum % 11);
  // 11 reads as 0; 10 is never issued (AFIP changes the prefix instead).
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(cuit[10]);
}

/** An alias as home banking accepts it: 6 to 20 letters, digits, dots or hyphens. */
export function isValidAlias(raw: string): boolean {
  return /^[A-Za-z0-9.-]{6,20}$/.test(raw.trim());
}

/** A CUIT as people write it: 20-12345678-9. */
export function formatCuit(cuit: string): string {
  const digits = digitsOnly(cuit);
  return `${digits.slice(0, 2)}-${digits.slice(2, 10)}-${digits.slice(10)}`;
}

/** The bank details as entered (spaces and hyphens in numbers tolerated), checked and normalised. */
export const bankDetailsSchema = z.object({
  cbu: z
    .string()
    .max(40)
    .refine(isValidCbu, { message: "A CBU or CVU has 22 digits with valid check digits" })
    .transform(digitsOnly),
  alias: z
    .string()
    .max(40)
    .refine(isValidAlias, { message: "An alias has 6 to 20 letters, digits, dots or hyphens" })
    .transform((value) => value.trim())
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  holderName: z.string().trim().min(2).max(120),
  cuit: z
    .string()
    .max(20)
    .refine(isValidCuit, { message: "A CUIT has 11 digits with a valid check digit" })
    .transform(digitsOnly),
});

export type BankDetails = z.output<typeof bankDetailsSchema>;
