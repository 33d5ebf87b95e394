import { Trans } from '@lingui/react';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { changedWords } from '@sanad/shared/text/spelling';
import { useT } from '../../../i18n/use-t.ts';

/**
 * For a claim found again only after normalisation, what changed that can
 * change a word (a hamza or alef form, ta marbuta, alef maqsura), with the
 * words before and after. Nothing when only harakat or tatweel changed.
 */
export function SpellingChange({ claim, language }: { claim: Pick<ClaimSummary, 'anchor' | 'quote'>; language: string }) {
  const t = useT();
  const { status, spelling, previousQuote } = claim.anchor;
  if (status !== 'normalised' || spelling.length === 0) return null;
  const kinds = spelling.map((kind) => t(`reanchor.kind.${kind}`)).join(t('reanchor.kindSeparator'));
  const words = previousQuote === null ? [] : changedWords(previousQuote, claim.quote);
  return (
    <span className="anchor-spelling" data-testid="spelling-change" title={t('reanchor.spellingHelp')}>
      <span>{t('reanchor.spellingChanged', { kinds })}</span>
      {words.map(([before, after]) => (
        <span key={`${before}→${after}`} className="anchor-spelling__words">
          <Trans id="reanchor.wordChange" values={{ before, after }} components={{ 0: <del lang={language} />, 1: <ins lang={language} /> }} />
        </span>
      ))}
    </span>
  );
}
