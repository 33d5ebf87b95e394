import { Link } from 'react-router';

/** The product header shown on every screen. */
export function AppHeader() {
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
    </header>
  );
}
