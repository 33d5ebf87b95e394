import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The product header shown on every screen; `search` is the search box the app composes in. */
export function AppHeader({ search }: { search?: ReactNode }) {
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        <span className="app-header__name">Sanad</span>
        <span aria-hidden="true" className="app-header__dot">
          ·
        </span>
        <span lang="ar" dir="rtl" className="app-header__name-ar">
          سند
        </span>
      </Link>
      <span className="app-header__tagline">Fact-checking workbench</span>
      {search ? <div className="app-header__search">{search}</div> : null}
    </header>
  );
}
