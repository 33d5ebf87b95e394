import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/use-t.ts';

/**
 * The header's search box. Enter opens `/search?q=…`; on the search page the
 * box shows the query being looked at.
 */
export function SearchBox() {
  const id = useId();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const onSearchPage = location.pathname === '/search';
  const shown = onSearchPage ? (searchParams.get('q') ?? '') : '';
  const [query, setQuery] = useState(shown);

  useEffect(() => setQuery(shown), [shown]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(`/search?${new URLSearchParams({ q: query }).toString()}`);
  }

  return (
    <form className="header-search" role="search" aria-label={t('search.boxLabel')} onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('search.boxLabel')}
      </label>
      <input
        id={`${id}-q`}
        className="header-search__input"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('search.placeholder')}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <button type="submit" className="header-search__button">
        {t('common.search')}
      </button>
    </form>
  );
}
