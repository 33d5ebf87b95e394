import type { Suggestion } from '@sanad/shared/schemas/suggestion';
import { paragraphDirection, type Direction } from '@sanad/shared/text/language';
import { useId } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { supportsHighlights } from '../../../lib/highlights.ts';

/**
 * The "Suggestions" switch of the article toolbar and, while it is on, the
 * suggested sentences as a list of buttons: the keyboard's way to them (the
 * underline in the text answers the mouse). Choosing one opens its popover.
 */
export function SuggestionsToggle({
  on,
  onChange,
  suggestions,
  loading,
  failed,
  onOpen,
  language,
  direction,
}: {
  on: boolean;
  onChange: (value: boolean) => void;
  /** Undefined while loading. */
  suggestions: readonly Suggestion[] | undefined;
  loading: boolean;
  failed: boolean;
  onOpen: (suggestion: Suggestion, trigger: HTMLElement) => void;
  /** The article's language and direction, for the sentences. */
  language: string;
  direction: Direction;
}) {
  const t = useT();
  const listId = useId();
  return (
    <div className="suggestions-toggle">
      <label className="toggle">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} disabled={!supportsHighlights} aria-controls={on ? listId : undefined} />
        <span>{t('suggestions.toggle')}</span>
      </label>
      {on ? (
        <details className="suggestions-list" id={listId} data-testid="suggestions-list">
          <summary aria-live="polite">
            {loading ? t('suggestions.loading') : failed ? t('suggestions.failed') : t('suggestions.count', { count: suggestions?.length ?? 0 })}
          </summary>
          <div className="suggestions-list__panel">
            <p className="suggestions-list__help">{t('suggestions.listHelp')}</p>
            <ul aria-label={t('suggestions.listLabel')}>
            {(suggestions ?? []).map((suggestion) => (
              <li key={`${suggestion.start}-${suggestion.end}`}>
                <button
                  type="button"
                  className="suggestions-list__item"
                  lang={language}
                  dir={paragraphDirection(suggestion.quote, direction)}
                  onClick={(event) => onOpen(suggestion, event.currentTarget)}>
                  {suggestion.quote}
                </button>
              </li>
            ))}
            </ul>
          </div>
        </details>
      ) : null}
    </div>
  );
}
