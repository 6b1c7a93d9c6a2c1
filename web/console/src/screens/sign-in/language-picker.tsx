import { LOCALES, useLocale, type Locale } from "../../i18n/i18n";

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Locale, string> = { "es-AR": "Español", en: "English", "pt-BR": "Português" };

export function LanguagePicker({ label, className }: { label: string; className?: string }) {
  const { locale, setLocale } = useLocale();
  return (
    <label className={className}>
      <span className="visually-hidden">{label}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {NATIVE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
