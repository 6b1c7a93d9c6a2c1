/**
 * Numbers and money typed by a person, read the way their locale writes them, and written back the
 * same way. One module for the whole console so "120.000" means the same in every field.
 *
 * Rules (es-AR and pt-BR group with "." and mark decimals with ","; en the other way round):
 * - the locale's decimal mark, once, is the decimal point: es-AR "1,2" → 1.2;
 * - the locale's group mark in well-formed groups of three is grouping: es-AR "120.000" → 120000;
 * - a single group mark followed by other than exactly three digits can only be a decimal point typed
 *   the other way: es-AR "1.2" → 1.2, while "1.200" stays twelve hundred;
 * - with both marks present, the last one is the decimal point and the rest must group by three;
 * - anything else (letters, "1.20.000", "1,2,3") is unreadable rather than guessed.
 */

/** Digits only, split at the decimal point; kept as text so money becomes minor units without float error. */
export interface DecimalDigits {
  whole: string;
  fraction: string;
}

export type ReadProblem = "unreadable" | "tooManyDecimals" | "notWhole" | "tooSmall" | "tooLarge";
export type ReadResult = { ok: true; value: number } | { ok: false; problem: ReadProblem };

export interface Separators {
  group: string;
  decimal: string;
}

/** The locale's own marks, from Intl so no table has to be kept. */
export function separatorsFor(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  };
}

const groupedByThree = (text: string, mark: string) => new RegExp(`^\\d{1,3}(?:${escape(mark)}\\d{3})+$`).test(text);
const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits typed text into whole and fraction digits, or null when it cannot be read without guessing. */
export function readDecimal(text: string, locale: string): DecimalDigits | null {
  // Spaces (also the no-break ones Intl puts after "$") and a leading currency sign or code are decoration.
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^(?:[A-Za-z]{0,3}\$|[A-Za-z]{3})/, "");
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return null;
  const marks = [...new Set(compact.match(/[.,]/g) ?? [])];
  if (marks.length === 0) return { whole: compact, fraction: "" };

  if (marks.length === 2) {
    const decimalMark = compact.match(/[.,]/g)!.at(-1)!;
    const groupMark = marks.find((mark) => mark !== decimalMark)!;
    const at = compact.lastIndexOf(decimalMark);
    const whole = compact.slice(0, at);
    const fraction = compact.slice(at + 1);
    if (whole.includes(decimalMark) || !/^\d+$/.test(fraction) || !groupedByThree(whole, groupMark)) return null;
    return { whole: whole.split(groupMark).join(""), fraction };
  }

  const mark = marks[0]!;
  const pieces = compact.split(mark);
  const { decimal } = separatorsFor(locale);
  if (mark !== decimal && groupedByThree(compact, mark)) return { whole: pieces.join(""), fraction: "" };
  if (pieces.length === 2) return { whole: pieces[0]!, fraction: pieces[1]! };
  return null;
}

export interface NumberRules {
  /** Counts and percents that must be whole. */
  integer?: boolean;
  min?: number;
  max?: number;
}

function withinRules(value: number, rules: NumberRules): ReadResult {
  if (rules.integer && !Number.isInteger(value)) return { ok: false, problem: "notWhole" };
  if (rules.min !== undefined && value < rules.min) return { ok: false, problem: "tooSmall" };
  if (rules.max !== undefined && value > rules.max) return { ok: false, problem: "tooLarge" };
  return { ok: true, value };
}

/** A plain number (multiplier, percent, count): es-AR "1,2" → 1.2. */
export function readNumber(text: string, locale: string, rules: NumberRules = {}): ReadResult {
  const digits = readDecimal(text, locale);
  if (!digits) return { ok: false, problem: "unreadable" };
  return withinRules(Number(`${digits.whole}.${digits.fraction || "0"}`), rules);
}

export function fractionDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Money in the API's integer minor units: es-AR "120.000,50" ARS → 12000050. Built from the digits
 * as text, so no amount picks up float error on the way; `rules` apply to the minor units.
 */
export function readMoney(text: string, locale: string, currency: string, rules: Omit<NumberRules, "integer"> = {}): ReadResult {
  const digits = readDecimal(text, locale);
  if (!digits) return { ok: false, problem: "unreadable" };
  const places = fractionDigits(currency);
  if (digits.fraction.length > places) return { ok: false, problem: "tooManyDecimals" };
  const minor = Number(`${digits.whole}${digits.fraction.padEnd(places, "0")}`);
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: "tooLarge" };
  return withinRules(minor, rules);
}

/** The value of a result, or null: for what a form sends once the field has let it through. */
export const valueOf = (result: ReadResult): number | null => (result.ok ? result.value : null);

/** A number as the locale writes it, ready to edit and read back: 1.2 → "1,2" in es-AR. */
export function numberToInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: true }).format(value);
}

/** Minor units as the locale writes them, cents only when there are any: 12000050 ARS → "120.000,50" in es-AR. */
export function moneyToInput(money: { amount: number; currency: string }, locale: string): string {
  const places = fractionDigits(money.currency);
  const scale = 10 ** places;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }).format(Math.trunc(money.amount / scale));
  const cents = Math.abs(money.amount % scale);
  return cents === 0 ? whole : `${whole}${separatorsFor(locale).decimal}${String(cents).padStart(places, "0")}`;
}

/** How the saved amount will read, whole amounts without ",00": "$ 120.000" in es-AR. */
export function formatMoney(money: { amount: number; currency: string }, locale: string): string {
  const places = fractionDigits(money.currency);
  const whole = money.amount % 10 ** places === 0;
  return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency, minimumFractionDigits: whole ? 0 : places, maximumFractionDigits: places }).format(money.amount / 10 ** places);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value);
}
