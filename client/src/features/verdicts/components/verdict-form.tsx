import { useQueryClient } from '@tanstack/react-query';
import type { RatingKey } from '@sanad/shared/rating-scale';
import type { Claim } from '@sanad/shared/schemas/claim';
import { SetVerdictInputSchema, type SetVerdictInput, type VerdictConfidence } from '@sanad/shared/schemas/verdict';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type Translate, useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { isClaim, storeClaim } from '../../../lib/claim-cache.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useLocaliseRating, useRatingScale } from '../../../lib/rating-scale.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useRemoveVerdict } from '../api/remove-verdict.ts';
import { useSetVerdict } from '../api/set-verdict.ts';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { RatingRadioGroup } from '../../../components/rating-radio-group.tsx';
import { ConfidenceChoice } from '../../../components/confidence-choice.tsx';

/** The verdict fields as the form holds them. */
interface VerdictDraft {
  rating: RatingKey | null;
  rationale: string;
  confidence: VerdictConfidence | null;
  /** YYYY-MM-DD, or '' for none (the date input's own empty value). */
  recheckOn: string;
}

function draftOf(claim: Claim): VerdictDraft {
  return {
    rating: claim.verdict?.rating ?? null,
    rationale: claim.verdict?.rationale ?? '',
    confidence: claim.verdict?.confidence ?? null,
    recheckOn: claim.verdict?.recheckOn ?? '',
  };
}

function sameDraft(a: VerdictDraft, b: VerdictDraft): boolean {
  return a.rating === b.rating && a.rationale === b.rationale && a.confidence === b.confidence && a.recheckOn === b.recheckOn;
}

/**
 * The verdict of one claim: a radio group of the active ratings of the live
 * scale (colour, English and Arabic label, definition as help text) and the
 * required written rationale. Saving replaces any earlier verdict. A verdict
 * whose rating was retired keeps it: the rating is shown, marked retired, and
 * can be kept while the rationale changes, but no other claim can be given it.
 *
 * The form remembers the verdict it was loaded from (`base`) and the claim
 * version that goes with it. While the user has unsaved changes, live updates
 * never overwrite them; a save that someone else overtook (412) shows both
 * versions in a conflict view instead of discarding either. Read-only for
 * approved claims, and for claims the user may not change. If the claim turns
 * read-only while the user has unsaved changes (another reviewer set the
 * verdict first, an editor approved it), the draft is kept beside the saved
 * verdict until the user posts it to the discussion (`onShareDraft`) or
 * discards it.
 */
