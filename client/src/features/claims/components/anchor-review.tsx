import type { Claim } from '@sanad/shared/schemas/claim';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';
import { useId } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useConfirmAnchor } from '../api/confirm-anchor.ts';
import { SpellingChange } from './spelling-change.tsx';

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
  const t = useT();
  const { status, previousQuote, suggestion } = claim.anchor;
  const quoteProps = (text: string) => ({ lang: language, dir: paragraphDirection(text, direction) });

  switch (status) {
    case 'anchored':
      return null;
    case 'normalised':
      return (
        <section className="anchor-review anchor-review--normalised" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            {t('claims.anchorNormalisedHeading')}
          </h3>
          <p className="muted">{t('claims.anchorNormalisedText')}</p>
          <SpellingChange claim={claim} language={language} />
        </section>
      );
    case 'modified':
      return (
        <section className="anchor-review anchor-review--modified" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            {t('claims.anchorModifiedHeading')}
          </h3>
          <p className="muted">{t('claims.anchorModifiedText')}</p>
          <div className="text-change">
            <p className="text-change__row">
              <span className="text-change__label">{t('claims.before')}</span>
              <del className="text-change__text" {...quoteProps(previousQuote ?? '')} data-testid="previous-quote">
                {previousQuote ?? t('claims.notRecorded')}
              </del>
            </p>
            <p className="text-change__arrow" aria-hidden="true">
              ↓
            </p>
            <p className="text-change__row">
              <span className="text-change__label">{t('claims.after')}</span>
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
              onClick={() => confirm.mutate({ status: 'modified' }, { onSuccess: () => toast.show(t('claims.newTextConfirmed'), 'success') })}
            >
              {t('claims.confirmNewText')}
            </button>
          </div>
        </section>
      );
    case 'fuzzy':
      return (
        <section className="anchor-review anchor-review--fuzzy" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            {t('claims.anchorFuzzyHeading')}
          </h3>
          <p className="muted">{t('claims.anchorFuzzyText')}</p>
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
                onClick={() => confirm.mutate({ status: 'fuzzy' }, { onSuccess: () => toast.show(t('claims.suggestionAccepted'), 'success') })}
              >
                {t('claims.acceptSuggestion')}
              </button>
            ) : null}
            <button type="button" className="button button--secondary button--small" onClick={() => onReattach(claim.id)}>
              {t('claims.selectOtherText')}
            </button>
          </div>
        </section>
      );
    case 'orphaned':
      return (
        <section className="anchor-review anchor-review--orphaned" aria-labelledby={`${id}-heading`} data-testid="anchor-review">
          <h3 id={`${id}-heading`} className="anchor-review__heading">
            {t('claims.anchorOrphanedHeading')}
          </h3>
          <p className="muted">{t('claims.anchorOrphanedText')}</p>
          <div className="form__actions" hidden={readOnly}>
            <button type="button" className="button button--primary button--small" onClick={() => onReattach(claim.id)}>
              {t('claims.reattach')}
            </button>
          </div>
        </section>
      );
  }
}
