import type { User } from '@sanad/shared/schemas/user';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

const ROLE_NAMES: Record<User['role'], string> = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

/** One link of the header navigation (the link's own `isActive` sets aria-current). */
function NavItem({ to, children }: { to: string; children: ReactNode }) {
  return (
    <NavLink to={to} end={to === '/'} className={({ isActive }) => `app-nav__link${isActive ? ' app-nav__link--active' : ''}`}>
      {children}
    </NavLink>
  );
}

interface AppHeaderProps {
  /** The search box the app composes in. */
  search?: ReactNode;
  /** The logged-in user, when there is one; the navigation and account controls show only then. */
  user?: User;
  /** Which pages this user may open; with `dashboard`, the dashboard is home and the articles move to /articles. */
  nav?: { approvals: boolean; users: boolean; dashboard?: boolean; organisation?: boolean; scale?: boolean };
  onLogout?: () => void;
  loggingOut?: boolean;
}

/** The product header shown on every screen: brand, navigation, search, and who is logged in with "Account" and "Log out". */
export function AppHeader({ search, user, nav, onLogout, loggingOut = false }: AppHeaderProps) {
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
      {user ? (
        <nav className="app-nav" aria-label="Main">
          {nav?.dashboard ? <NavItem to="/">Dashboard</NavItem> : null}
          <NavItem to={nav?.dashboard ? '/articles' : '/'}>Articles</NavItem>
          <NavItem to="/queue">My queue</NavItem>
          {nav?.approvals ? <NavItem to="/approvals">Awaiting approval</NavItem> : null}
          {nav?.users ? <NavItem to="/admin/users">Users</NavItem> : null}
          {nav?.organisation ? <NavItem to="/admin/organisation">Organisation</NavItem> : null}
          {nav?.scale ? <NavItem to="/admin/scale">Rating scale</NavItem> : null}
          <NavItem to="/methodology">Methodology</NavItem>
        </nav>
      ) : (
        <span className="app-header__tagline">Fact-checking workbench</span>
      )}
      {search ? <div className="app-header__search">{search}</div> : null}
      {user ? (
        <div className="app-header__account">
          <span className="app-header__user" data-testid="current-user">
            <span className="app-header__user-name">{user.name}</span>
            <span className="app-header__role">{ROLE_NAMES[user.role]}</span>
          </span>
          <NavLink to="/account" className="button button--small app-header__logout app-header__account-link">
            Account
          </NavLink>
          <button type="button" className="button button--small app-header__logout" onClick={onLogout} disabled={loggingOut}>
            Log out
          </button>
        </div>
      ) : null}
    </header>
  );
}
