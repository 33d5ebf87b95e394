import type { Article } from '@sanad/shared/schemas/article';
import { Trans, useLingui } from '@lingui/react';
import { useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
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
  /** The check-worthiness suggestions switch and list. */
  suggestions?: ReactNode;
}

const kbd = <kbd className="kbd" />;

/** The bar under the article's title: language and claim count, the highlights switch, the tools, the people and the keyboard help. */
export function ArticleToolbar({ article, claimCount, showHighlights, onShowHighlights, helpId, tools, people, suggestions }: ArticleToolbarProps) {
  const t = useT();
  const { i18n } = useLingui();
  const language = useMemo(() => {
    try {
      return new Intl.DisplayNames([i18n.locale], { type: 'language' }).of(article.language) ?? article.language;
    } catch {
      return article.language;
    }
  }, [article.language, i18n.locale]);
  return (
    <div className="article-toolbar" role="group" aria-label={t('workspace.toolbarLabel')}>
      <p className="article-toolbar__meta">
        {t('workspace.meta', { language, direction: article.direction, loading: claimCount === null ? 'yes' : 'no', count: claimCount ?? 0 })}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={showHighlights}
          onChange={(event) => onShowHighlights(event.target.checked)}
          disabled={!supportsHighlights}
        />
        <span>{t('workspace.showHighlights')}</span>
      </label>
      {suggestions}
      <div className="article-toolbar__tools">{tools}</div>
      <div className="article-toolbar__people">{people}</div>
      <p id={helpId} className="keyboard-help">
        <Trans id="workspace.keyboardHelp" components={{ 0: kbd, 1: kbd, 2: kbd, 3: kbd, 4: kbd, 5: kbd }} />
      </p>
      {!supportsHighlights ? <p className="field__error">{t('workspace.noHighlights')}</p> : null}
    </div>
  );
}
