/**
 * Guests misspell month names ("15 de febero", "el 3 de agsoto"); a month after a day number is
 * read even when one letter is off. Only there: elsewhere a near miss is usually another word
 * ("entero" is one letter from "enero", "junto" from "junio", "abrir" from "abril").
 */
import { MONTH_NAMES } from "./date-words";

const LONG_MONTHS = Object.keys(MONTH_NAMES).filter((name) => name.length >= 5);

/** A day number, an optional "de"/"del"/"of", then the word to check. */
const DAY_THEN_WORD = /\b(\d{1,2}(?:\s+(?:de|del|of|do|da))?\s+)([a-z]{4,11})\b/g;

/** Damerau–Levenshtein distance of at most one: one letter added, dropped, changed or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The one month a misspelled word is one edit from, or null when none (or more than one) is. */
export function correctMonth(word: string): string | null {
  if (MONTH_NAMES[word] !== undefined) return null;
  const months = new Set(LONG_MONTHS.filter((name) => withinOneEdit(word, name)).map((name) => MONTH_NAMES[name]));
  if (months.size !== 1) return null;
  return LONG_MONTHS.find((name) => withinOneEdit(word, name)) ?? null;
}

/** Rewrites misspelled month names that follow a day number ("15 de febero" → "15 de febrero"). */
export function fixMonthTypos(text: string): string {
  return text.replace(DAY_THEN_WORD, (whole, lead: string, word: string) => {
    const month = correctMonth(word);
    return month ? lead + month : whole;
  });
}
