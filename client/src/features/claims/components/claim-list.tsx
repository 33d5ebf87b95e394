import type { ClaimSummary } from '@sanad/shared/claim-index';
import type { Direction } from '@sanad/shared/text/language';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { VirtualList, type VirtualListHandle } from '../../../components/virtual-list.tsx';
import { Trans } from '@lingui/react';
import { useFormat } from '../../../i18n/format.ts';
import { type Translate, useT } from '../../../i18n/use-t.ts';
import { isUnattached } from '../../../lib/claim-anchor.ts';
import { claimQueryOptions } from '../api/get-claim.ts';
import { AnchorStatusLabel } from './anchor-status-label.tsx';
import { ClaimQuote } from './claim-quote.tsx';
import { SpellingChange } from './spelling-change.tsx';
import { afterTextPainted, whenIdle } from '../../../lib/when-idle.ts';

interface ClaimListProps {
  claims: readonly ClaimSummary[];
  language: string;
  direction: Direction;
  /** The entry that has (or last had) focus: drawn as the active highlight. */
  cursorId: number | null;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
  /** Starts re-attaching an unattached claim to text the reviewer selects. */
  onReattach: (id: number) => void;
  /** Focus this entry when the list appears (after closing a claim's panel). */
  initialFocusId: number | null;
  /** The opinions resting on a claim rated false or misleading (ADR 033): flagged in their entries. */
  restsOnFalse?: ReadonlySet<number>;
}

/** A claim's sources in a few words: "3 sources · 2 supporting · 1 contradicting". */
function sourceSummary(t: Translate, claim: ClaimSummary): string {
  const { total: count, supports: supporting, contradicts: contradicting } = claim.sourceCounts;
  if (count === 0) return t('claims.noSources');
  const parts = [t('common.sourceCount', { count })];
  if (supporting > 0) parts.push(t('claims.supportingCount', { count: supporting }));
  if (contradicting > 0) parts.push(t('claims.contradictingCount', { count: contradicting }));
  return parts.join(' · ');
}

/** Lists on screen that can bring one of their claims into view (the list renders only what is visible). */
const revealers = new Set<(id: number) => boolean>();

/**
 * Focuses the list entry of a claim: the list renders it and scrolls it into
 * view first when it was outside the rendered window.
 */
export function focusClaimEntry(id: number): void {
  for (const reveal of revealers) if (reveal(id)) return;
  document.querySelector<HTMLElement>(`[data-claim-entry="${id}"]`)?.focus();
}

/** How long an entry stays in view before its claim's detail is prefetched (entries scrolled past are not). */
const PREFETCH_DELAY = 400;

/** Height of an entry before it is measured: a quote of three lines with its badges. */
const ENTRY_ESTIMATE = 132;

const claimKey = (claim: ClaimSummary) => claim.id;

const focusEntry = (element: HTMLElement) => element.querySelector<HTMLElement>('[data-claim-entry]')?.focus({ preventScroll: true });

/**
 * The article's claims in reading order, then (in their own section) the
 * claims an edit left unattached: fuzzy and orphaned ones, each with
 * "Re-attach". ArrowDown/ArrowUp move between entries (j/k do the same from
 * anywhere on the page), Enter opens one. Both lists are one VirtualList
 * each: only the entries in view are in the DOM, each with `aria-posinset`
 * and `aria-setsize` so assistive technology still hears the whole count.
 */
