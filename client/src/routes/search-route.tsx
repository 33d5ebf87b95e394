import { useSearchParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { SearchResults } from '../features/search/components/search-results.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';


/** `/search?q=…`: search results across articles, claims and sources. */
export function SearchRoute() {
  const t = useT();
  const title = t('common.search');
  usePageTitle(title);
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  return (
    <main id="main" className="page page--search">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.search.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.search')}>
        <SearchResults key={query} query={query} />
      </RegionBoundary>
    </main>
  );
}
