import { RegionBoundary } from '../components/error-boundary.tsx';
import { OrganisationSettings } from '../features/organisation/components/organisation-form.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';

/** `/admin/organisation` (admins): the organisation's name, website, logo, where fact-checks are published, and the report's language. */
export function AdminOrganisationRoute() {
  const allowed = useCan('settings.manage');
  if (!allowed) return <NoAccessRoute page="Editing the organisation settings" who="admins" />;
  return (
    <main id="main" className="page page--admin page--settings">
      <div className="page__header">
        <div>
          <h1 className="page__title">Organisation</h1>
          <p className="page__subtitle">Who publishes the fact-checks, where they are published, and the language of the reports.</p>
        </div>
      </div>
      <RegionBoundary region="the organisation settings">
        <OrganisationSettings />
      </RegionBoundary>
    </main>
  );
}
