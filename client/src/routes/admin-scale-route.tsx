import { RegionBoundary } from '../components/error-boundary.tsx';
import { RatingScaleAdmin } from '../features/rating-scale/components/rating-scale-admin.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';

/** `/admin/scale` (admins): the rating scale, its labels, definitions, colours and order. */
export function AdminScaleRoute() {
  const allowed = useCan('settings.manage');
  if (!allowed) return <NoAccessRoute page="Editing the rating scale" who="admins" />;
  return (
    <main id="main" className="page page--scale">
      <div className="page__header">
        <div>
          <h1 className="page__title">Rating scale</h1>
          <p className="page__subtitle">
            The ratings reviewers give claims. A rating in use can be retired (its verdicts keep it) but not deleted.
          </p>
        </div>
      </div>
      <RegionBoundary region="the rating scale">
        <RatingScaleAdmin />
      </RegionBoundary>
    </main>
  );
}
