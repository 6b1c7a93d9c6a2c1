import type { Schemas } from "../../api/client";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { packageChoiceMessages } from "./package-choice-messages";
import styles from "./reservations.module.css";

type StayQuote = Schemas["StayQuote"];
type Money = StayQuote["total"];

/**
 * What the nights cost without the package the quote applied: the quote's total less the package's
 * line, and the deposit on that, rounded half-up to the minor unit as the calendar rounds every
 * deposit (so the figure shown is the one a hold without the package gets).
 */
export function withoutPackage(quote: StayQuote, depositPercent: number): { total: Money; deposit: Money } {
  const line = quote.adjustments.filter((a) => a.kind === "package").reduce((sum, a) => sum + a.amount.amount, 0);
  const total = quote.total.amount - line;
  const scaled = BigInt(Math.round(depositPercent * 1_000_000));
  const deposit = Number((2n * BigInt(total) * scaled + 100_000_000n) / 200_000_000n);
  return { total: { amount: total, currency: quote.total.currency }, deposit: { amount: deposit, currency: quote.total.currency } };
}

/**
 * The package a stay typed by staff fits: its name, what it includes, its price beside the
 * nights' own, and a box to book the stay with it (the form sends its id).
 */
export function PackageChoice({ quote, depositPercent, chosen, onChange }: { quote: StayQuote & { package: NonNullable<StayQuote["package"]> }; depositPercent: number; chosen: boolean; onChange: (chosen: boolean) => void }) {
  const t = useMessages(packageChoiceMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const offer = quote.package;
  const nights = withoutPackage(quote, depositPercent).total;
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
