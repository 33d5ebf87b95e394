import { FieldError } from './field-error.tsx';

interface TextAreaFieldProps {
  /** Base id: the textarea gets it, its error `${id}-error`. */
  id: string;
  label: string;
  /** Keeps the label for assistive technology only, where the context already says it. */
  hideLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  rows?: number;
  autoFocus?: boolean;
  /** Language of the expected text, e.g. `ar`; with it the direction follows the language instead of `auto`. */
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Extra classes of the textarea beside `input textarea`. */
  inputClassName?: string;
  /** Help text under the field (`${id}-help`), read with it. */
  help?: string;
}

/**
 * A labelled multi-line text field (notes, comments) with its validation
 * message; `dir="auto"` so Arabic and English notes read in their own direction.
 */
export function TextAreaField({ id, label, hideLabel = false, value, onChange, error, rows = 3, autoFocus = false, lang, dir = 'auto', inputClassName, help }: TextAreaFieldProps) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <textarea
        id={id}
        className={inputClassName ? `input textarea ${inputClassName}` : 'input textarea'}
        rows={rows}
        lang={lang}
        dir={dir}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
      />
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
