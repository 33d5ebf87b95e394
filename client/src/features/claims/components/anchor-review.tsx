import type { Claim } from '@sanad/shared/schemas/claim';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';
import { useId } from 'react';
import { useToast } from '../../../lib/toast.tsx';
import { useConfirmAnchor } from '../api/confirm-anchor.ts';

interface AnchorReviewProps {
  claim: Claim;
  language: string;
  direction: Direction;
  /** Puts the article in "select the new text for this claim" mode. */
  onReattach: (id: number) => void;
  /** Shows what happened without the actions (someone who may not change the claim). */
  readOnly?: boolean;
}

/**
 * What an edit did to this claim and what the reviewer can do about it:
 * confirm a modified quote (before → after), accept or replace a fuzzy
 * suggestion, or re-attach an orphaned claim. Nothing for anchored claims.
 */
export function AnchorReview({ claim, language, direction, onReattach, readOnly = false }: AnchorReviewProps) {
  const id = useId();
  const confirm = useConfirmAnchor(claim);
  const toast = useToast();
  const { status, previousQuote, suggestion } = claim.anchor;
  const quoteProps = (text: string) => ({ lang: language, dir: paragraphDirection(text, direction) });

  switch (status) {
    case 'anchored':
      return null;
    case 'normalised':
      return (
        <section className="anchor-review anchor-review--normalised" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            Found after normalisation
          </h3>
          <p className="muted">
            The text changed only in diacritics, letter forms or digit forms, so the claim was found again and kept its place.
          </p>
        </section>
      );
    case 'modified':
      return (
        <section className="anchor-review anchor-review--modified" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            Text changed
          </h3>
          <p className="muted">An edit changed words inside this claim. A corrected figure or name may change the verdict.</p>
          <div className="text-change">
            <p className="text-change__row">
              <span className="text-change__label">Before</span>
              <del className="text-change__text" {...quoteProps(previousQuote ?? '')} data-testid="previous-quote">
                {previousQuote ?? '(not recorded)'}
              </del>
            </p>
            <p className="text-change__arrow" aria-hidden="true">
              ↓
            </p>
            <p className="text-change__row">
              <span className="text-change__label">After</span>
              <ins className="text-change__text" {...quoteProps(claim.quote)} data-testid="current-quote">
                {claim.quote}
              </ins>
            </p>
          </div>
          <div className="form__actions" hidden={readOnly}>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate({ status: 'modified' }, { onSuccess: () => toast.show('New text confirmed.', 'success') })}
            >
              Confirm new text
            </button>
          </div>
        </section>
      );
    case 'fuzzy':
      return (
        <section className="anchor-review anchor-review--fuzzy" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            Suggested match
          </h3>
          <p className="muted">The exact text is gone. This passage, marked with a dashed line in the article, is the closest match:</p>
          {suggestion ? (
            <blockquote className="anchor-review__suggestion" {...quoteProps(suggestion.quote)} data-testid="suggestion">
              {suggestion.quote}
            </blockquote>
          ) : null}
          <div className="form__actions" hidden={readOnly}>
            {suggestion ? (
              <button
                type="button"
                className="button button--primary button--small"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ status: 'fuzzy' }, { onSuccess: () => toast.show('Suggestion accepted.', 'success') })}
              >
                Accept suggestion
              </button>
            ) : null}
            <button type="button" className="button button--secondary button--small" onClick={() => onReattach(claim.id)}>
              Select other text
            </button>
          </div>
        </section>
      );
    case 'orphaned':
      return (
        <section className="anchor-review anchor-review--orphaned" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            Not found in the current text
          </h3>
          <p className="muted">
            An edit removed or rewrote this claim’s text. The quote below is its last known text; its verdict and sources are kept.
          </p>
          <div className="form__actions" hidden={readOnly}>
            <button type="button" className="button button--primary button--small" onClick={() => onReattach(claim.id)}>
              Re-attach
            </button>
          </div>
        </section>
      );
  }
}
