import type { QueryClient } from '@tanstack/react-query';
import { can } from '@sanad/shared/permissions';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { articlesQueryOptions } from '../features/articles/api/get-articles.ts';
import { NewArticleDialog } from '../features/articles/components/new-article-dialog.tsx';
import { approvalQueueQueryOptions } from '../features/dashboard/api/get-approval-queue.ts';
import { peopleQueryOptions } from '../features/dashboard/api/get-people.ts';
import { summaryQueryOptions } from '../features/dashboard/api/get-summary.ts';
import { Dashboard } from '../features/dashboard/components/dashboard.tsx';
import { dashboardQueryFrom } from '../features/dashboard/hooks/use-dashboard-filters.ts';
import { AgreementPanel } from '../features/double-rating/components/agreement-panel.tsx';
import { sessionQueryOptions, useCan } from '../lib/session.ts';
import { HomeRoute } from './home-route.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';


/**
 * The start route's data, started by its loader (app.tsx) as soon as this
 * module and the session have arrived, both fetched in parallel with the rest
 * of the shell: the dashboard's summary, people and approval queue for
 * editors, the article list for reviewers. Never waits on or throws into the
 * route; the screens read the same queries.
 */
export async function prefetchStartRoute(queryClient: QueryClient, url: URL): Promise<void> {
  const session = await queryClient.fetchQuery(sessionQueryOptions()).catch(() => null);
  if (!session) return;
  if (can(session.user.role, 'queue.approvals')) {
    void queryClient.prefetchQuery(summaryQueryOptions(dashboardQueryFrom(url.searchParams)));
    void queryClient.prefetchQuery(peopleQueryOptions());
    void queryClient.prefetchQuery(approvalQueueQueryOptions());
  } else {
    void queryClient.prefetchQuery(articlesQueryOptions());
  }
}

/** `/` for editors and admins: the dashboard. Reviewers keep the article list as their home. */
export function StartRoute() {
  const editor = useCan('queue.approvals');
  return editor ? <DashboardRoute /> : <HomeRoute />;
}

/** The editors' dashboard: what is ready to publish, what waits for a decision, who is working on what, and how often blind raters agree. */
export function DashboardRoute() {
  const t = useT();
  const editor = useCan('queue.approvals');
  const title = t('shell.nav.dashboard');
  usePageTitle(title);
  return (
    <main id="main" className="page page--dashboard">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.dashboard.subtitle')}</p>
        </div>
        <NewArticleDialog />
      </div>
      <RegionBoundary region={t('shell.region.dashboard')}>
        <Dashboard addArticle={<NewArticleDialog />} />
      </RegionBoundary>
      {editor ? (
        <RegionBoundary region={t('shell.region.agreement')}>
          <AgreementPanel />
        </RegionBoundary>
      ) : null}
    </main>
  );
}
