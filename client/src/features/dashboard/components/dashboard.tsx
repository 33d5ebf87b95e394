import type { ReactNode } from 'react';
import { RegionBoundary } from '../../../components/error-boundary.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { useSummary } from '../api/get-summary.ts';
import { FILTER_NAMES, useDashboardFilters, type FilterName } from '../hooks/use-dashboard-filters.ts';
import { ApprovalQueue } from './approval-queue.tsx';
import { RecheckDue } from './recheck-due.tsx';
import { ArticleTable } from './article-table.tsx';
import { DashboardFilters } from './dashboard-filters.tsx';
import { Totals } from './totals.tsx';
import { Workload } from './workload.tsx';

/** The message saying a filter is not valid, one whole sentence per filter. */
const INVALID_FILTER: Record<FilterName, MessageId> = {
  status: 'dashboard.invalidFilter.status',
  verdict: 'dashboard.invalidFilter.verdict',
  kind: 'dashboard.invalidFilter.kind',
  reviewer: 'dashboard.invalidFilter.reviewer',
  language: 'dashboard.invalidFilter.language',
  from: 'dashboard.invalidFilter.from',
  to: 'dashboard.invalidFilter.to',
};

/** The filter a 400 names in its details (`path` such as `["query", "to"]`), if it is one of ours. */
function rejectedFilter(error: unknown): FilterName | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  for (const detail of error.details) {
    const name = detail.path.find((part): part is FilterName => typeof part === 'string' && (FILTER_NAMES as readonly string[]).includes(part));
    if (name) return name;
  }
  return undefined;
}

interface DashboardProps {
  /** The control that adds an article, shown in the "no articles yet" state (composed by the route). */
  addArticle?: ReactNode;
}

/**
 * The editors' dashboard: filters kept in the URL, totals over the filtered
 * set, every article with its progress and verdicts, the claims awaiting
 * approval and the reviewers' workload. Refreshes every ~10 s while visible
 * and at once after a decision taken here.
 */
export function Dashboard({ addArticle }: DashboardProps) {
  const t = useT();
  const f = useFormat();
  const { query, active, setFilter, clearFilters, sortBy } = useDashboardFilters();
  const summary = useSummary(query);
  const data = summary.data;
  const invalid = rejectedFilter(summary.error);
  const languages = data ? [...new Set(data.articles.map((row) => row.language))] : [];

  let body: ReactNode;
  let table: ReactNode = null;
  if (summary.isPending) {
    body = <Loading label={t('dashboard.loading')} />;
  } else if (summary.isError && (invalid !== undefined || !data)) {
    body = (
      <div className="region-error" role="alert" data-testid="dashboard-error">
        <p className="region-error__title">
          {invalid ? t(INVALID_FILTER[invalid]) : t('dashboard.loadFailed')}
        </p>
        <p className="region-error__message">{describeError(summary.error)}</p>
        <div className="form__actions">
          {invalid ? (
            <button type="button" className="button button--secondary" onClick={() => setFilter(invalid, undefined)}>
              {t('dashboard.removeFilter')}
            </button>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void summary.refetch()}>
              {t('common.retry')}
            </button>
          )}
          <button type="button" className="button button--ghost" onClick={clearFilters}>
            {t('dashboard.clearFilters')}
          </button>
        </div>
      </div>
    );
  } else if (data && data.articles.length === 0 && active.length === 0) {
    body = (
      <div className="empty-state" data-testid="dashboard-empty">
        <h3 className="empty-state__title">{t('dashboard.emptyTitle')}</h3>
        <p>{t('dashboard.emptyText')}</p>
        {addArticle ? <div>{addArticle}</div> : null}
      </div>
    );
  } else if (data && data.articles.length === 0) {
    body = (
      <div className="empty-state" data-testid="dashboard-no-match">
        <h3 className="empty-state__title">{t('dashboard.noMatchTitle')}</h3>
        <p>{t('dashboard.noMatchText', { count: active.length })}</p>
        <div>
          <button type="button" className="button button--primary button--small" onClick={clearFilters}>
            {t('dashboard.clearFilters')}
          </button>
        </div>
      </div>
    );
  } else if (data) {
    body = (
      <section className="dash-section" aria-labelledby="dash-totals-heading">
        <h2 id="dash-totals-heading" className="dash-section__title">
          {t('dashboard.totalsHeading')}
          <span className="dash-section__meta" data-testid="dashboard-counts">
            {t(active.length > 0 ? 'dashboard.countsFiltered' : 'dashboard.counts', { articles: data.totals.articles, claims: data.totals.claims })}
          </span>
        </h2>
        <Totals totals={data.totals} />
      </section>
    );
    table = (
      <section className="dash-section" aria-labelledby="dash-articles-heading">
        <h2 id="dash-articles-heading" className="dash-section__title">
          {t('dashboard.articlesHeading')} <span className="count">{f.number(data.articles.length)}</span>
        </h2>
        <ArticleTable rows={data.articles} query={query} onSort={sortBy} />
      </section>
    );
  }
  const updating = summary.isPlaceholderData;

  return (
    <div className="dashboard">
      <DashboardFilters query={query} languages={languages} activeCount={active.length} invalid={invalid} onChange={setFilter} onClear={clearFilters} />
      <p className="visually-hidden" role="status">
        {updating ? t('dashboard.updating') : ''}
      </p>
      <div className={`dash-main${updating ? ' dash-main--updating' : ''}`} aria-busy={updating || undefined}>
        {body}
      </div>
      <RecheckDue />
      <div className="dash-columns">
        <section className="dash-section" aria-labelledby="dash-queue-heading">
          <h2 id="dash-queue-heading" className="dash-section__title">
            {t('common.status.submitted')}
          </h2>
          <RegionBoundary region={t('dashboard.queueRegion')}>
            <ApprovalQueue />
          </RegionBoundary>
        </section>
        <section className="dash-section" aria-labelledby="dash-workload-heading">
          <h2 id="dash-workload-heading" className="dash-section__title">
            {t('dashboard.workloadHeading')}
            {active.length > 0 ? <span className="dash-section__meta">{t('dashboard.filtered')}</span> : null}
          </h2>
          {data ? <Workload rows={data.workload} /> : summary.isPending ? <Loading label={t('dashboard.workloadLoading')} /> : <p className="muted">{t('dashboard.notAvailable')}</p>}
        </section>
      </div>
      <div className={`dash-main${updating ? ' dash-main--updating' : ''}`} aria-busy={updating || undefined}>
        {table}
      </div>
    </div>
  );
}
