import { VERDICT_CONFIDENCES, type VerdictConfidence } from '@sanad/shared/schemas/verdict';
import { useT } from '../i18n/use-t.ts';

/** How sure a rater is (high, medium, low, or not stated), as a segmented radio group: the verdict form's and the second rating's. */
export function ConfidenceChoice({ name, value, onChange, help }: { name: string; value: VerdictConfidence | null; onChange: (value: VerdictConfidence | null) => void; help?: string }) {
  const t = useT();
  return (
    <fieldset className="confidence-group" aria-describedby={help ? `${name}-help` : undefined}>
      <legend className="field__label">{t('verdicts.confidence')}</legend>
      <div className="segmented">
        {[...VERDICT_CONFIDENCES, null].map((level) => (
          <label key={level ?? 'none'} className={`segmented__option${value === level ? ' segmented__option--checked' : ''}`}>
            <input type="radio" name={name} checked={value === level} onChange={() => onChange(level)} />
            {t('verdicts.confidenceLevel', { level: level ?? 'none' })}
          </label>
        ))}
      </div>
      {help ? (
        <p id={`${name}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
