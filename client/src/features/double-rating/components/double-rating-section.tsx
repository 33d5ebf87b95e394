import { can } from '@sanad/shared/permissions';
import type { RatingKey } from '@sanad/shared/rating-scale';
import type { Claim } from '@sanad/shared/schemas/claim';
import { type ResolutionChoice, RESOLUTION_CHOICES, ResolveDisagreementInputSchema, SetSecondRatingInputSchema } from '@sanad/shared/schemas/double-rating';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { VerdictConfidence } from '@sanad/shared/schemas/verdict';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { RatingRadioGroup } from '../../../components/rating-radio-group.tsx';
import { ConfidenceChoice } from '../../../components/confidence-choice.tsx';
import { TextAreaField } from '../../../components/text-area-field.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useLocaliseRating, useRatingScale } from '../../../lib/rating-scale.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useResolveDisagreement } from '../api/resolve-disagreement.ts';
import { useSetClaimDoubleRating } from '../api/set-claim-double-rating.ts';
import { useSetSecondRating } from '../api/set-second-rating.ts';

/** Whether the claim panel shows the viewer the verdict and sources forms, or leaves them to the double rating (ADR 034). */
export function verdictHiddenByDoubleRating(claim: Claim, me: { id: number }): boolean {
  const double = claim.doubleRating;
  if (!double || double.agreement) return false;
  // Blind to the first rating, or the one who gave the second: the verdict is someone else's.
  return double.blind || double.second?.rater?.id === me.id;
}

/**
 * A claim's blind double rating in its panel (issue #16, ADR 034): editors
 * require a second, independent rating and say whom to ask; the second rater
 * rates blind; both raters are told what they wait for; once both are in,
 * the pair is shown and an editor who is not a rater resolves a disagreement.
 */
export function DoubleRatingSection({ claim, reviewers, readOnly }: { claim: Claim; reviewers: readonly UserRef[]; readOnly: boolean }) {
  const id = useId();
  const t = useT();
  const me = useCurrentUser();
  const editor = can(me.role, 'article.assign');
  const double = claim.doubleRating;
  if (!double && (!editor || claim.status === 'approved')) return null;
  const mine = double?.second?.rater?.id === me.id;
  const firstRater = claim.verdict?.setBy?.id === me.id;
  return (
    <section className="panel-section double-rating" aria-labelledby={`${id}-heading`} data-testid="double-rating">
      <h3 id={`${id}-heading`} className="panel-section__heading">
        {t('doubleRating.heading')}
        {double?.required ? (
          <span className={`tag double-rating__state double-rating__state--${double.state}`} data-testid="double-rating-state">
            {t('doubleRating.state', { state: double.state })}
          </span>
        ) : null}
      </h3>
      {editor && claim.status !== 'approved' && !double?.agreement ? <Requirement claim={claim} reviewers={reviewers} /> : null}
      {!editor && double?.assignedTo ? <p className="muted">{t('doubleRating.askedOf', { name: double.assignedTo.name })}</p> : null}
      {double?.agreement ? (
        <Pair claim={claim} />
      ) : double?.blind && !readOnly && can(me.role, 'claim.edit') ? (
        <SecondRatingForm claim={claim} />
      ) : mine ? (
        <>
          <p className="notice notice--info">{t('doubleRating.waitingForFirst')}</p>
          <SecondRatingForm claim={claim} />
        </>
      ) : firstRater && double?.state === 'awaiting_second' ? (
        <p className="notice notice--info" data-testid="double-rating-waiting">
          {t('doubleRating.waitingNotice')}
        </p>
      ) : double?.second ? (
        <RatingCard label={t('doubleRating.second')} rating={double.second.rating} rater={double.second.rater} rationale={double.second.rationale} />
      ) : null}
    </section>
  );
}

