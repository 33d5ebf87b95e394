import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { ArticleSummaryReport } from '../features/article-summary/components/article-summary-report.tsx';
import { PublicationPanel } from '../features/publications/components/publication-panel.tsx';
import { useCan } from '../lib/session.ts';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** `/articles/:id/summary`: the fact-check report preview of one article. */
export function ArticleSummaryRoute() {
  const params = useParams();
  const id = Number(params.id);
  const t = useT();
  usePageTitle(t('shell.page.report.title'));
  const editor = useCan('queue.approvals');
  const back = editor ? { to: '/', label: t('shell.nav.dashboard') } : { to: '/', label: t('shell.nav.articles') };
  return (
    <main id="main" className="page page--report">
      <nav aria-label={t('shell.breadcrumb')} className="report__breadcrumb">
        <Link to={back.to}>
          <span className="back-arrow" aria-hidden="true">
            ←
          </span>{' '}
          {back.label}
        </Link>
      </nav>
      {Number.isSafeInteger(id) && id > 0 ? (
        <RegionBoundary region={t('shell.region.report')}>
          <Suspense fallback={<Loading label={t('shell.loading.report')} />}>
            <ArticleSummaryReport
              articleId={id}
              publication={
                <RegionBoundary region={t('shell.region.publication')}>
                  <Suspense fallback={<Loading label={t('shell.loading.publication')} />}>
                    <PublicationPanel articleId={id} />
                  </Suspense>
                </RegionBoundary>
              }
            />
          </Suspense>
        </RegionBoundary>
      ) : (
        <>
          <h1 className="page__title">{t('shell.articleNotFound')}</h1>
          <p>
            <Link to="/">{t('shell.backToStart')}</Link>
          </p>
        </>
      )}
    </main>
  );
}
