import { RegionBoundary } from '../components/error-boundary.tsx';
import { OrganisationSettings } from '../features/organisation/components/organisation-form.tsx';
import { SnapshotStorageSection } from '../features/organisation/components/snapshot-storage.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from '../components/page-title.ts';

/** `/admin/organisation` (admins): the organisation's name, website, logo, where fact-checks are published, and the report's language. */
export function AdminOrganisationRoute() {
  const t = useT();
  const title = t('shell.nav.organisation');
  usePageTitle(title);
  const allowed = useCan('settings.manage');
  if (!allowed) return <NoAccessRoute page={t('shell.noAccess.organisation')} who="admins" />;
  return (
    <main id="main" className="page page--admin page--settings">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.organisation.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.organisation')}>
        <OrganisationSettings />
        <SnapshotStorageSection />
      </RegionBoundary>
    </main>
  );
}
