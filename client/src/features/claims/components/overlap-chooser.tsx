import * as Popover from '@radix-ui/react-popover';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import type { Direction } from '@sanad/shared/text/language';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { ClaimQuote } from './claim-quote.tsx';

/** Where the user clicked, and the claims covering that spot. */
export interface OverlapChoice {
  x: number;
  y: number;
  claims: ClaimSummary[];
}

/**
 * A small popover at the click point listing the claims that overlap there
 * (quote and verdict), so each of them can be opened.
 */
export function OverlapChooser({
  choice,
  language,
  direction,
  onChoose,
  onClose,
}: {
  choice: OverlapChoice | null;
  language: string;
  direction: Direction;
  onChoose: (id: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const anchor = {
    current: {
      getBoundingClientRect: () => new DOMRect(choice?.x ?? 0, choice?.y ?? 0, 1, 1),
    },
  };
  return (
    <Popover.Root open={choice !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content className="popover" side="bottom" align="center" sideOffset={10} collisionPadding={12} aria-label={t('claims.overlapLabel')}>
          <p className="popover__title">{t('claims.overlapTitle', { count: choice?.claims.length ?? 0 })}</p>
          <ul className="popover__list">
            {choice?.claims.map((claim) => (
              <li key={claim.id}>
                <button type="button" className="overlap-option" data-testid="overlap-option" onClick={() => onChoose(claim.id)}>
                  <VerdictBadge rating={claim.verdict?.rating ?? null} size="small" />
                  <ClaimQuote quote={claim.quote} language={language} direction={direction} clamp as="span" />
                </button>
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
