import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ApprovalQueue } from '../features/workflow/components/queue-lists.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';
import { useT } from '../i18n/use-t.ts';
import { usePageTitle } from '../components/page-title.ts';

/** `/approvals` (editors and admins): every claim submitted for review, oldest first. */
export function ApprovalsRoute() {
  const t = useT();
  const title = t('shell.nav.approvals');
  usePageTitle(title);
  const allowed = useCan('queue.approvals');
  if (!allowed) return <NoAccessRoute page={t('shell.noAccess.approvals')} who="editors" />;
  return (
    <main id="main" className="page page--queue">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.approvals.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.approvals')}>
        <Suspense fallback={<Loading label={t('shell.loading.approvals')} />}>
          <ApprovalQueue />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
