import { useLocale, useMessages, type Messages } from "../i18n/i18n";
import { Badge } from "./states";

const messages: Messages<"stay" | "stayTitle"> = {
  "es-AR": { stay: "{n}.ª estadía", stayTitle: "Huésped que vuelve: es su {n}.ª estadía" },
  "pt-BR": { stay: "{n}.ª estadia", stayTitle: "Hóspede que volta: é a {n}.ª estadia" },
  en: { stay: "{n} stay", stayTitle: "Returning guest: their {n} stay" },
};

const ENGLISH_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const englishOrdinals = new Intl.PluralRules("en", { type: "ordinal" });

/**
 * Marks a returning guest's stay ("3.ª estadía", "3rd stay") on reservations and conversations.
 * A first stay, or a guest not known yet, shows nothing.
 */
export function StayNumber({ stayNumber }: { stayNumber: number | null | undefined }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  if (!stayNumber || stayNumber < 2) return null;
  const n = locale === "en" ? `${stayNumber}${ENGLISH_SUFFIX[englishOrdinals.select(stayNumber)]}` : String(stayNumber);
  return (
    <span title={t("stayTitle", { n })}>
      <Badge tone="info">{t("stay", { n })}</Badge>
    </span>
  );
}
