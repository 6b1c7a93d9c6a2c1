import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export const LOCALES = ["es-AR", "en", "pt-BR"] as const;
export type Locale = (typeof LOCALES)[number];

/** Every screen keeps its own strings, one dictionary per locale with the same keys (es-AR is the reference). */
export type Messages<Keys extends string> = Record<"es-AR", Record<Keys, string>> & Record<Exclude<Locale, "es-AR">, Record<Keys, string>>;

const STORAGE_KEY = "posada.locale";

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  const browser = navigator.language.toLowerCase();
  if (browser.startsWith("pt")) return "pt-BR";
  if (browser.startsWith("en")) return "en";
  return "es-AR";
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: "es-AR", setLocale: () => {} });

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo(
    () => ({
      locale,
      setLocale(next: Locale) {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);

/**
 * The current locale's strings. `{name}` placeholders are filled from `vars`:
 * `t("holdsExpiring", { count: 3 })`.
 */
export function useMessages<Keys extends string>(messages: Messages<Keys>) {
  const { locale } = useLocale();
  const dictionary = messages[locale];
  return (key: Keys, vars?: Record<string, string | number>) => {
    const text = dictionary[key] ?? messages["es-AR"][key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : text;
  };
}

/** Formatters for the current locale: money in minor units, dates as YYYY-MM-DD or instants. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
    // CLDR writes es-AR and pt-BR times as "5:08 p. m."; owners (and Posada's messages) write 17:08.
    const hourCycle = locale === "en" ? undefined : ("h23" as const);
    return {
      money(money: { amount: number; currency: string }) {
        const digits = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
        return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(money.amount / 10 ** digits);
      },
      /** A price in a narrow cell: whole units without the currency sign ("95.000"), millions shortened ("1,3 M"). */
      shortMoney(money: { amount: number; currency: string }) {
        const digits = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
        const value = money.amount / 10 ** digits;
        return new Intl.NumberFormat(locale, value >= 1_000_000 ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
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
  }, [locale]);
}
