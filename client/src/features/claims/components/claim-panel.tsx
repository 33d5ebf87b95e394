import { Trans } from '@lingui/react';
import { useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { UpdateClaimInputSchema } from '@sanad/shared/schemas/claim';
import type { Direction } from '@sanad/shared/text/language';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { Tabs } from '../../../components/tabs.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { isUnattached } from '../../../lib/claim-anchor.ts';
import { isClaim, storeClaim } from '../../../lib/claim-cache.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useDeleteClaim } from '../api/delete-claim.ts';
import { useUpdateClaim } from '../api/update-claim.ts';
import { AnchorReview } from './anchor-review.tsx';
import { AnchorStatusLabel } from './anchor-status-label.tsx';
import { ClaimKindSelect } from './claim-kind-select.tsx';
import { ClaimQuote } from './claim-quote.tsx';

export interface ClaimPanelProps {
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
  /** Status, note and review actions (submit, approve, ...), composed by the route. */
  workflow: ReactNode;
  /** Who the claim is assigned to, and the control to change it (editors). */
  assignee?: ReactNode;
  /** The verdict and source sections, composed by the route. */
  children: ReactNode;
  /**
   * Set when the user may not change this claim (another reviewer's work): the
   * one-line reason shown instead of the controls that would be refused.
   */
  readOnlyNote?: string | null;
  /** The discussion thread (the "Discussion" tab). */
  discussion: ReactNode;
  /** The audit entries (the "History" tab). */
  history: ReactNode;
}

type PanelTab = 'details' | 'discussion' | 'history';

/**
 * One claim in the sidebar: the quote, its review status and actions, its
 * anchor status after edits (with confirm / re-attach actions), who made it,
 * and (through `children`) its verdict and sources; then tabs for its
 * discussion and history. An approved claim is read-only until an editor
 * reopens it. "Back to all claims" returns to the list.
 */
export function ClaimPanel({
  claim,
  language,
  direction,
  position,
  total,
  onBack,
  onDeleted,
  onReattach,
  workflow,
  assignee,
  children,
  discussion,
  history,
  readOnlyNote = null,
}: ClaimPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [tab, setTab] = useState<PanelTab>('details');
  const locked = claim.status === 'approved' || readOnlyNote !== null;
  const t = useT();

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [claim.id]);

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-heading" data-testid="claim-panel" data-claim-id={claim.id}>
      <div className="claim-panel__top">
        <button type="button" className="button button--ghost button--small" onClick={onBack}>
          <span aria-hidden="true" className="claim-panel__back-arrow">←</span> {t('claims.backToAll')}
        </button>
        <span className="claim-panel__position">
          {t('claims.position', { position, total })}
        </span>
      </div>
      <h2 id="claim-panel-heading" className="claim-panel__heading" tabIndex={-1} ref={headingRef}>
        {t('claims.heading')}{' '}
        {claim.doubleRating?.blind ? (
          <span className="tag tag--quiet" data-testid="rating-hidden" title={t('doubleRating.blindNotice')}>
            {t('doubleRating.ratingHidden')}
          </span>
        ) : (
          <VerdictBadge rating={claim.verdict?.rating ?? null} />
        )}
        <StatusBadge status={claim.status} />
        <AnchorStatusLabel status={claim.anchor.status} />
      </h2>
      {workflow}
      {readOnlyNote !== null ? (
        <p className="notice notice--info" data-testid="claim-read-only">
          {readOnlyNote}
        </p>
      ) : null}
      <figure className="claim-panel__figure">
        <ClaimQuote quote={claim.quote} language={language} direction={direction} as="blockquote" />
        {isUnattached(claim) ? (
          <figcaption className="muted">{t('claims.lastKnownText')}</figcaption>
        ) : locked ? null : (
          <figcaption className="claim-panel__figure-actions">
            <button type="button" className="button button--secondary button--small" onClick={() => onReattach(claim.id)}>
              {t('claims.selectDifferentText')}
            </button>
          </figcaption>
        )}
      </figure>
      {claim.createdBy ? <p className="claim-panel__byline muted">{t('claims.markedBy', { name: claim.createdBy.name })}</p> : null}
      {assignee}
      <Tabs
        label={t('claims.tabsLabel')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            key: 'details',
            label: t('claims.tabDetails'),
            panel: (
              <>
                <AnchorReview claim={claim} language={language} direction={direction} onReattach={onReattach} readOnly={readOnlyNote !== null} />
                <ClaimantForm claim={claim} readOnly={locked} />
                <ClaimKindSelect claim={claim} readOnly={locked} />
                {children}
                {locked ? null : <DeleteClaim claim={claim} onDeleted={onDeleted} />}
              </>
            ),
          },
          { key: 'discussion', label: t('claims.tabDiscussion'), panel: discussion },
          { key: 'history', label: t('claims.tabHistory'), panel: history },
        ]}
      />
    </section>
  );
}