/** Editors: whether the claim needs a second rating, and whom to ask. */
function Requirement({ claim, reviewers }: { claim: Claim; reviewers: readonly UserRef[] }) {
  const id = useId();
  const t = useT();
  const toast = useToast();
  const save = useSetClaimDoubleRating(claim.id);
  const double = claim.doubleRating;
  const required = double?.required ?? false;
  const excluded = new Set([claim.verdict?.setBy?.id]);
  const options = reviewers.filter((user) => !excluded.has(user.id));
  const send = (input: { required: boolean; assignedTo?: number | null }) =>
    save.mutate({ input, version: claim.version }, { onSuccess: () => toast.show(t('doubleRating.requirementSaved'), 'success') });
  return (
    <div className="double-rating__requirement">
      <label className="toggle">
        <input type="checkbox" checked={save.isPending ? save.variables.input.required : required} disabled={save.isPending} onChange={(event) => send({ required: event.target.checked, assignedTo: double?.assignedTo?.id ?? null })} />
        <span>{t('doubleRating.requireLabel')}</span>
      </label>
      <p className="field__help">{t('doubleRating.requireHelp')}</p>
      {required ? (
        <div className="field field--inline">
          <label htmlFor={`${id}-ask`} className="field__label">
            {t('doubleRating.assignLabel')}
          </label>
          <select
            id={`${id}-ask`}
            className="input input--small"
            value={double?.assignedTo?.id ?? ''}
            disabled={save.isPending || double?.second !== null}
            onChange={(event) => send({ required: true, assignedTo: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <option value="">{t('doubleRating.anyone')}</option>
            {options.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}

/** The viewer's own independent rating: rating, rationale and confidence, without the first rating in sight. */
function SecondRatingForm({ claim }: { claim: Claim }) {
  const id = useId();
  const t = useT();
  const toast = useToast();
  const scale = useRatingScale();
  const given = claim.doubleRating?.second ?? null;
  const [rating, setRating] = useState<RatingKey | null>(given?.rating ?? null);
  const [rationale, setRationale] = useState(given?.rationale ?? '');
  const [confidence, setConfidence] = useState<VerdictConfidence | null>(given?.confidence ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSetSecondRating(claim.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { rating: rating ?? '', rationale, confidence };
    const parsed = SetSecondRatingInputSchema.safeParse(input);
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.rating) found.rating = t('verdicts.chooseRating');
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(
      { input, version: claim.version },
      { onSuccess: () => toast.show(t('doubleRating.saved'), 'success'), onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  }

  return (
    <form className="form double-rating__form" onSubmit={submit} noValidate data-testid="second-rating-form">
      {given ? null : (
        <p className="notice notice--info" data-testid="blind-notice">
          {t('doubleRating.blindNotice')}
        </p>
      )}
      <RatingRadioGroup
        name={`${id}-rating`}
        legend={t('doubleRating.yourRating')}
        options={scale.active}
        value={rating}
        onChange={setRating}
        error={errors.rating ? `${id}-rating-error` : undefined}
      />
      <FieldError id={`${id}-rating-error`} message={errors.rating} />
      <div className="field">
        <TextAreaField id={`${id}-rationale`} label={t('doubleRating.rationale')} rows={4} value={rationale} onChange={setRationale} error={errors.rationale} help={t('doubleRating.rationaleHelp')} />
      </div>
      <ConfidenceChoice name={`${id}-confidence`} value={confidence} onChange={setConfidence} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : given ? t('doubleRating.update') : t('doubleRating.submit')}
        </button>
      </div>
    </form>
  );
}

/** One of the two ratings: its badge, who gave it, and (for the second) its rationale. */
function RatingCard({ label, rating, rater, rationale }: { label: string; rating: string; rater: UserRef | null; rationale?: string | undefined }) {
  const t = useT();
  return (
    <div className="double-rating__card" data-testid="rating-card">
      <p className="double-rating__card-head">
        <span className="field__label">{label}</span> <VerdictBadge rating={rating} />
        {rater ? <span className="muted"> {t('doubleRating.by', { name: rater.name })}</span> : null}
      </p>
      {rationale ? (
        <p className="double-rating__rationale" dir="auto">
          {rationale}
        </p>
      ) : null}
    </div>
  );
}

/** Both ratings once they are in: agreed, disagreed (an editor resolves it), or resolved. */
function Pair({ claim }: { claim: Claim }) {
  const t = useT();
  const me = useCurrentUser();
  const scale = useRatingScale();
  const localise = useLocaliseRating();
  const double = claim.doubleRating!;
  const agreement = double.agreement!;
  const raters = [agreement.firstRater?.id, agreement.secondRater?.id];
  const mayResolve = can(me.role, 'claim.approve') && !raters.includes(me.id) && claim.verdict?.setBy?.id !== me.id;
  return (
    <div className="double-rating__pair" data-testid="rating-pair">
      <div className="double-rating__cards">
        <RatingCard label={t('doubleRating.first')} rating={agreement.firstRating} rater={agreement.firstRater} />
        <RatingCard label={t('doubleRating.second')} rating={agreement.secondRating} rater={agreement.secondRater} rationale={double.second?.rationale} />
      </div>
      {agreement.agreed ? (
        <p className="notice notice--success">{t('doubleRating.agreedNote', { rating: localise(scale.styleOf(agreement.firstRating)).label })}</p>
      ) : double.resolution ? (
        <p className="notice notice--info" data-testid="double-rating-resolution">
          {t('doubleRating.resolution', { name: double.resolution.by?.name ?? '—', choice: double.resolution.choice })} <span dir="auto">{double.resolution.note}</span>
        </p>
      ) : (
        <>
          <p className="notice notice--warning">{t('doubleRating.disagreedNote')}</p>
          {mayResolve && claim.status !== 'approved' ? <ResolveForm claim={claim} /> : null}
        </>
      )}
    </div>
  );
}

/** Editors who did not rate: keep the first rating, take the second, or set another, with a note. */
function ResolveForm({ claim }: { claim: Claim }) {
  const id = useId();
  const t = useT();
  const toast = useToast();
  const scale = useRatingScale();
  const [choice, setChoice] = useState<ResolutionChoice | null>(null);
  const [rating, setRating] = useState<RatingKey | null>(null);
  const [rationale, setRationale] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const resolve = useResolveDisagreement(claim.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setErrors({ choice: t('doubleRating.chooseResolution') });
      return;
    }
    const input = choice === 'other' ? { choice, rating: rating ?? '', rationale, note } : { choice, note };
    const parsed = ResolveDisagreementInputSchema.safeParse(input);
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.rating) found.rating = t('verdicts.chooseRating');
      setErrors(found);
      return;
    }
    setErrors({});
    resolve.mutate({ input, version: claim.version }, { onSuccess: () => toast.show(t('doubleRating.resolved'), 'success'), onError: (error) => setErrors(apiFieldErrors(error)) });
  }

  return (
    <form className="form double-rating__resolve" onSubmit={submit} noValidate data-testid="resolve-form">
      <fieldset className="field" aria-describedby={errors.choice ? `${id}-choice-error` : undefined}>
        <legend className="field__label">{t('doubleRating.resolveHeading')}</legend>
        {RESOLUTION_CHOICES.map((option) => (
          <label key={option} className="toggle double-rating__choice">
            <input type="radio" name={`${id}-choice`} checked={choice === option} onChange={() => setChoice(option)} />
            <span>{t('doubleRating.choice', { choice: option })}</span>
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-choice-error`} message={errors.choice} />
      {choice === 'other' ? (
        <>
          <RatingRadioGroup name={`${id}-rating`} legend={t('verdicts.rating')} options={scale.active} value={rating} onChange={setRating} error={errors.rating ? `${id}-rating-error` : undefined} />
          <FieldError id={`${id}-rating-error`} message={errors.rating} />
          <div className="field">
            <TextAreaField id={`${id}-rationale`} label={t('doubleRating.rationale')} value={rationale} onChange={setRationale} error={errors.rationale} />
          </div>
        </>
      ) : null}
      <div className="field">
        <TextAreaField id={`${id}-note`} label={t('doubleRating.note')} rows={2} value={note} onChange={setNote} error={errors.note} help={t('doubleRating.noteHelp')} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={resolve.isPending}>
          {resolve.isPending ? t('common.saving') : t('doubleRating.resolve')}
        </button>
      </div>
    </form>
  );
}