export function ClaimList({ claims, language, direction, cursorId, onCursor, onOpen, onReattach, initialFocusId, restsOnFalse }: ClaimListProps) {
  const { attached, loose, attachedIds, looseIds } = useMemo(() => {
    const inText = claims.filter((claim) => !isUnattached(claim));
    const unattached = claims.filter(isUnattached);
    return { attached: inText, loose: unattached, attachedIds: inText.map((claim) => claim.id), looseIds: unattached.map((claim) => claim.id) };
  }, [claims]);
  const attachedList = useRef<VirtualListHandle>(null);
  const t = useT();
  const f = useFormat();
  const looseList = useRef<VirtualListHandle>(null);

  const reveal = useRef<(id: number) => boolean>(() => false);
  reveal.current = (id: number) => {
    const index = attachedIds.indexOf(id);
    if (index >= 0) {
      attachedList.current?.reveal(index, focusEntry);
      return true;
    }
    const looseIndex = looseIds.indexOf(id);
    if (looseIndex >= 0) {
      looseList.current?.reveal(looseIndex, focusEntry);
      return true;
    }
    return false;
  };
  useEffect(() => {
    const revealer = (id: number) => reveal.current(id);
    revealers.add(revealer);
    return () => {
      revealers.delete(revealer);
    };
  }, []);

  useEffect(() => {
    if (initialFocusId !== null) focusClaimEntry(initialFocusId);
    // Only when the list first appears, so later renders do not steal focus.
  }, []);

  if (claims.length === 0) {
    return (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">{t('claims.emptyTitle')}</p>
        <p>{t('claims.emptyHelp')}</p>
      </div>
    );
  }

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!(event.target instanceof HTMLElement) || !event.target.matches('[data-claim-entry]')) return;
    event.preventDefault();
    const current = Number(event.target.dataset.claimEntry);
    const ordered = [...attachedIds, ...looseIds];
    const index = ordered.indexOf(current);
    const next = ordered[Math.min(ordered.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next !== undefined && next !== current) focusClaimEntry(next);
  };

  const entry = (claim: ClaimSummary) => (
    <ClaimEntry
      key={claim.id}
      claim={claim}
      language={language}
      direction={direction}
      cursor={cursorId === claim.id}
      onCursor={onCursor}
      onOpen={onOpen}
      restsOnFalse={restsOnFalse?.has(claim.id) ?? false}
    />
  );

  return (
    <div className="claim-lists" onKeyDown={move}>
      {attached.length > 0 ? (
        <VirtualList
          ref={attachedList}
          items={attached}
          keyOf={claimKey}
          render={entry}
          estimate={ENTRY_ESTIMATE}
          className="claim-list"
          itemClassName="claim-list__item"
          aria-label={t('claims.listLabel', { count: attached.length })}
          data-testid="claim-list"
        />
      ) : null}
      {loose.length > 0 ? (
        <section className="reanchor-section" aria-labelledby="reanchor-heading" data-testid="needs-reanchoring">
          <h3 id="reanchor-heading" className="reanchor-section__heading">
            {t('claims.needsReanchoring')} <span className="count">{f.number(loose.length)}</span>
          </h3>
          <p className="muted">{t('claims.looseHelp')}</p>
          <VirtualList
            ref={looseList}
            items={loose}
            keyOf={claimKey}
            render={(claim) => (
              <>
                {entry(claim)}
                <button type="button" className="button button--secondary button--small" onClick={() => onReattach(claim.id)}>
                  <Trans id="claims.reattachEntry" components={{ 0: <span className="visually-hidden" /> }} />
                </button>
              </>
            )}
            estimate={ENTRY_ESTIMATE + 40}
            className="claim-list"
            itemClassName="claim-list__item claim-list__item--loose"
            aria-labelledby="reanchor-heading"
          />
        </section>
      ) : null}
    </div>
  );
}

const ClaimEntry = memo(function ClaimEntry({
  claim,
  language,
  direction,
  cursor,
  onCursor,
  onOpen,
  restsOnFalse,
}: {
  claim: ClaimSummary;
  language: string;
  direction: Direction;
  cursor: boolean;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
  restsOnFalse: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  // The list knows its claims from the index; the panel needs the claim's detail. Entries that stay in view fetch it
  // ahead, so opening one of them shows its panel at once (ADR 028).
  // The fetch also waits for the text's first paint and an idle moment, so it never competes with the paint (ADR 035).
  useEffect(() => {
    let cancelled = false;
    let cancelIdle = () => undefined as void;
    const timer = setTimeout(() => {
      void afterTextPainted().then(() => {
        if (!cancelled) cancelIdle = whenIdle(() => void queryClient.prefetchQuery(claimQueryOptions(claim.id)));
      });
    }, PREFETCH_DELAY);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      cancelIdle();
    };
  }, [claim.id, queryClient]);
  return (
    <button
      type="button"
      className={`claim-entry${cursor ? ' claim-entry--cursor' : ''}`}
      data-claim-entry={claim.id}
      data-testid="claim-entry"
      onFocus={() => onCursor(claim.id)}
      onClick={() => onOpen(claim.id)}
    >
      <span className="claim-entry__meta">
        <VerdictBadge rating={claim.verdict?.rating ?? null} size="small" />
        <StatusBadge status={claim.status} />
        <AnchorStatusLabel status={claim.anchor.status} />
        <SpellingChange claim={claim} language={language} />
        {claim.kind !== 'factual' ? (
          <span className="tag tag--quiet" data-testid="claim-kind-tag">
            {t('claims.kindName', { kind: claim.kind })}
          </span>
        ) : null}
        {claim.doubleRating !== null && claim.doubleRating !== 'agreed' ? (
          <span className={`tag ${claim.doubleRating === 'disagreed' ? 'tag--warning' : 'tag--quiet'}`} data-testid="claim-double-rating-tag">
            {t('doubleRating.tag', { state: claim.doubleRating })}
          </span>
        ) : null}
        {restsOnFalse ? (
          <span className="tag tag--warning" data-testid="claim-rests-on-false">
            {t('claims.restsOnFalse')}
          </span>
        ) : null}
        <span className="claim-entry__sources">{sourceSummary(t, claim)}</span>
      </span>
      <span className="claim-entry__quote-wrap">
        <ClaimQuote quote={claim.quote} language={language} direction={direction} clamp as="span" />
      </span>
      {claim.claimant ? (
        <span className="claim-entry__claimant">
          <Trans id="claims.claimantLine" values={{ name: claim.claimant }} components={{ 0: <bdi /> }} />
        </span>
      ) : null}
    </button>
  );
});
