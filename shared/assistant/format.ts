/**
 * Money, dates and times the way each guest reads them. Pesos keep the "$" every Argentine
 * price uses, whatever the guest's language; "US$" and "R$" appear only when the tenant charges
 * in dollars or reais. Spanish and Portuguese group thousands with "." and write D/M; English
 * groups with "," and writes "Jan 10".
 */
import { minorUnitDigits } from "../domain/currency-units";
import type { Lang } from "./templates";

const SYMBOLS: Readonly<Record<string, string>> = { ARS: "$", USD: "US$", BRL: "R$", EUR: "€", UYU: "$U", CLP: "CLP$" };
const NUMBER_LOCALES: Record<Lang, string> = { es: "es-AR", pt: "pt-BR", en: "en-US" };
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 10 → "10 %" (es, pt, with the space their style writes) or "10%" (en); 7.5 → "7,5 %" (es, pt). */
export function formatPercent(percent: number, lang: Lang): string {
  const number = new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: 2 }).format(percent);
  return lang === "en" ? `${number}%` : `${number} %`;
}

/** 4_050_000 ARS → "$40.500" (es, pt) or "$40,500" (en); cents only when there are any. */
export function formatMoney(amountMinor: number, currency: string, lang: Lang): string {
  const digits = minorUnitDigits(currency);
  const major = amountMinor / 10 ** digits;
  const fraction = Number.isInteger(major) ? 0 : digits;
  const number = new Intl.NumberFormat(NUMBER_LOCALES[lang], { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(major);
  const symbol = SYMBOLS[currency.toUpperCase()] ?? `${currency.toUpperCase()} `;
  return `${symbol}${number}`;
}

const dayOf = (iso: string) => Number(iso.slice(8, 10));
const monthOf = (iso: string) => Number(iso.slice(5, 7));

/** One day: "5/1" (es, pt) or "Jan 5" (en). */
export function formatDay(iso: string, lang: Lang): string {
  return lang === "en" ? `${MONTHS_EN[monthOf(iso) - 1]} ${dayOf(iso)}` : `${dayOf(iso)}/${monthOf(iso)}`;
}

/** A stay: "del 5 al 8/1", "de 5 a 8/1", "Jan 5 to 8"; both months written when they differ. */
export function formatStay(checkIn: string, checkOut: string, lang: Lang): string {
  const sameMonth = checkIn.slice(0, 7) === checkOut.slice(0, 7);
  if (lang === "en") return sameMonth ? `${formatDay(checkIn, lang)} to ${dayOf(checkOut)}` : `${formatDay(checkIn, lang)} to ${formatDay(checkOut, lang)}`;
  const from = sameMonth ? String(dayOf(checkIn)) : formatDay(checkIn, lang);
  return lang === "pt" ? `de ${from} a ${formatDay(checkOut, lang)}` : `del ${from} al ${formatDay(checkOut, lang)}`;
}

/** A clock time in the lodging's zone: "17:30" (es, pt) or "5:30 PM" (en). */
export function formatTime(instant: number, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALES[lang], { timeZone, hour: lang === "en" ? "numeric" : "2-digit", minute: "2-digit", hourCycle: lang === "en" ? "h12" : "h23" }).format(new Date(instant));
}

/** "a, b y c" / "a, b e c" / "a, b or c" style lists. */
export function joinList(items: readonly string[], lang: Lang, word: "and" | "or" = "and"): string {
  const last = { and: { es: "y", pt: "e", en: "and" }, or: { es: "o", pt: "ou", en: "or" } }[word][lang];
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** A unit's "14:00" as the guest reads it: unchanged in es and pt, "2:00 PM" in en. */
export function formatClock(hhmm: string, lang: Lang): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match || lang !== "en") return hhmm;
  const hour = Number(match[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${match[2]} ${hour < 12 ? "AM" : "PM"}`;
}
