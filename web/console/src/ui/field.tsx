import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** The API's message for this field (problem+json `errors[].message`), shown and announced. */
  error?: string;
  hint?: ReactNode;
  /** React 19 passes refs as props; NumberField sets the input's custom validity through it. */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input; its error is tied to it with aria-describedby so screen readers read it. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error || hint ? `${id}-note` : undefined} {...input} />
      {(error || hint) && (
        <small id={`${id}-note`} className={error ? "field__error" : "field__hint"}>
          {error ?? hint}
        </small>
      )}
    </div>
  );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: { value: string; label: string }[];
  error?: string;
}

export function SelectField({ label, options, error, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-note` : undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <small id={`${id}-note`} className="field__error">
          {error}
        </small>
      )}
    </div>
  );
}
