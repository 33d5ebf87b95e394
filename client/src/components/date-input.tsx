import { useState } from 'react';

interface DateInputProps {
  id: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  invalid?: boolean;
  /** Receives a whole date (YYYY-MM-DD), or undefined once the field is emptied. */
  onCommit: (value: string | undefined) => void;
}

/**
 * A date field that passes its value on only once a whole date is entered (or
 * it is emptied): typing a year digit by digit passes through years like 0002,
 * which would otherwise filter (and re-render) on every key. Used by filters
 * kept in the URL (the dashboard's, the agreement panel's).
 */
export function DateInput({ id, value, min, max, invalid = false, onCommit }: DateInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The URL changed elsewhere (Clear filters, back button): show it.
    setSeen(value);
    setDraft(value ?? '');
  }
  return (
    <input
      id={id}
      type="date"
      className="input input--small"
      value={draft}
      min={min}
      max={max}
      aria-invalid={invalid ? true : undefined}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        if (next === '' || Number(next.slice(0, 4)) >= 1900) onCommit(next === '' ? undefined : next);
      }}
    />
  );
}
