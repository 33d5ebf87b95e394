import { useLingui } from '@lingui/react';
import type { RatingKey } from '@sanad/shared/rating-scale';
import { useT } from '../i18n/use-t.ts';
import type { ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { useLocaliseRating } from '../lib/rating-scale.ts';

/**
 * The ratings of the scale as a radio group: colour, label (the English
 * interface shows the Arabic label beside the English one; the Arabic
 * interface the Arabic one alone) and definition as help text. A retired
 * rating among `options` is marked so. Used by the verdict form and by the
 * second, independent rating.
 */
export function RatingRadioGroup({
  name,
  options,
  value,
  onChange,
  error,
  legend,
}: {
  /** The radio group's name (unique on the page). */
  name: string;
  options: readonly ScaleRating[];
  value: RatingKey | null;
  onChange: (key: RatingKey) => void;
  /** The id of the field's error message, when it has one. */
  error?: string | undefined;
  legend: string;
}) {
  const t = useT();
  const localise = useLocaliseRating();
  const english = useLingui().i18n.locale !== 'ar';
  return (
    <fieldset className="rating-group" aria-invalid={error ? true : undefined} aria-describedby={error}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.key}
          className={`rating-option${value === option.key ? ' rating-option--checked' : ''}${option.retiredAt !== null ? ' rating-option--retired' : ''}`}
        >
          <input
            type="radio"
            name={name}
            value={option.key}
            checked={value === option.key}
            onChange={() => onChange(option.key)}
            aria-describedby={`${name}-${option.key}-help`}
            className="rating-option__input"
          />
          <span className="swatch swatch--large" style={{ backgroundColor: option.color }} aria-hidden="true" />
          <span className="rating-option__text">
            <span className="rating-option__labels">
              {english ? <span className="rating-option__label">{option.labelEn}</span> : null}
              <span className={english ? 'rating-option__label-ar' : 'rating-option__label'} lang="ar" dir="rtl">
                {option.labelAr}
              </span>
              {option.retiredAt !== null ? <span className="tag tag--quiet">{t('verdicts.retired')}</span> : null}
            </span>
            <span id={`${name}-${option.key}-help`} className="rating-option__help">
              {option.retiredAt !== null ? t('verdicts.retiredHelp') : localise(option).definition}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
