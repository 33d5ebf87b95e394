import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { MyQueue, RecheckDueList, SecondRatingDueList } from '../features/workflow/components/queue-lists.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';


/** `/queue`: the claims assigned to the user, until they are approved. */
export function QueueRoute() {
  const t = useT();
  const title = t('shell.nav.queue');
  usePageTitle(title);
  return (
    <main id="main" className="page page--queue">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.queue.subtitle')}</p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.queue')}>
        <Suspense fallback={<Loading label={t('shell.loading.queue')} />}>
          <SecondRatingDueList />
          <MyQueue />
          <RecheckDueList />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
