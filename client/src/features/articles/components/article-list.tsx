import type { ArticleListItem } from '@sanad/shared/schemas/article';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useCan } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useArticles } from '../api/get-articles.ts';
import { useDeleteArticle } from '../api/delete-article.ts';
import { VerdictBar } from './verdict-bar.tsx';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag, falling back to the tag itself. */
function languageName(tag: string): string {
  if (tag === 'und') return 'Undetermined';
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The home page's table of articles, or an empty state saying what to do. */
export function ArticleList() {
  const { data } = useArticles();
  if (data.articles.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">No articles yet</h2>
        <p>Use “Add article” to paste the title and text of a piece you want to check. You can then mark its claims, rate them and attach sources.</p>
      </div>
    );
  }
  return (
    <ul className="article-list" aria-label="Articles">
      {data.articles.map((article) => (
        <ArticleRow key={article.id} article={article} />
      ))}
    </ul>
  );
}

function ArticleRow({ article }: { article: ArticleListItem }) {
  const remove = useDeleteArticle();
  const toast = useToast();
  const mayDelete = useCan('article.delete');
  return (
    <li className="article-row" data-article-id={article.id}>
      <div className="article-row__main">
        <h3 className="article-row__title">
          <Link to={`/articles/${article.id}`} className="article-row__link">
            <bdi lang={article.language} dir={article.direction}>
              {article.title}
            </bdi>
          </Link>
        </h3>
        <p className="article-row__meta">
          <span>{languageName(article.language)}</span>
          <span aria-hidden="true"> · </span>
          <span>
            {article.claimCount} {article.claimCount === 1 ? 'claim' : 'claims'}
          </span>
          {article.revision > 1 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>revision {article.revision}</span>
            </>
          ) : null}
          {article.needsReanchoring > 0 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="reanchor-count" data-testid="needs-reanchoring-count" title="Claims an edit changed or detached: confirm or re-attach them">
                {article.needsReanchoring} {article.needsReanchoring === 1 ? 'claim needs' : 'claims need'} review after an edit
              </span>
            </>
          ) : null}
        </p>
      </div>
      <div className="article-row__verdicts">
        <VerdictBar counts={article.verdictCounts} total={article.claimCount} />
      </div>
      <div className="article-row__actions">
        {mayDelete ? (
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--ghost button--small" aria-label={`Delete article “${article.title}”`}>
                Delete
              </button>
            }
            title="Delete this article?"
            description={
              <>
                “<bdi>{article.title}</bdi>” and its {article.claimCount} {article.claimCount === 1 ? 'claim' : 'claims'}, verdicts and source links
                will be removed. This cannot be undone.
              </>
            }
            confirmLabel="Delete article"
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ id: article.id, version: article.version }, { onSuccess: () => toast.show('Article deleted.', 'success') })}
          />
        ) : null}
      </div>
    </li>
  );
}
