import { Suspense } from 'react';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ApprovalQueue } from '../features/workflow/components/queue-lists.tsx';
import { useCan } from '../lib/session.ts';
import { NoAccessRoute } from './no-access-route.tsx';

/** `/approvals` (editors and admins): every claim submitted for review, oldest first. */
export function ApprovalsRoute() {
  const allowed = useCan('queue.approvals');
  if (!allowed) return <NoAccessRoute page="The approval queue" who="editors and admins" />;
  return (
    <main id="main" className="page page--queue">
      <div className="page__header">
        <div>
          <h1 className="page__title">Awaiting approval</h1>
          <p className="page__subtitle">Approve a claim, or send it back with a note saying what needs to change.</p>
        </div>
      </div>
      <RegionBoundary region="the approval queue">
        <Suspense fallback={<Loading label="Loading the queue…" />}>
          <ApprovalQueue />
        </Suspense>
      </RegionBoundary>
    </main>
  );
}
