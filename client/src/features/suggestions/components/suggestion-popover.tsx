import * as Popover from '@radix-ui/react-popover';
import type { Suggestion, SuggestionFeature } from '@sanad/shared/schemas/suggestion';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';
import type { MessageId } from '../../../i18n/use-t.ts';
import { useT } from '../../../i18n/use-t.ts';

/** The suggestion open in the popover and where to show it. */
export interface OpenSuggestion {
  suggestion: Suggestion;
  /** The box to anchor on: the sentence's first line, or the click point. */
  rect: DOMRect;
}

/** At most this many features are listed; the rest repeat kinds already shown. */
const MAX_FEATURES = 8;

/** Each kind of feature once per matched text, in text order, at most MAX_FEATURES. */
export function featuresToList(features: readonly SuggestionFeature[]): SuggestionFeature[] {
  const seen = new Set<string>();
  const out: SuggestionFeature[] = [];
  for (const feature of features) {
    const key = `${feature.kind}:${feature.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(feature);
    if (out.length === MAX_FEATURES) break;
  }
  return out;
}

/**
 * A small popover beside a suggested sentence: the sentence, the features
 * that made it (in words, e.g. "a percentage: 40%"), and two actions: mark it
 * as a claim, or dismiss it.
 */
export function SuggestionPopover({
  open,
  language,
  direction,
  busy,
  onAccept,
  onDismiss,
  onClose,
}: {
  open: OpenSuggestion | null;
  language: string;
  direction: Direction;
  busy: boolean;
  onAccept: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
  onClose: () => void;
}) {
  const t = useT();
  const anchor = { current: { getBoundingClientRect: () => open?.rect ?? new DOMRect(0, 0, 1, 1) } };
  const suggestion = open?.suggestion;
  return (
    <Popover.Root open={open !== null} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          className="popover suggestion-popover"
          side="bottom"
          align="center"
          sideOffset={8}
          collisionPadding={12}
          aria-label={t('suggestions.title')}
          data-testid="suggestion-popover"
        >
          <p className="popover__title">{t('suggestions.title')}</p>
          {suggestion ? (
            <>
              <p className="claim-quote claim-quote--clamp" lang={language} dir={paragraphDirection(suggestion.quote, direction)}>
                {suggestion.quote}
              </p>
              <p className="suggestion-popover__why">{t('suggestions.why')}</p>
              <ul className="suggestion-popover__features">
                {featuresToList(suggestion.features).map((feature) => (
                  <li key={`${feature.kind}-${feature.start}`} className={`suggestion-feature suggestion-feature--${feature.kind}`}>
                    {t(`suggestions.feature.${feature.kind}` as MessageId, { text: feature.text })}
                  </li>
                ))}
              </ul>
              <div className="suggestion-popover__actions">
                <button type="button" className="button button--primary" disabled={busy} onClick={() => onAccept(suggestion)}>
                  {t('suggestions.accept')}
                </button>
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => onDismiss(suggestion)}>
                  {t('suggestions.dismiss')}
                </button>
              </div>
            </>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