export function VerdictForm({
  claim,
  readOnly = false,
  onShareDraft,
}: {
  claim: Claim;
  readOnly?: boolean;
  /** Posts a kept draft's text where others will see it (the claim's discussion). */
  onShareDraft?: (text: string) => Promise<unknown>;
}) {
  const id = useId();
  const [base, setBase] = useState<VerdictDraft>(() => draftOf(claim));
  const [baseVersion, setBaseVersion] = useState(claim.version);
  const [rating, setRating] = useState<RatingKey | null>(base.rating);
  const [rationale, setRationale] = useState(base.rationale);
  const [confidence, setConfidence] = useState<VerdictConfidence | null>(base.confidence);
  const [recheckOn, setRecheckOn] = useState(base.recheckOn);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Claim | null>(null);
  const save = useSetVerdict(claim.id);
  const remove = useRemoveVerdict(claim.id);
  const toast = useToast();
  const queryClient = useQueryClient();
  const draft: VerdictDraft = { rating, rationale, confidence, recheckOn };
  const dirty = !sameDraft(draft, base);
  const scale = useRatingScale();
  const t = useT();
  const localise = useLocaliseRating();
  const ratingLabel = (key: RatingKey | null) => localise(scale.styleOf(key)).label;
  const saved = claim.verdict ? scale.find(claim.verdict.rating) : undefined;
  // The active ratings, and the claim's own rating when it has been retired since.
  const options = saved && saved.retiredAt !== null ? [...scale.active, saved].sort((a, b) => a.position - b.position) : scale.active;

  /** Shows `draft` as the form's content and as the verdict it is based on, at `version`; no error or conflict. */
  function load(draft: VerdictDraft, version: number) {
    setBase(draft);
    setBaseVersion(version);
    setRating(draft.rating);
    setRationale(draft.rationale);
    setConfidence(draft.confidence);
    setRecheckOn(draft.recheckOn);
    setErrors({});
    setConflict(null);
  }

  // Follow the saved verdict while the user has not changed the form; keep their input when they have.
  const server = draftOf(claim);
  const [seen, setSeen] = useState({ id: claim.id, version: claim.version });
  if (seen.id !== claim.id || seen.version !== claim.version) {
    setSeen({ id: claim.id, version: claim.version });
    if (sameDraft(server, base)) setBaseVersion(claim.version);
    else if (!dirty || seen.id !== claim.id) load(server, claim.version);
  }

  function send(input: SetVerdictInput, version: number) {
    save.mutate(
      { input, version },
      {
        onSuccess: (saved) => {
          load(draftOf(saved), saved.version);
          toast.show(t('verdicts.saved'), 'success');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isStale && isClaim(error.current)) {
            const current = error.current;
            storeClaim(queryClient, current);
            // Only another verdict is a conflict; a change elsewhere in the claim is saved over at once.
            if (sameDraft(draftOf(current), base)) send(input, current.version);
            else setConflict(current);
            return;
          }
          setErrors(apiFieldErrors(error));
          toast.show(describeError(error), 'error');
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = SetVerdictInputSchema.safeParse(inputOf(draft));
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.rating) found.rating = t('verdicts.chooseRating');
      setErrors(found);
      return;
    }
    setErrors({});
    send(inputOf(draft), conflict?.version ?? baseVersion);
  }

  function keepMine() {
    if (!conflict) return;
    const parsed = SetVerdictInputSchema.safeParse(inputOf(draft));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setBase(draftOf(conflict));
    setBaseVersion(conflict.version);
    send(inputOf(draft), conflict.version);
  }

  function takeTheirs() {
    if (conflict) load(draftOf(conflict), conflict.version);
  }




  if (readOnly) {
    return (
      <>
        <ReadOnlyVerdict claim={claim} headingId={`${id}-heading`} />
        {dirty ? (
          <KeptDraft
            claim={claim}
            ratingLabel={rating ? ratingLabel(rating) : null}
            rationale={rationale}
            onShare={onShareDraft}
            onDone={() => load(server, claim.version)}
          />
        ) : null}
      </>
    );
  }

  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="panel-section__heading">
        {t('verdicts.heading')}
      </h3>
      {dirty && !sameDraft(server, base) && conflict === null ? (
        <p className="notice notice--warning" role="status">
          {t('verdicts.changedMeanwhile', { who: claim.verdict?.setBy ? 'named' : 'someone', name: claim.verdict?.setBy?.name ?? '' })}
        </p>
      ) : null}
      {conflict ? (
        <ConflictNotice
          subject={t('verdicts.conflictSubject')}
          changedBy={conflict.verdict?.setBy?.name ?? conflict.statusChangedBy?.name ?? null}
          rows={[
            { label: t('verdicts.rating'), mine: ratingLabel(rating), theirs: ratingLabel(conflict.verdict?.rating ?? null) },
            {
              label: t('verdicts.rationale'),
              mine: <span className="conflict__text">{rationale}</span>,
              theirs: <span className="conflict__text">{conflict.verdict?.rationale ?? t('verdicts.noVerdictParen')}</span>,
            },
          ]}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
          pending={save.isPending}
        />
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <RatingRadioGroup
          name={`${id}-rating`}
          legend={t('verdicts.rating')}
          options={options}
          value={rating}
          onChange={setRating}
          error={errors.rating ? `${id}-rating-error` : undefined}
        />
        <FieldError id={`${id}-rating-error`} message={errors.rating} />
        <div className="field">
          <label htmlFor={`${id}-rationale`} className="field__label">
            {t('verdicts.rationale')}
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
            {t('verdicts.rationaleHelp')}
          </p>
          <FieldError id={`${id}-rationale-error`} message={errors.rationale} />
        </div>
        <ConfidenceChoice name={`${id}-confidence`} value={confidence} onChange={setConfidence} help={t('verdicts.confidenceHelp')} />
        <div className="field">
          <label htmlFor={`${id}-recheck`} className="field__label">
            {t('verdicts.recheckOn')}
          </label>
          <input
            id={`${id}-recheck`}
            type="date"
            className="input input--date"
            value={recheckOn}
            onChange={(event) => setRecheckOn(event.target.value)}
            aria-invalid={errors.recheckOn ? true : undefined}
            aria-describedby={`${id}-recheck-help${errors.recheckOn ? ` ${id}-recheck-error` : ''}`}
          />
          <p id={`${id}-recheck-help`} className="field__help">
            {t('verdicts.recheckHelp')}
          </p>
          <FieldError id={`${id}-recheck-error`} message={errors.recheckOn} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending || conflict !== null}>
            {save.isPending ? t('common.saving') : claim.verdict ? t('verdicts.update') : t('verdicts.save')}
          </button>
          {claim.verdict ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="button button--ghost">
                  {t('verdicts.remove')}
                </button>
              }
              title={t('verdicts.removeTitle')}
              description={t('verdicts.removeDescription')}
              confirmLabel={t('verdicts.remove')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate(claim.version, { onSuccess: () => toast.show(t('verdicts.removed'), 'success') })}
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** The request body for a draft; the schema checks the rating and rationale. */
function inputOf(draft: VerdictDraft): SetVerdictInput {
  return { rating: draft.rating ?? '', rationale: draft.rationale, confidence: draft.confidence, recheckOn: draft.recheckOn === '' ? null : draft.recheckOn };
}

/** The comment a kept draft becomes, in the interface language of whoever posts it. */
export function draftComment(t: Translate, ratingLabel: string | null, rationale: string): string {
  const lines = [t('verdicts.draftCommentTitle')];
  if (ratingLabel) lines.push(t('verdicts.draftCommentRating', { rating: ratingLabel }));
  if (rationale.trim() !== '') lines.push('', rationale.trim());
  return lines.join('\n');
}

/**
 * What the user had typed when the claim turned read-only under them: shown
 * as text, with a way to post it to the discussion so that the reasoning
 * reaches whoever now holds the verdict, or to discard it.
 */
function KeptDraft({
  claim,
  ratingLabel,
  rationale,
  onShare,
  onDone,
}: {
  claim: Claim;
  ratingLabel: string | null;
  rationale: string;
  onShare?: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const id = useId();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const t = useT();
  const setBy = claim.verdict?.setBy?.name;
  const who = claim.status === 'approved' ? 'approved' : setBy ? 'named' : 'someone';

  async function share() {
    if (!onShare) return;
    setPending(true);
    try {
      await onShare(draftComment(t, ratingLabel, rationale));
      toast.show(t('verdicts.draftPosted'), 'success');
      onDone();
    } catch (error) {
      toast.show(describeError(error), 'error');
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`} data-testid="kept-draft">
      <h3 id={`${id}-heading`} className="panel-section__heading">
        {t('verdicts.draftHeading')}
      </h3>
      <p className="notice notice--warning" role="status">
        {t('verdicts.draftNotice', { who, name: setBy ?? '' })}
      </p>
      <dl className="read-only-verdict">
        <dt>{t('verdicts.rating')}</dt>
        <dd>{ratingLabel ?? t('verdicts.noneChosen')}</dd>
        <dt>{t('verdicts.rationale')}</dt>
        <dd className="read-only-verdict__rationale" dir="auto" data-testid="kept-draft-rationale">
          {rationale.trim() === '' ? <span className="muted">{t('verdicts.empty')}</span> : rationale}
        </dd>
      </dl>
      <div className="form__actions">
        {onShare ? (
          <button type="button" className="button button--primary" onClick={() => void share()} disabled={pending}>
            {pending ? t('verdicts.posting') : t('verdicts.postDraft')}
          </button>
        ) : null}
        <button type="button" className="button button--ghost" onClick={onDone} disabled={pending}>
          {t('verdicts.discardDraft')}
        </button>
      </div>
    </section>
  );
}

/** An approved claim's verdict: shown, not editable, until an editor reopens the claim. */
function ReadOnlyVerdict({ claim, headingId }: { claim: Claim; headingId: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid="verdict-read-only">
      <h3 id={headingId} className="panel-section__heading">
        {t('verdicts.heading')}
      </h3>
      {claim.status === 'approved' ? (
        <p className="notice notice--info" data-testid="locked-message">
          {t('verdicts.lockedMessage')}
        </p>
      ) : null}
      {claim.verdict ? (
        <dl className="read-only-verdict">
          <dt>{t('verdicts.rating')}</dt>
          <dd>
            <VerdictBadge rating={claim.verdict.rating} size="small" />
          </dd>
          <dt>{t('verdicts.rationale')}</dt>
          <dd className="read-only-verdict__rationale" dir="auto" data-testid="read-only-rationale">
            {claim.verdict.rationale}
          </dd>
          <dt>{t('verdicts.confidence')}</dt>
          <dd data-testid="read-only-confidence">{t('verdicts.confidenceLevel', { level: claim.verdict.confidence ?? 'none' })}</dd>
          {claim.verdict.recheckOn ? (
            <>
              <dt>{t('verdicts.recheckOn')}</dt>
              <dd>
                <time dateTime={claim.verdict.recheckOn}>{f.day(claim.verdict.recheckOn)}</time>
              </dd>
            </>
          ) : null}
          {claim.verdict.setBy ? (
            <>
              <dt>{t('verdicts.setBy')}</dt>
              <dd>{claim.verdict.setBy.name}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('verdicts.noVerdict')}</p>
      )}
    </section>
  );
}
