import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ArticleSummaryReport } from '../features/article-summary/components/article-summary-report.tsx';
import { PublicationPanel } from '../features/publications/components/publication-panel.tsx';
import { useCan } from '../lib/session.ts';

/** `/articles/:id/summary`: the fact-check report preview of one article. */
export function ArticleSummaryRoute() {
  const params = useParams();
  const id = Number(params.id);
  const editor = useCan('queue.approvals');
  const back = editor ? { to: '/', label: 'Dashboard' } : { to: '/', label: 'Articles' };
  return (
    <main id="main" className="page page--report">
      <nav aria-label="Breadcrumb" className="report__breadcrumb">
        <Link to={back.to}>← {back.label}</Link>
      </nav>
      {Number.isSafeInteger(id) && id > 0 ? (
        <RegionBoundary region="the report preview">
          <Suspense fallback={<Loading label="Loading the report preview…" />}>
            <ArticleSummaryReport
              articleId={id}
              publication={
                <RegionBoundary region="publication">
                  <Suspense fallback={<Loading label="Loading the publication state…" />}>
                    <PublicationPanel articleId={id} />
                  </Suspense>
                </RegionBoundary>
              }
            />
          </Suspense>
        </RegionBoundary>
      ) : (
        <>
          <h1 className="page__title">Article not found</h1>
          <p>
            <Link to="/">Back to the start page</Link>
          </p>
        </>
      )}
    </main>
  );
}
