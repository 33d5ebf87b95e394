import type { Claim } from '@sanad/shared/schemas/claim';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';

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
  claim: Claim;
  language: string;
  direction: Direction;
  onCancel: () => void;
}) {
  return (
    <div className="mode-banner mode-banner--reattach" role="status" data-testid="reattach-banner">
      <p className="mode-banner__text">
        Select the new text for:{' '}
        <q className="mode-banner__quote" lang={language} dir={paragraphDirection(claim.quote, direction)}>
          {claim.quote}
        </q>
        <span className="mode-banner__help">
          Then press <kbd className="kbd">M</kbd> or “Attach here”.
        </span>
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
