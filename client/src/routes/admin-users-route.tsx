import { RegionBoundary } from '../components/error-boundary.tsx';
import { UsersAdmin } from '../features/users/components/users-admin.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';

/** `/admin/users` (admins): the accounts, their roles, and adding or deactivating one. */
export function AdminUsersRoute() {
  const allowed = useCan('user.manage');
  if (!allowed) return <NoAccessRoute page="Managing users" who="admins" />;
  return (
    <main id="main" className="page page--admin">
      <div className="page__header">
        <div>
          <h1 className="page__title">Users</h1>
          <p className="page__subtitle">Add people, change their role, or deactivate an account (its sessions end at once).</p>
        </div>
      </div>
      <RegionBoundary region="the users">
        <UsersAdmin />
      </RegionBoundary>
    </main>
  );
}
