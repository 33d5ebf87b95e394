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
}

/**
 * A labelled multi-line text field (notes, comments) with its validation
 * message; `dir="auto"` so Arabic and English notes read in their own direction.
 */
export function TextAreaField({ id, label, hideLabel = false, value, onChange, error, rows = 3, autoFocus = false }: TextAreaFieldProps) {
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        dir="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus={autoFocus}
      />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
