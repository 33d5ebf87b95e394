import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { MyQueue } from '../features/workflow/components/queue-lists.tsx';

/** `/queue`: the claims assigned to the user, until they are approved. */
export function QueueRoute() {
  return (
    <main id="main" className="page page--queue">
      <div className="page__header">
        <div>
          <h1 className="page__title">My queue</h1>
          <p className="page__subtitle">Claims assigned to you, directly or through their article. Changes requested come first.</p>
        </div>
      </div>
      <RegionBoundary region="your queue">
        <Suspense fallback={<Loading label="Loading your queue…" />}>
          <MyQueue />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
