import type { Claim } from '@sanad/shared/schemas/claim';
import { UpdateClaimInputSchema } from '@sanad/shared/schemas/claim';
import type { Direction } from '@sanad/shared/text/language';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { isUnattached } from '../../../lib/claim-anchor.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useDeleteClaim } from '../api/delete-claim.ts';
import { useUpdateClaim } from '../api/update-claim.ts';
import { AnchorReview } from './anchor-review.tsx';
import { AnchorStatusLabel } from './anchor-status-label.tsx';
import { ClaimQuote } from './claim-quote.tsx';

interface ClaimPanelProps {
  claim: Claim;
  language: string;
  direction: Direction;
  /** Position in reading order, for the heading. */
  position: number;
  total: number;
  onBack: () => void;
  onDeleted: () => void;
  /** Starts re-attaching this claim to text the reviewer selects. */
  onReattach: (id: number) => void;
  /** The verdict and source sections, composed by the route. */
  children: ReactNode;
}

/**
 * One claim in the sidebar: the quote, its anchor status after edits (with
 * confirm / re-attach actions), who made it, and (through `children`) its
 * verdict and sources; "Back to all claims" returns to the list.
 */
export function ClaimPanel({ claim, language, direction, position, total, onBack, onDeleted, onReattach, children }: ClaimPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = useDeleteClaim(claim.articleId);
  const toast = useToast();

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [claim.id]);

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-heading" data-testid="claim-panel" data-claim-id={claim.id}>
      <div className="claim-panel__top">
        <button type="button" className="button button--ghost button--small" onClick={onBack}>
          <span aria-hidden="true">←</span> Back to all claims
        </button>
        <span className="claim-panel__position">
          Claim {position} of {total}
        </span>
      </div>
      <h2 id="claim-panel-heading" className="claim-panel__heading" tabIndex={-1} ref={headingRef}>
        Claim <VerdictBadge rating={claim.verdict?.rating ?? null} />
        <AnchorStatusLabel status={claim.anchor.status} />
      </h2>
      <figure className="claim-panel__figure">
        <ClaimQuote quote={claim.quote} language={language} direction={direction} as="blockquote" />
        {isUnattached(claim) ? (
          <figcaption className="muted">Last known text; not attached to the current revision.</figcaption>
        ) : (
          <figcaption className="claim-panel__figure-actions">
            <button type="button" className="button button--secondary button--small" onClick={() => onReattach(claim.id)}>
              Select different text
            </button>
          </figcaption>
        )}
      </figure>
      <AnchorReview claim={claim} language={language} direction={direction} onReattach={onReattach} />
      <ClaimantForm claim={claim} />
      {children}
      <div className="claim-panel__danger">
        <ConfirmDialog
          trigger={
            <button type="button" className="button button--danger-outline">
              Delete claim
            </button>
          }
          title="Delete this claim?"
          description="The claim, its verdict and its source links will be removed. The article text stays as it is. This cannot be undone."
          confirmLabel="Delete claim"
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(claim.id, {
              onSuccess: () => {
                toast.show('Claim deleted.', 'success');
                onDeleted();
              },
            })
          }
        />
      </div>
    </section>
  );
}

function ClaimantForm({ claim }: { claim: Claim }) {
  const id = useId();
  const [claimant, setClaimant] = useState(claim.claimant ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateClaim(claim.id);
  const toast = useToast();

  useEffect(() => setClaimant(claim.claimant ?? ''), [claim.id, claim.claimant]);

  const dirty = claimant.trim() !== (claim.claimant ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = UpdateClaimInputSchema.safeParse({ claimant: claimant.trim() === '' ? null : claimant });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: () => toast.show('Claimant saved.', 'success'),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-claimant`} className="field__label">
          Claimant <span className="field__optional">(optional)</span>
        </label>
        <div className="field__row">
          <input
            id={`${id}-claimant`}
            className="input"
            value={claimant}
            dir="auto"
            onChange={(event) => setClaimant(event.target.value)}
            placeholder="Who made this claim?"
            aria-invalid={errors.claimant ? true : undefined}
            aria-describedby={errors.claimant ? `${id}-claimant-error` : undefined}
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary" disabled={!dirty || update.isPending}>
            Save
          </button>
        </div>
        <FieldError id={`${id}-claimant-error`} message={errors.claimant ?? errors._form} />
      </div>
    </form>
  );
}
