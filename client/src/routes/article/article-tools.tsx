import type { Article } from '@sanad/shared/schemas/article';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { FindBar } from '../../features/find-in-article/components/find-bar.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useIdle } from '../../lib/when-idle.ts';
import type { TextTarget } from './use-article-view.ts';

// Code of their own, loaded once the article is painted and the browser is idle (useIdle): an article opens and reads without them.
const RevisionHistoryDialog = lazy(() =>
  import('../../features/revisions/components/revision-history-dialog.tsx').then((module) => ({ default: module.RevisionHistoryDialog })),
);
const ArticleDetailsDialog = lazy(() =>
  import('../../features/articles/components/article-details-dialog.tsx').then((module) => ({ default: module.ArticleDetailsDialog })),
);

interface ArticleToolsProps {
  article: Article;
  /** The current text's container while it is shown (find works there), else null. */
  textContainer: HTMLElement | null;
  /** The current text is shown: find is offered. */
  current: boolean;
  editing: boolean;
  canEditArticle: boolean;
  showText: (target: TextTarget) => void;
  onEdit: () => void;
}

/** The article's tools: find, revision history, "Edit text", details (for those who may edit) and the report preview. */
export function ArticleTools({ article, textContainer, current, editing, canEditArticle, showText, onEdit }: ArticleToolsProps) {
  const t = useT();
  const f = useFormat();
  // Until then their buttons stand disabled, as while their code loads. The idle wait is capped at 3 s: a long
  // article's open keeps the browser busy, and the dialogs' code (with zod) forced in at 1 s ran in its way (ADR 036).
  const idle = useIdle(3000);
  const historyButton = (
    <button type="button" className="button button--secondary button--small" disabled>
      {t('workspace.history')}
      <span className="count">{f.number(article.revision)}</span>
    </button>
  );
  const detailsButton = (
    <button type="button" className="button button--secondary button--small" disabled>
      {t('workspace.details')}
    </button>
  );
  return (
    <>
      {current ? <FindBar container={textContainer} text={article.text} /> : null}
      {idle ? (
        <Suspense fallback={historyButton}>
          <RevisionHistoryDialog
            articleId={article.id}
            current={article.revision}
            onView={(number) => showText({ revision: number })}
            onCompare={(from, to) => showText({ from, to })}
          />
        </Suspense>
      ) : (
        historyButton
      )}
      <button type="button" className="button button--secondary button--small" onClick={onEdit} disabled={editing}>
        {t('workspace.editText')}
      </button>
      {canEditArticle ? (
        idle ? (
          <Suspense fallback={detailsButton}>
            <ArticleDetailsDialog article={article} />
          </Suspense>
        ) : (
          detailsButton
        )
      ) : null}
      <Link className="button button--secondary button--small" to={`/articles/${article.id}/summary`}>
        {t('workspace.reportPreview')}
      </Link>
    </>
  );
}
