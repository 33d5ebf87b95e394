import { RegionBoundary } from '../components/error-boundary.tsx';
import { RatingScaleAdmin } from '../features/rating-scale/components/rating-scale-admin.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from '../components/page-title.ts';

/** `/admin/scale` (admins): the rating scale, its labels, definitions, colours and order. */
export function AdminScaleRoute() {
  const t = useT();
  const title = t('shell.nav.scale');
  usePageTitle(title);
  const allowed = useCan('settings.manage');
  if (!allowed) return <NoAccessRoute page={t('shell.noAccess.scale')} who="admins" />;
  return (
    <main id="main" className="page page--scale">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.scale.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.scale')}>
        <RatingScaleAdmin />
      </RegionBoundary>
    </main>
  );
}
