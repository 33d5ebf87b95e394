import type { Article } from '@sanad/shared/schemas/article';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CLAIM_KINDS, type ClaimKind } from '@sanad/shared/claim-kinds';
import { Suspense, useEffect, useId, useMemo, useState } from 'react';
import { Loading } from '../../components/page-loading.tsx';
import { claimQueryOptions } from '../../features/claims/api/get-claim.ts';
import { useOpinionsRestingOnFalse } from '../../features/claims/api/rests-on.ts';
import { ClaimList } from '../../features/claims/components/claim-list.tsx';
import { useRatingScale } from '../../lib/rating-scale.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useClaimDetailsCode } from './claim-details-code.ts';

interface ClaimsPanelProps {
  article: Article;
  /** The claims, or undefined while they load. */
  claims: ClaimSummary[] | undefined;
  /** Why the claims did not load, if they did not. */
  error: Error | null;
  openClaim: ClaimSummary | undefined;
  cursorId: number | null;
  onCursor: (id: number | null) => void;
  onOpen: (id: number) => void;
  onClose: () => void;
  onReattach: (id: number) => void;
  returnFocusId: number | null;
}

/** Hands an error to the nearest error boundary from inside the region that shows it. */
function Rethrow({ error }: { error: Error }): never {
  throw error;
}

/** The workspace's side panel: the claims while they load, the open claim's details, or the overview of all claims. */
export function ClaimsPanel({ article, claims, error, openClaim, cursorId, onCursor, onOpen, onClose, onReattach, returnFocusId }: ClaimsPanelProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const openIndex = openClaim && claims ? claims.indexOf(openClaim) : -1;
  // Kept here, not in the overview: opening a claim and coming back keeps the list filtered.
  const [kind, setKind] = useState<ClaimKind | ''>('');
  // J/K step from the open claim to its neighbours: their details are fetched ahead, so the panel changes at once.
  useEffect(() => {
    if (!claims || openIndex < 0) return;
    for (const neighbour of [claims[openIndex - 1], claims[openIndex + 1]]) {
      if (neighbour) void queryClient.prefetchQuery(claimQueryOptions(neighbour.id));
    }
  }, [claims, openIndex, queryClient]);
  // The panel's code is loaded when a claim is first opened (an article opens and reads without it), and the claim's
  // detail with it. Until both are in, the panel says it is loading, without a Suspense fallback: React holds back
  // the content that replaces a fallback for at least 300 ms after the fallback showed (ADR 038).
  const code = useClaimDetailsCode(openClaim !== undefined);
  const detail = useQuery({ ...claimQueryOptions(openClaim?.id ?? 0), enabled: openClaim !== undefined });
  if (claims === undefined) return error ? <Rethrow error={error} /> : <Loading label={t('workspace.loadingClaims')} />;
  if (openClaim) {
    if (code.failed) return <Rethrow error={code.failed} />;
    // A detail that failed is read again by the panel itself, which hands its error to the boundary as before.
    if (!code.module || (detail.data === undefined && !detail.isError)) return <Loading label={t('workspace.loadingClaim')} />;
    const { ArticleClaimDetails } = code.module;
    // The boundary stays for a detail read again (after an error, or when the index says it changed).
    return (
      <Suspense fallback={<Loading label={t('workspace.loadingClaim')} />}>
        <ArticleClaimDetails
          key={openClaim.id}
          claim={openClaim}
          language={article.language}
          direction={article.direction}
          position={openIndex + 1}
          total={claims.length}
          onBack={onClose}
          onDeleted={() => {
            onCursor(null);
            onClose();
          }}
          onReattach={onReattach}
          articleAssignees={article.assignees}
          articleClaims={claims}
          onOpenClaim={onOpen}
        />
      </Suspense>
    );
  }
  return (
    <ClaimsOverview
      claims={claims}
      article={article}
      cursorId={cursorId}
      onCursor={onCursor}
      onOpen={onOpen}
      onReattach={onReattach}
      returnFocusId={returnFocusId}
      kind={kind}
      onKind={setKind}
    />
  );
}

type ClaimsOverviewProps = Pick<ClaimsPanelProps, 'article' | 'cursorId' | 'onCursor' | 'onOpen' | 'onReattach' | 'returnFocusId'> & {
  claims: ClaimSummary[];
  /** The kind the list is filtered by ('' for every kind). */
  kind: ClaimKind | '';
  onKind: (kind: ClaimKind | '') => void;
};

/** All the article's claims with how many are rated, as a keyboard-navigable list, filterable by kind (ADR 033). */
function ClaimsOverview({ claims, article, cursorId, onCursor, onOpen, onReattach, returnFocusId, kind, onKind }: ClaimsOverviewProps) {
  const rated = useMemo(() => claims.filter((claim) => claim.verdict !== null).length, [claims]);
  const shown = useMemo(() => (kind === '' ? claims : claims.filter((claim) => claim.kind === kind)), [claims, kind]);
  const flagged = useOpinionsRestingOnFalse(article.id, claims, useRatingScale());
  const t = useT();
  const f = useFormat();
  const id = useId();
  return (
    <section aria-labelledby="claims-heading" className="claims-overview">
      <div className="claims-overview__header">
        <h2 id="claims-heading" className="claims-overview__heading">
          {t('workspace.claimsHeading')} <span className="count">{f.number(claims.length)}</span>
        </h2>
        {claims.length > 0 ? (
          <p className="muted">{t('workspace.ratedOf', { rated, total: claims.length })}</p>
        ) : null}
        {claims.length > 0 ? (
          <div className="field field--inline claims-overview__filter">
            <label htmlFor={`${id}-kind`} className="field__label">
              {t('claims.kindFilter')}
            </label>
            <select
              id={`${id}-kind`}
              className="input select"
              value={kind}
              data-testid="claim-kind-filter"
              onChange={(event) => onKind(event.target.value as ClaimKind | '')}
            >
              <option value="">{t('claims.kindFilterAll')}</option>
              {CLAIM_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t('claims.kindName', { kind: option })}
                </option>
              ))}
            </select>
            {kind !== '' ? (
              <span className="muted" role="status" data-testid="claim-filter-count">
                {t('claims.filteredOf', { shown: shown.length, total: f.number(claims.length) })}
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
      {claims.length > 0 && shown.length === 0 ? (
        <p className="muted">{t('claims.filterNoMatch')}</p>
      ) : (
        <ClaimList
          claims={shown}
          restsOnFalse={flagged}
          language={article.language}
          direction={article.direction}
          cursorId={cursorId}
          onCursor={onCursor}
          onOpen={onOpen}
          onReattach={onReattach}
          initialFocusId={returnFocusId}
        />
      )}
    </section>
  );
}
