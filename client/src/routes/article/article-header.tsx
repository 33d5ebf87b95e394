import type { Article } from '@sanad/shared/schemas/article';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import { AlsoViewing } from '../../features/live/components/also-viewing.tsx';
import { ArticleAssignees } from '../../features/users/components/article-assignees.tsx';
import { ArticleDoubleRating } from '../../features/double-rating/components/article-double-rating.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCan, useCurrentUser } from '../../lib/session.ts';
import { ArticleToolbar } from './article-toolbar.tsx';
import { ArticleTools } from './article-tools.tsx';
import type { TextTarget } from './use-article-view.ts';

interface ArticleHeaderProps {
  article: Article;
  /** Null while the claims load. */
  claimCount: number | null;
  showHighlights: boolean;
  onShowHighlights: (value: boolean) => void;
  helpId: string;
  /** The current text's container while it is shown, else null. */
  textContainer: HTMLElement | null;
  /** The current text is shown (not a revision, a diff or the editor). */
  current: boolean;
  editing: boolean;
  showText: (target: TextTarget) => void;
  onEdit: () => void;
  /** Who else has the article open. */
  viewers: readonly UserRef[];
  /** The check-worthiness suggestions switch and list, for the toolbar. */
  suggestions?: ReactNode;
}

/** The article's title and details over its toolbar: tools, assignees and who else is viewing. */
export function ArticleHeader({ article, textContainer, current, editing, showText, onEdit, viewers, ...toolbar }: ArticleHeaderProps) {
  const me = useCurrentUser();
  const canEditArticle = useCan('article.edit');
  const t = useT();
  usePageTitle(article.title);
  return (
    <header className="article-header">
      <p className="article-header__back">
        <Link to="/">{t('workspace.allArticles')}</Link>
      </p>
      <h1 className="article-header__title" lang={article.language} dir={article.direction}>
        {article.title}
      </h1>
      <ArticleMeta article={article} />
      <ArticleToolbar
        article={article}
        {...toolbar}
        tools={
          <ArticleTools
            article={article}
            textContainer={textContainer}
            current={current}
            editing={editing}
            canEditArticle={canEditArticle}
            showText={showText}
            onEdit={onEdit}
          />
        }
        people={
          <>
            <ArticleAssignees article={article} />
            <ArticleDoubleRating article={article} />
            <AlsoViewing viewers={viewers} meId={me.id} />
          </>
        }
      />
    </header>
  );
}
