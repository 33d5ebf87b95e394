import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { NewArticleDialog } from '../features/articles/components/new-article-dialog.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';


/** `/`: the articles and the way to add one. */
export function HomeRoute() {
  const t = useT();
  const title = t('shell.nav.articles');
  usePageTitle(title);
  return (
    <main id="main" className="page page--home">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.articles.subtitle')}</p>
        </div>
        <NewArticleDialog />
      </div>
      <RegionBoundary region={t('shell.region.articleList')}>
        <Suspense fallback={<Loading label={t('shell.loading.articles')} />}>
          <ArticleList />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
