import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * The header's search box. Enter opens `/search?q=…`; on the search page the
 * box shows the query being looked at.
 */
export function SearchBox() {
  const id = useId();
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
    <form className="header-search" role="search" aria-label="Search articles, claims and sources" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search articles, claims and sources
      </label>
      <input
        id={`${id}-q`}
        className="header-search__input"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Search articles, claims, sources"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <button type="submit" className="header-search__button">
        Search
      </button>
    </form>
  );
}
