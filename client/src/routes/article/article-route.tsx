import { type QueryClient, useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { RegionBoundary } from '../../components/error-boundary.tsx';
import { Loading } from '../../components/page-loading.tsx';
import { articleQueryOptions } from '../../features/articles/api/get-article.ts';
import { articleClaimsQueryOptions } from './article-claims-query.ts';
import { useT } from '../../i18n/use-t.ts';
import { ArticleWorkspace } from './article-workspace.tsx';

/**
 * The article route's loader: starts fetching the article and its claims as soon as the route
 * matches (in parallel with the session check and the rating scale, see app.tsx), so the workspace
 * finds them in flight or done when it renders. Returns nothing and never waits.
 */
export function prefetchArticleRoute(queryClient: QueryClient, idParam: string | undefined): null {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  void queryClient.prefetchQuery(articleQueryOptions(id));
  void queryClient.prefetchQuery(articleClaimsQueryOptions(queryClient, id));
  return null;
}

/**
 * `/articles/:id`: the article text with its claims highlighted, and the
 * claims beside it. Search parameters: `claim` (the open claim), `at`/`len`
 * (a passage to flash, from search), `revision` (an earlier revision,
 * read-only) and `from`/`to` (a diff between two revisions); see use-article-view.ts.
 */
export function ArticleRoute() {
  const params = useParams();
  const t = useT();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  // Until the article is in, the route says it is loading without a Suspense fallback: React holds back what
  // replaces a fallback until 300 ms after the fallback showed, which on a fast open would delay the text's first
  // paint (ADR 038). An article that failed to load goes on to the workspace, which hands the error to the boundary.
  const article = useQuery({ ...articleQueryOptions(valid ? id : 0), enabled: valid });
  const loading = (
    <main id="main" className="page">
      <Loading label={t('workspace.loadingArticle')} />
    </main>
  );
  if (!valid) {
    return (
      <main id="main" className="page">
        <h1 className="page__title">{t('workspace.notFound')}</h1>
        <p>
          <Link to="/">{t('workspace.backToArticles')}</Link>
        </p>
      </main>
    );
  }
  if (article.data === undefined && !article.isError) return loading;
  return (
    <RegionBoundary region={t('workspace.regionArticle')}>
      <Suspense fallback={loading}>
        <ArticleWorkspace key={id} articleId={id} />
      </Suspense>
    </RegionBoundary>
  );
}
