import type { Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { packageChoiceMessages } from "./package-choice-messages";
import styles from "./reservations.module.css";

type StayQuote = Schemas["StayQuote"];
type Money = StayQuote["total"];

/**
 * The package a stay typed by staff fits: its name, what it includes, its price beside the
 * nights' own, and a box to book the stay with it (the form sends its id).
 */
export function PackageChoice({ quote, nights, chosen, onChange }: { quote: StayQuote & { package: NonNullable<StayQuote["package"]> }; nights: Money; chosen: boolean; onChange: (chosen: boolean) => void }) {
  const t = useMessages(packageChoiceMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const offer = quote.package;
  const titleOf = (title: { es?: string; pt?: string; en?: string }) => (locale === "en" ? title.en : locale === "pt-BR" ? title.pt : title.es) ?? title.es ?? title.en ?? title.pt ?? "";
  const what = [t(quote.nights === 1 ? "nightsOne" : "nightsCount", { count: quote.nights }), ...offer.extras.map((extra) => titleOf(extra.title)).filter(Boolean)];
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(what);
  const difference = quote.total.amount - nights.amount;
  return (
    <fieldset className={styles.packageChoice} data-testid="package-choice">
      <legend>{t("fits")}</legend>
      <p>
        <strong>{offer.name}</strong> · {t("includes", { what: list })}
      </p>
      <ul className={styles.packagePrices}>
        <li>{t("packagePrice", { price: format.price(quote.total) })}</li>
        <li>{t("nightsPrice", { price: format.price(nights) })}</li>
        {difference !== 0 && <li className={styles.muted}>{t(difference < 0 ? "saves" : "costsMore", { amount: format.price({ amount: Math.abs(difference), currency: nights.currency }) })}</li>}
      </ul>
      <label className={styles.checkbox}>
        <input type="checkbox" name="withPackage" checked={chosen} onChange={(event) => onChange(event.target.checked)} />
        <span>{t("bookWith", { name: offer.name })}</span>
      </label>
    </fieldset>
  );
}
