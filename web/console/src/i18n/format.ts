import type { Locale } from "./locales";

export type Format = ReturnType<typeof formatFor>;

/** Formatters for a locale (what useFormat hands screens): money in minor units, dates as YYYY-MM-DD or instants. */
export function formatFor(locale: Locale) {
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  // CLDR writes es-AR and pt-BR times as "5:08 p. m."; owners (and Posada's messages) write 17:08.
  const hourCycle = locale === "en" ? undefined : ("h23" as const);
  const fractionDigits = (currency: string) => new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return {
    money(money: { amount: number; currency: string }) {
      return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(money.amount / 10 ** fractionDigits(money.currency));
    },
    /** A price as owners say it: whole amounts without cents ("$ 95.000"), others with them. */
    price(money: { amount: number; currency: string }) {
      const value = money.amount / 10 ** fractionDigits(money.currency);
      return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency, ...(Number.isInteger(value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) }).format(value);
    },
    /** A price in a narrow cell: whole units without the currency sign ("95.000"), millions shortened ("1,3 M"). */
    shortMoney(money: { amount: number; currency: string }) {
      const value = money.amount / 10 ** fractionDigits(money.currency);
      return new Intl.NumberFormat(locale, value >= 1_000_000 ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
    },
    /** A percent as the locale writes it ("12,5 %" in es-AR), from 12.5. */
    percent(value: number) {
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value / 100);
    },
    /** A calendar date (`2026-12-05`), shown without shifting through the browser's zone. */
    day(date: string) {
      return dayFormat.format(new Date(`${date}T00:00:00Z`));
    },
    dateTime(iso: string, timeZone?: string) {
      return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle, timeZone }).format(new Date(iso));
    },
    time(iso: string, timeZone?: string) {
      return new Intl.DateTimeFormat(locale, { timeStyle: "short", hourCycle, timeZone }).format(new Date(iso));
    },
  };
}
