import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useT } from '../i18n/use-t.ts';
import { FieldError } from './field-error.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  /** The input's id; its help is `${id}-help` and its error `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Marks the label "(optional)". */
  optional?: boolean;
  /** A line under the input, read with it by screen readers. */
  help?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The field's validation message, if any. */
  error?: string | undefined;
  /** Extra classes of the input beside `input`, e.g. `input--mono`. */
  inputClassName?: string;
  /** The input element, e.g. to focus it after a failed login. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled one-line field with its help and validation message, wired for
 * assistive technology (`aria-describedby`, `aria-invalid`). Other input
 * attributes (type, dir, autoComplete…) pass through.
 */
export function TextField({ id, label, optional = false, help, value, onChange, error, inputClassName, ref, ...input }: TextFieldProps) {
  const t = useT();
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? (
          <>
            {' '}
            <span className="field__optional">{t('shell.optional')}</span>
          </>
        ) : null}
      </label>
      <input
        {...input}
        ref={ref}
        id={id}
        className={inputClassName ? `input ${inputClassName}` : 'input'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The input attributes of a web-address field: URL keyboard, left to right, no autocomplete or spell check. */
export const URL_INPUT = { type: 'url', inputMode: 'url', dir: 'ltr', autoComplete: 'off', spellCheck: false } as const;
