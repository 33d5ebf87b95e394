import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { NewArticleDialog } from '../features/articles/components/new-article-dialog.tsx';

/** `/`: the articles and the way to add one. */
export function HomeRoute() {
  return (
    <main id="main" className="page page--home">
      <div className="page__header">
        <div>
          <h1 className="page__title">Articles</h1>
          <p className="page__subtitle">Pick an article to mark its claims, rate them and attach sources.</p>
        </div>
        <NewArticleDialog />
      </div>
      <RegionBoundary region="the article list">
        <Suspense fallback={<Loading label="Loading articles…" />}>
          <ArticleList />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
