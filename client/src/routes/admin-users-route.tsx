import { RegionBoundary } from '../components/error-boundary.tsx';
import { UsersAdmin } from '../features/users/components/users-admin.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from '../components/page-title.ts';

/** `/admin/users` (admins): the accounts, their roles, and adding or deactivating one. */
export function AdminUsersRoute() {
  const t = useT();
  const title = t('shell.nav.users');
  usePageTitle(title);
  const allowed = useCan('user.manage');
  if (!allowed) return <NoAccessRoute page={t('shell.noAccess.users')} who="admins" />;
  return (
    <main id="main" className="page page--admin">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.users.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.users')}>
        <UsersAdmin />
      </RegionBoundary>
    </main>
  );
}
