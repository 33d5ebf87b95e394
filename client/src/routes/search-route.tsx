import { useSearchParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { SearchResults } from '../features/search/components/search-results.tsx';

/** `/search?q=…`: search results across articles, claims and sources. */
export function SearchRoute() {
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  return (
    <main id="main" className="page page--search">
      <div className="page__header">
        <div>
          <h1 className="page__title">Search</h1>
          <p className="page__subtitle">Matches ignore harakat, letter forms, digit forms and case; the snippets show the original text.</p>
        </div>
      </div>
      <RegionBoundary region="the search results">
        <SearchResults key={query} query={query} />
      </RegionBoundary>
    </main>
  );
}
