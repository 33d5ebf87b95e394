import type { ClaimSummary } from '@sanad/shared/claim-index';
import { Trans } from '@lingui/react';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';
import { useT } from '../../../i18n/use-t.ts';

/**
 * The banner of re-attach mode: names the claim whose new text the reviewer
 * is about to select, and offers Cancel (Escape does the same).
 */
export function ReattachBanner({
  claim,
  language,
  direction,
  onCancel,
}: {
  claim: ClaimSummary;
  language: string;
  direction: Direction;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <div className="mode-banner mode-banner--reattach" role="status" data-testid="reattach-banner">
      <p className="mode-banner__text">
        {t('claims.reattachSelect')}{' '}
        <q className="mode-banner__quote" lang={language} dir={paragraphDirection(claim.quote, direction)}>
          {claim.quote}
        </q>
        <span className="mode-banner__help">
          <Trans id="claims.reattachHelp" components={{ 0: <kbd className="kbd" /> }} />
        </span>
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
