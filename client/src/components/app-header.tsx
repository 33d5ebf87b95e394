import type { User } from '@sanad/shared/schemas/user';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { type MessageId, useT } from '../i18n/use-t.ts';

/** The message naming each role. */
export const ROLE_MESSAGES = { reviewer: 'common.role.reviewer', editor: 'common.role.editor', admin: 'common.role.admin' } as const satisfies Record<
  User['role'],
  MessageId
>;

/** One link of the header navigation (the link's own `isActive` sets aria-current). */
function NavItem({ to, children }: { to: string; children: ReactNode }) {
  return (
    <NavLink to={to} end={to === '/'} className={({ isActive }) => `app-nav__link${isActive ? ' app-nav__link--active' : ''}`}>
      {children}
    </NavLink>
  );
}

/** One link of the Admin menu; choosing it closes the menu. */
function AdminLink({ to, children, onChoose }: { to: string; children: ReactNode; onChoose: () => void }) {
  return (
    <NavLink to={to} className={({ isActive }) => `admin-menu__link${isActive ? ' admin-menu__link--active' : ''}`} onClick={onChoose}>
      {children}
    </NavLink>
  );
}

/**
 * The admin pages behind one "Admin" button, so the header stays on one row.
 * A disclosure of links (not an ARIA menu): Tab moves through them; Escape,
 * a click elsewhere or choosing a page closes it. Plain elements, no popover
 * library: this header is part of every page's first download.
 */
function AdminMenu({ users, organisation, scale }: { users: boolean; organisation: boolean; scale: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const close = () => setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div
      className="admin-menu-root"
      ref={root}
      onBlur={(event) => {
        // Tabbing out of the open list closes it.
        if (open && !root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`app-nav__link app-nav__button${pathname.startsWith('/admin/') ? ' app-nav__link--active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('shell.nav.admin')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul id={listId} className="popover admin-menu admin-menu__list">
          {users ? (
            <li>
              <AdminLink to="/admin/users" onChoose={close}>
                {t('shell.nav.users')}
              </AdminLink>
            </li>
          ) : null}
          {organisation ? (
            <li>
              <AdminLink to="/admin/organisation" onChoose={close}>
                {t('shell.nav.organisation')}
              </AdminLink>
            </li>
          ) : null}
          {scale ? (
            <li>
              <AdminLink to="/admin/scale" onChoose={close}>
                {t('shell.nav.scale')}
              </AdminLink>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
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
  /** What ends the header when nobody is logged in, e.g. the language switch of the login page. */
  end?: ReactNode;
  /** The interface-language switch of the logged-in user's menu (stores the choice with the account). */
  language?: ReactNode;
}

/**
 * The product header shown on every screen: brand, navigation, search, and
 * who is logged in with the language switch, "Account" and "Log out".
 */
export function AppHeader({ search, user, nav, onLogout, loggingOut = false, end, language }: AppHeaderProps) {
  const t = useT();
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        {/* eslint-disable-next-line lingui/no-unlocalized-strings -- the product's name, written the same in both interfaces */}
        <span className="app-header__name">Sanad</span>
        <span aria-hidden="true" className="app-header__dot">
          ·
        </span>
        <span lang="ar" dir="rtl" className="app-header__name-ar">
          {/* eslint-disable lingui/no-unlocalized-strings -- the product's Arabic name, beside the Latin one in both interfaces */}
          سند
          {/* eslint-enable lingui/no-unlocalized-strings */}
        </span>
      </Link>
      {user ? (
        <nav className="app-nav" aria-label={t('shell.mainNav')}>
          {nav?.dashboard ? <NavItem to="/">{t('shell.nav.dashboard')}</NavItem> : null}
          <NavItem to={nav?.dashboard ? '/articles' : '/'}>{t('shell.nav.articles')}</NavItem>
          <NavItem to="/queue">{t('shell.nav.queue')}</NavItem>
          {nav?.approvals ? <NavItem to="/approvals">{t('shell.nav.approvals')}</NavItem> : null}
          <NavItem to="/methodology">{t('shell.nav.methodology')}</NavItem>
          {nav?.users || nav?.organisation || nav?.scale ? <AdminMenu users={!!nav.users} organisation={!!nav.organisation} scale={!!nav.scale} /> : null}
        </nav>
      ) : (
        <span className="app-header__tagline">{t('shell.tagline')}</span>
      )}
      {search ? <div className="app-header__search">{search}</div> : null}
      {user ? (
        <div className="app-header__account" role="group" aria-label={t('shell.userMenu')}>
          <span className="app-header__user" data-testid="current-user">
            <bdi className="app-header__user-name">{user.name}</bdi>
            <span className="app-header__role">{t(ROLE_MESSAGES[user.role])}</span>
          </span>
          {language}
          <NavLink to="/account" className="button button--small app-header__logout app-header__account-link">
            {t('shell.account')}
          </NavLink>
          <button type="button" className="button button--small app-header__logout" onClick={onLogout} disabled={loggingOut}>
            {t('shell.logOut')}
          </button>
        </div>
      ) : end ? (
        <div className="app-header__account">{end}</div>
      ) : null}
    </header>
  );
}
