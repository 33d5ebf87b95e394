import { RATING_SCALE, type RatingKey } from '@sanad/shared/rating-scale';
import type { Claim } from '@sanad/shared/schemas/claim';
import { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useRemoveVerdict } from '../api/remove-verdict.ts';
import { useSetVerdict } from '../api/set-verdict.ts';

/**
 * The verdict of one claim: a radio group of the seven ratings (colour,
 * English and Arabic label, definition as help text) and the required
 * written rationale. Saving replaces any earlier verdict.
 */
export function VerdictForm({ claim }: { claim: Claim }) {
  const id = useId();
  const [rating, setRating] = useState<RatingKey | null>(claim.verdict?.rating ?? null);
  const [rationale, setRationale] = useState(claim.verdict?.rationale ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSetVerdict(claim.id);
  const remove = useRemoveVerdict(claim.id);
  const toast = useToast();

  useEffect(() => {
    setRating(claim.verdict?.rating ?? null);
    setRationale(claim.verdict?.rationale ?? '');
    setErrors({});
  }, [claim.id, claim.verdict?.rating, claim.verdict?.rationale]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = SetVerdictInputSchema.safeParse({ rating: rating ?? undefined, rationale });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.rating) found.rating = 'Choose a rating.';
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => toast.show('Verdict saved.', 'success'),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  }

  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="panel-section__heading">
        Verdict
      </h3>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset
          className="rating-group"
          aria-invalid={errors.rating ? true : undefined}
          aria-describedby={errors.rating ? `${id}-rating-error` : undefined}
        >
          <legend className="field__label">Rating</legend>
          {RATING_SCALE.map((option) => (
            <label key={option.key} className={`rating-option${rating === option.key ? ' rating-option--checked' : ''}`}>
              <input
                type="radio"
                name={`${id}-rating`}
                value={option.key}
                checked={rating === option.key}
                onChange={() => setRating(option.key)}
                aria-describedby={`${id}-${option.key}-help`}
                className="rating-option__input"
              />
              <span className="swatch swatch--large" style={{ backgroundColor: option.color }} aria-hidden="true" />
              <span className="rating-option__text">
                <span className="rating-option__labels">
                  <span className="rating-option__label">{option.labelEn}</span>
                  <span className="rating-option__label-ar" lang="ar" dir="rtl">
                    {option.labelAr}
                  </span>
                </span>
                <span id={`${id}-${option.key}-help`} className="rating-option__help">
                  {option.definitionEn}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <FieldError id={`${id}-rating-error`} message={errors.rating} />
        <div className="field">
          <label htmlFor={`${id}-rationale`} className="field__label">
            Rationale
          </label>
          <textarea
            id={`${id}-rationale`}
            className="input textarea"
            rows={5}
            dir="auto"
            value={rationale}
            onChange={(event) => setRationale(event.target.value)}
            aria-invalid={errors.rationale ? true : undefined}
            aria-describedby={`${id}-rationale-help${errors.rationale ? ` ${id}-rationale-error` : ''}`}
            required
          />
          <p id={`${id}-rationale-help`} className="field__help">
            Required. Explain why the claim earns this rating and what the evidence shows.
          </p>
          <FieldError id={`${id}-rationale-error`} message={errors.rationale} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : claim.verdict ? 'Update verdict' : 'Save verdict'}
          </button>
          {claim.verdict ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="button button--ghost">
                  Remove verdict
                </button>
              }
              title="Remove the verdict?"
              description="The claim goes back to unrated and the rationale is discarded."
              confirmLabel="Remove verdict"
              pending={remove.isPending}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => toast.show('Verdict removed.', 'success') })}
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}
