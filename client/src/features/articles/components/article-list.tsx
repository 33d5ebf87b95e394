import type { ArticleListItem } from '@sanad/shared/schemas/article';
import { Trans, useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type Translate, useT } from '../../../i18n/use-t.ts';
import { useCan } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useArticles } from '../api/get-articles.ts';
import { useDeleteArticle } from '../api/delete-article.ts';
import { VerdictBar } from './verdict-bar.tsx';

/** The name of a language tag in the interface language, falling back to the tag itself. */
function languageName(t: Translate, names: Intl.DisplayNames, tag: string): string {
  if (tag === 'und') return t('articles.undetermined');
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The home page's table of articles, or an empty state saying what to do. */
export function ArticleList() {
  const t = useT();
  const { data } = useArticles();
  if (data.articles.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">{t('articles.empty.title')}</h2>
        <p>{t('articles.empty.body')}</p>
      </div>
    );
  }
  return (
    <ul className="article-list" aria-label={t('articles.list')}>
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
  const t = useT();
  const f = useFormat();
  const { i18n } = useLingui();
  const names = useMemo(() => new Intl.DisplayNames([i18n.locale || 'en'], { type: 'language' }), [i18n.locale]);
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
          <span>{languageName(t, names, article.language)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('common.claimCount', { count: article.claimCount })}</span>
          {article.revision > 1 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>{t('articles.revision', { revision: f.number(article.revision) })}</span>
            </>
          ) : null}
          {article.needsReanchoring > 0 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="reanchor-count" data-testid="needs-reanchoring-count" title={t('articles.needsReanchoringHint')}>
                {t('articles.needsReanchoring', { count: article.needsReanchoring })}
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
              <button type="button" className="button button--ghost button--small" aria-label={t('articles.deleteLabel', { title: article.title })}>
                {t('articles.delete')}
              </button>
            }
            title={t('articles.deleteTitle')}
            description={<Trans id="articles.deleteBody" values={{ title: article.title, count: article.claimCount }} components={{ 0: <bdi /> }} />}
            confirmLabel={t('articles.deleteConfirm')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ id: article.id, version: article.version }, { onSuccess: () => toast.show(t('articles.deleted'), 'success') })}
          />
        ) : null}
      </div>
    </li>
  );
}
