import { RegionBoundary } from '../components/error-boundary.tsx';
import { ChangePasswordForm } from '../features/account/components/change-password-form.tsx';
import { useCurrentUser } from '../lib/session.ts';

const ROLE_NAMES = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' } as const;

/** `/account`: who is signed in, and changing one's own password. */
export function AccountRoute() {
  const user = useCurrentUser();
  return (
    <main id="main" className="page page--settings">
      <div className="page__header">
        <div>
          <h1 className="page__title">Your account</h1>
          <p className="page__subtitle">
            {user.name} · {user.email} · {ROLE_NAMES[user.role]}
          </p>
        </div>
      </div>
      <RegionBoundary region="your account">
        <ChangePasswordForm />
      </RegionBoundary>
    </main>
  );
}
