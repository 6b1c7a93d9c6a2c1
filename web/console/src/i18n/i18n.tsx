import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { formatFor } from "./format";

export { LOCALES, type Locale, type Messages } from "./locales";
import { LOCALES, type Locale, type Messages } from "./locales";


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
  return useMemo(() => formatFor(locale), [locale]);
}
