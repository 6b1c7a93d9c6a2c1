import { useEffect, useState } from "react";
import { api, ApiProblem, unwrap, type Schemas } from "../../api/client";
import { addDays } from "../../dates";
import { useFormat, useLocale, useMessages } from "../../i18n/i18n";
import { Field } from "../../ui/field";
import { NumberField } from "../../ui/number-field";
import { readNumber, valueOf } from "../../ui/number-input";
import { messages, type UnitMessage } from "./messages";
import styles from "./units.module.css";

const GUESTS = { integer: true, min: 1, max: 50 };

/** What a stay would cost with the unit's saved prices, recomputed as dates and guests change. */
export function QuotePreview({ unitId, version }: { unitId: string; version: string }) {
  const t = useMessages(messages);
  const format = useFormat();
  const start = addDays(new Date().toISOString().slice(0, 10), 14);
  const [checkIn, setCheckIn] = useState(start);
  const [checkOut, setCheckOut] = useState(addDays(start, 3));
  const { locale } = useLocale();
  const [guestsText, setGuestsText] = useState("2");
  // Until the count can be read the last quote stays; the field says what is wrong.
  const guests = valueOf(readNumber(guestsText, locale, GUESTS));
  const [quote, setQuote] = useState<Schemas["Quote"] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    if (guests === null) return;
    // Debounced: typing a date fires one request, not one per keystroke.
    const timer = setTimeout(async () => {
      try {
        const answer = await unwrap(api.GET("/v1/accommodations/{id}/quote", { params: { path: { id: unitId }, query: { checkIn, checkOut, guests } } }));
        if (current) {
          setQuote(answer);
          setProblem(null);
        }
      } catch (error) {
        if (!current) return;
        setQuote(null);
        const code = error instanceof ApiProblem ? error.code : "";
        setProblem(["min_stay", "over_capacity", "invalid_range"].includes(code) ? t(code as UnitMessage) : error instanceof Error ? error.message : String(error));
      }
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [unitId, checkIn, checkOut, guests, version]);

  return (
    <section className="card" aria-labelledby="quote-title">
      <h2 id="quote-title">{t("preview")}</h2>
      <div className={styles.row}>
        <Field label={t("checkIn")} type="date" value={checkIn} onChange={(event) => setCheckIn(event.target.value)} />
        <Field label={t("checkOut")} type="date" value={checkOut} onChange={(event) => setCheckOut(event.target.value)} />
        <NumberField label={t("guests")} rules={GUESTS} value={guestsText} onChange={setGuestsText} />
      </div>
      <div aria-live="polite" data-testid="quote">
        {problem && <p className={styles.error}>{problem}</p>}
        {quote && (
          <>
            <p>
              {t("nights", { count: quote.nights })} · <strong>{t("total")}: {format.money(quote.total)}</strong> · {t("deposit")}: {format.money(quote.deposit)}
            </p>
            <ul className={styles.breakdown}>
              {quote.breakdown.map((night) => (
                <li key={night.date}>
                  <span>{format.day(night.date)}</span>
                  <span>{format.money(night.price)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
