import type { Claim } from '@sanad/shared/schemas/claim';
import type { Direction } from '@sanad/shared/text/language';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { ClaimQuote } from './claim-quote.tsx';

interface ClaimListProps {
  claims: readonly Claim[];
  language: string;
  direction: Direction;
  /** The entry that has (or last had) focus: drawn as the active highlight. */
  cursorId: number | null;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
  /** Focus this entry when the list appears (after closing a claim's panel). */
  initialFocusId: number | null;
}

function sourceSummary(claim: Claim): string {
  const count = claim.sources.length;
  if (count === 0) return 'No sources';
  const contradicting = claim.sources.filter((link) => link.stance === 'contradicts').length;
  const supporting = claim.sources.filter((link) => link.stance === 'supports').length;
  const parts = [`${count} ${count === 1 ? 'source' : 'sources'}`];
  if (supporting > 0) parts.push(`${supporting} supporting`);
  if (contradicting > 0) parts.push(`${contradicting} contradicting`);
  return parts.join(' · ');
}

/** Focuses the list entry of a claim, if it is on screen. */
export function focusClaimEntry(id: number): void {
  document.querySelector<HTMLElement>(`[data-claim-entry="${id}"]`)?.focus();
}

/**
 * The article's claims in reading order. ArrowDown/ArrowUp move between
 * entries (j/k do the same from anywhere on the page), Enter opens one.
 */
export function ClaimList({ claims, language, direction, cursorId, onCursor, onOpen, initialFocusId }: ClaimListProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (initialFocusId !== null) focusClaimEntry(initialFocusId);
    // Only when the list first appears, so later renders do not steal focus.
  }, []);

  if (claims.length === 0) {
    return (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">No claims yet</p>
        <p>Select a sentence in the text with the mouse or with Shift and the arrow keys, then choose “Mark as claim” or press M.</p>
      </div>
    );
  }

  const move = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const index = claims.findIndex((claim) => claim.id === cursorId);
    const next = claims[Math.min(claims.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    event.preventDefault();
    focusClaimEntry(next.id);
  };

  return (
    <ol className="claim-list" ref={listRef} onKeyDown={move} aria-label="Claims in reading order">
      {claims.map((claim) => (
        <li key={claim.id} className="claim-list__item">
          <button
            type="button"
            className={`claim-entry${cursorId === claim.id ? ' claim-entry--cursor' : ''}`}
            data-claim-entry={claim.id}
            data-testid="claim-entry"
            onFocus={() => onCursor(claim.id)}
            onClick={() => onOpen(claim.id)}
          >
            <span className="claim-entry__meta">
              <VerdictBadge rating={claim.verdict?.rating ?? null} size="small" />
              <span className="claim-entry__sources">{sourceSummary(claim)}</span>
            </span>
            <span className="claim-entry__quote-wrap">
              <ClaimQuote quote={claim.quote} language={language} direction={direction} clamp as="span" />
            </span>
            {claim.claimant ? (
              <span className="claim-entry__claimant">
                Claimant: <bdi>{claim.claimant}</bdi>
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