function DeleteClaim({ claim, onDeleted }: { claim: Claim; onDeleted: () => void }) {
  const remove = useDeleteClaim(claim.articleId);
  const toast = useToast();
  const t = useT();
  return (
    <div className="claim-panel__danger">
      <ConfirmDialog
        trigger={
          <button type="button" className="button button--danger-outline">
            {t('claims.delete')}
          </button>
        }
        title={t('claims.deleteTitle')}
        description={t('claims.deleteDescription')}
        confirmLabel={t('claims.delete')}
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate({ claimId: claim.id, version: claim.version }, {
            onSuccess: () => {
              toast.show(t('claims.deleted'), 'success');
              onDeleted();
            },
          })
        }
      />
    </div>
  );
}

/**
 * The claimant, saved on its own. Like the verdict form, it keeps the value
 * it was loaded from: live updates never overwrite a value being typed, and a
 * save someone overtook (412) shows both values to choose from.
 */
function ClaimantForm({ claim, readOnly }: { claim: Claim; readOnly: boolean }) {
  const id = useId();
  const [base, setBase] = useState(claim.claimant ?? '');
  const [baseVersion, setBaseVersion] = useState(claim.version);
  const [claimant, setClaimant] = useState(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Claim | null>(null);
  const update = useUpdateClaim(claim.id);
  const queryClient = useQueryClient();
  const toast = useToast();
  const t = useT();
  const dirty = claimant.trim() !== base.trim();

  const server = claim.claimant ?? '';
  const [seenVersion, setSeenVersion] = useState(claim.version);
  if (seenVersion !== claim.version) {
    setSeenVersion(claim.version);
    if (server === base) setBaseVersion(claim.version);
    else if (!dirty) {
      setBase(server);
      setBaseVersion(claim.version);
      setClaimant(server);
      setConflict(null);
    }
  }

  function send(value: string | null, version: number) {
    update.mutate(
      { input: { claimant: value }, version },
      {
        onSuccess: (saved) => {
          setBase(saved.claimant ?? '');
          setBaseVersion(saved.version);
          setClaimant(saved.claimant ?? '');
          setConflict(null);
          toast.show(t('claims.claimantSaved'), 'success');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isStale && isClaim(error.current)) {
            const current = error.current;
            storeClaim(queryClient, current);
            if ((current.claimant ?? '') === base) send(value, current.version);
            else setConflict(current);
            return;
          }
          setErrors(apiFieldErrors(error));
          toast.show(describeError(error), 'error');
        },
      },
    );
  }

  function parse(): string | null | undefined {
    const parsed = UpdateClaimInputSchema.safeParse({ claimant: claimant.trim() === '' ? null : claimant });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return undefined;
    }
    setErrors({});
    return parsed.data.claimant ?? null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = parse();
    if (value === undefined) return;
    send(value, baseVersion);
  }

  if (readOnly) {
    return claim.claimant ? (
      <p className="claim-panel__claimant">
        <Trans id="claims.claimantLine" values={{ name: claim.claimant }} components={{ 0: <bdi /> }} />
      </p>
    ) : null;
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      {conflict ? (
        <ConflictNotice
          subject={t('claims.conflictSubject')}
          changedBy={conflict.statusChangedBy?.name ?? null}
          rows={[{ label: t('claims.claimant'), mine: claimant.trim() || t('claims.none'), theirs: conflict.claimant ?? t('claims.none') }]}
          onKeepMine={() => {
            const value = parse();
            if (value === undefined) return;
            setBase(conflict.claimant ?? '');
            send(value, conflict.version);
          }}
          onTakeTheirs={() => {
            setBase(conflict.claimant ?? '');
            setBaseVersion(conflict.version);
            setClaimant(conflict.claimant ?? '');
            setConflict(null);
          }}
          pending={update.isPending}
        />
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-claimant`} className="field__label">
          {t('claims.claimant')} <span className="field__optional">{t('claims.optional')}</span>
        </label>
        <div className="field__row">
          <input
            id={`${id}-claimant`}
            className="input"
            value={claimant}
            dir="auto"
            onChange={(event) => setClaimant(event.target.value)}
            placeholder={t('claims.claimantPlaceholder')}
            aria-invalid={errors.claimant ? true : undefined}
            aria-describedby={errors.claimant ? `${id}-claimant-error` : undefined}
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary" disabled={!dirty || update.isPending || conflict !== null}>
            {t('common.save')}
          </button>
        </div>
        <FieldError id={`${id}-claimant-error`} message={errors.claimant ?? errors._form} />
      </div>
    </form>
  );
}
