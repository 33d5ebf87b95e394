import { RegionBoundary } from '../components/error-boundary.tsx';
import { NewArticleDialog } from '../features/articles/components/new-article-dialog.tsx';
import { Dashboard } from '../features/dashboard/components/dashboard.tsx';
import { useCan } from '../lib/session.ts';
import { HomeRoute } from './home-route.tsx';

/** `/` for editors and admins: the dashboard. Reviewers keep the article list as their home. */
export function StartRoute() {
  const editor = useCan('queue.approvals');
  return editor ? <DashboardRoute /> : <HomeRoute />;
}

/** The editors' dashboard: what is ready to publish, what waits for a decision, and who is working on what. */
export function DashboardRoute() {
  return (
    <main id="main" className="page page--dashboard">
      <div className="page__header">
        <div>
          <h1 className="page__title">Dashboard</h1>
          <p className="page__subtitle">Verdicts and review progress across articles. Filter, then approve what is ready.</p>
        </div>
        <NewArticleDialog />
      </div>
      <RegionBoundary region="the dashboard">
        <Dashboard addArticle={<NewArticleDialog />} />
      </RegionBoundary>
    </main>
  );
}
