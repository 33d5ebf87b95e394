import { useT } from '../i18n/use-t.ts';
import { TextAreaField } from './text-area-field.tsx';
import { TextField } from './text-field.tsx';

/** The two languages of a pair, in the order the fields appear. */
export type PairLanguage = 'en' | 'ar';

interface BilingualFieldPairProps {
  /** Base id: the English field gets `${id}En`, the Arabic one `${id}Ar` (and their errors `…-error`). */
  id: string;
  /** What the pair holds, in the interface language (lower case in English): the fields read "English {name}" and "Arabic {name}". */
  name: string;
  values: Record<PairLanguage, string>;
  onChange: (language: PairLanguage, value: string) => void;
  errors: Partial<Record<PairLanguage, string | undefined>>;
  /** Text areas (definitions) instead of one-line inputs (labels). */
  multiline?: boolean;
}

/** The Arabic field's attributes: Arabic, right to left, in the Arabic face. */
const ARABIC = { lang: 'ar', dir: 'rtl', inputClassName: 'input--arabic' } as const;

/**
 * One text in English and Arabic, side by side: the English field, then the
 * Arabic one written right to left. Single-line fields do not autocomplete;
 * multi-line ones are set left to right and right to left explicitly, so a
 * definition reads in its own direction from the first letter.
 */
export function BilingualFieldPair({ id, name, values, onChange, errors, multiline = false }: BilingualFieldPairProps) {
  const t = useT();
  const englishLabel = t('shell.englishField', { name });
  const arabicLabel = t('shell.arabicField', { name });
  if (multiline) {
    return (
      <div className="field-grid">
        <div className="field">
          <TextAreaField id={`${id}En`} label={englishLabel} dir="ltr" value={values.en} onChange={(value) => onChange('en', value)} error={errors.en} />
        </div>
        <div className="field">
          <TextAreaField id={`${id}Ar`} label={arabicLabel} {...ARABIC} value={values.ar} onChange={(value) => onChange('ar', value)} error={errors.ar} />
        </div>
      </div>
    );
  }
  return (
    <div className="field-grid">
      <TextField id={`${id}En`} label={englishLabel} autoComplete="off" value={values.en} onChange={(value) => onChange('en', value)} error={errors.en} />
      <TextField
        id={`${id}Ar`}
        label={arabicLabel}
        {...ARABIC}
        autoComplete="off"
        value={values.ar}
        onChange={(value) => onChange('ar', value)}
        error={errors.ar}
      />
    </div>
  );
}
