import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { useLocale, useMessages } from "../i18n/i18n";
import { Field } from "./field";
import { messages } from "./number-field-messages";
import { formatMoney, formatNumber, readMoney, readNumber, type NumberRules, type ReadResult } from "./number-input";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "min" | "max" | "inputMode">;

interface NumberFieldProps extends InputProps {
  label: string;
  /** The text as typed; the form reads it with the same rules (`readMoney` / `readNumber`) when it sends. */
  value: string;
  onChange: (text: string) => void;
  /** Money when set: the value is read into this currency's minor units and shown as money. */
  currency?: string;
  /** Bounds in what is sent: minor units for money. */
  rules?: NumberRules;
  /** Words after the read value, e.g. "por noche" → "= $ 120.000 por noche". */
  unit?: string;
  /** The API's message for this field. */
  error?: string;
  hint?: ReactNode;
}

/**
 * The console's one number and money input. It shows what it read next to the field, exactly as it
 * will be saved, so "120.000" can never silently become 120; what it cannot read is an error in the
 * person's language, and the form will not submit (custom validity) until it is fixed.
 */
export function NumberField({ label, value, onChange, currency, rules = {}, unit, error, hint, onBlur, onInvalid, ...input }: NumberFieldProps) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  const ref = useRef<HTMLInputElement>(null);
  // Half-typed text ("120.") is not an error yet: problems show after leaving the field or submitting.
  const [touched, setTouched] = useState(false);

  const show = (amount: number) => (currency ? formatMoney({ amount, currency }, locale) : formatNumber(amount, locale));
  const result: ReadResult | null = value.trim() === "" ? null : currency ? readMoney(value, locale, currency, rules) : readNumber(value, locale, rules);
  const problem = result && !result.ok ? result.problem : null;
  const limit = problem === "tooSmall" ? rules.min : problem === "tooLarge" ? rules.max : undefined;
  const problemText = problem ? t(problem, { limit: limit === undefined ? "" : show(limit) }) : "";

  useEffect(() => {
    ref.current?.setCustomValidity(problemText);
  }, [problemText]);

  const preview = result?.ok ? `= ${show(result.value)}${unit ? ` ${unit}` : ""}` : null;
  return (
    <Field
      ref={ref}
      label={label}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        setTouched(true);
        onBlur?.(event);
      }}
      onInvalid={(event) => {
        setTouched(true);
        onInvalid?.(event);
      }}
      error={error ?? (touched && problemText ? problemText : undefined)}
      hint={
        preview || hint ? (
          <>
            {preview && <span data-testid="number-preview">{preview}</span>}
            {preview && hint ? " · " : null}
            {hint}
          </>
        ) : undefined
      }
      {...input}
    />
  );
}
