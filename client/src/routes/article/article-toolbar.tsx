import type { Article } from '@sanad/shared/schemas/article';
import { useMemo, type ReactNode } from 'react';
import { supportsHighlights } from '../../lib/highlights.ts';

interface ArticleToolbarProps {
  article: Article;
  /** Null while the claims load. */
  claimCount: number | null;
  showHighlights: boolean;
  onShowHighlights: (value: boolean) => void;
  helpId: string;
  /** Find, history and edit controls, composed by the workspace. */
  tools: ReactNode;
  /** Who the article is assigned to and who else has it open. */
  people: ReactNode;
}

/** The bar under the article's title: language and claim count, the highlights switch, the tools, the people and the keyboard help. */
export function ArticleToolbar({ article, claimCount, showHighlights, onShowHighlights, helpId, tools, people }: ArticleToolbarProps) {
  const language = useMemo(() => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'language' }).of(article.language) ?? article.language;
    } catch {
      return article.language;
    }
  }, [article.language]);
  return (
    <div className="article-toolbar" role="group" aria-label="Article tools">
      <p className="article-toolbar__meta">
        {language} · {article.direction === 'rtl' ? 'right to left' : 'left to right'} · {claimCount === null ? 'loading claims' : `${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={showHighlights}
          onChange={(event) => onShowHighlights(event.target.checked)}
          disabled={!supportsHighlights}
        />
        <span>Show highlights</span>
      </label>
      <div className="article-toolbar__tools">{tools}</div>
      <div className="article-toolbar__people">{people}</div>
      <p id={helpId} className="keyboard-help">
        Select text, then press <kbd className="kbd">M</kbd> or “Mark as claim”. <kbd className="kbd">J</kbd>/<kbd className="kbd">K</kbd> next /
        previous claim, <kbd className="kbd">Enter</kbd> open, <kbd className="kbd">Esc</kbd> back to the list. Shift + arrow keys select
        text. <kbd className="kbd">/</kbd> finds in the article.
      </p>
      {!supportsHighlights ? <p className="field__error">This browser cannot show highlights; use a current Chrome, Edge, Safari or Firefox.</p> : null}
    </div>
  );
}
