import type { ArticleSummaryRow } from '@sanad/shared/schemas/summary';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DashboardQuery, SortColumn } from '../hooks/use-dashboard-filters.ts';
import { formatCount, fullTime, languageName, relativeTime, shortDay, STATUS_ORDER, STATUS_WORDS } from '../format.ts';
import { VerdictStack } from './verdict-stack.tsx';

const SORT_NAMES: Record<SortColumn, string> = {
  title: 'title',
  language: 'language',
  claims: 'number of claims',
  progress: 'progress',
  verdicts: 'number of rated claims',
  statuses: 'number awaiting approval',
  reviewers: 'assigned reviewer',
  lastActivity: 'last activity',
  createdAt: 'date added',
};

interface SortHeaderProps {
  column: SortColumn;
  query: DashboardQuery;
  onSort: (column: SortColumn) => void;
  className?: string;
  children: ReactNode;
}

/** A column header that sorts: a button inside the header cell, with aria-sort on the sorted one. */
function SortHeader({ column, query, onSort, className, children }: SortHeaderProps) {
  const sorted = query.sort === column;
  const ariaSort = sorted ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="dash-sort" onClick={() => onSort(column)} data-sorted={sorted ? query.order : undefined}>
        {children}
        <span className="dash-sort__icon" aria-hidden="true">
          {sorted ? (query.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Approved of all claims as a bar, with the numbers as text. */
function Progress({ approved, claims }: { approved: number; claims: number }) {
  const share = claims === 0 ? 0 : approved / claims;
  return (
    <div className="dash-progress" data-testid="progress" data-approved={approved} data-claims={claims}>
      <div className="dash-progress__track" aria-hidden="true">
        <span className="dash-progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span className="dash-progress__text">
        {formatCount(approved)}
        <span aria-hidden="true">/</span>
        <span className="visually-hidden"> of </span>
        {formatCount(claims)}
        <span className="visually-hidden"> approved</span>
      </span>
    </div>
  );
}

/** Claims per status: only the statuses that have any. */
function Statuses({ row }: { row: ArticleSummaryRow }) {
  const present = STATUS_ORDER.filter((status) => row.statuses[status] > 0);
  if (present.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="dash-statuses">
      {present.map((status) => (
        <li key={status} className={`dash-status dash-status--${status}`} data-status={status}>
          <span className="dash-status__count">{formatCount(row.statuses[status])}</span> {STATUS_WORDS[status]}
        </li>
      ))}
    </ul>
  );
}

const ArticleRowView = memo(function ArticleRowView({ row }: { row: ArticleSummaryRow }) {
  return (
    <tr data-testid="dashboard-row" data-article-id={row.id}>
      <th scope="row" className="dash-table__title">
        <Link to={`/articles/${row.id}`} className="dash-table__link">
          <bdi lang={row.language}>{row.title}</bdi>
        </Link>
        <Link to={`/articles/${row.id}/summary`} className="dash-table__report">
          Report preview<span className="visually-hidden"> of “{row.title}”</span>
        </Link>
      </th>
      <td>
        <abbr title={languageName(row.language)} className="dash-lang">
          {row.language}
        </abbr>
        <span className="visually-hidden"> ({languageName(row.language)})</span>
      </td>
      <td className="dash-num" data-testid="claim-count">
        {formatCount(row.claims)}
      </td>
      <td>
        <Progress approved={row.approved} claims={row.claims} />
      </td>
      <td>
        <VerdictStack tally={row.verdicts} total={row.claims} />
      </td>
      <td>
        <Statuses row={row} />
      </td>
      <td className="dash-table__people">
        {row.assignees.length > 0 ? row.assignees.map((person) => person.name).join(', ') : <span className="muted">Nobody assigned</span>}
      </td>
      <td className="dash-num">
        <time dateTime={row.createdAt} title={fullTime(row.createdAt)}>
          {shortDay(row.createdAt)}
        </time>
      </td>
      <td className="dash-num">
        <time dateTime={row.lastActivity} title={fullTime(row.lastActivity)}>
          {relativeTime(row.lastActivity)}
        </time>
      </td>
    </tr>
  );
});

interface ArticleTableProps {
  rows: ArticleSummaryRow[];
  query: DashboardQuery;
  onSort: (column: SortColumn) => void;
}

/** Every article of the filtered set, one row each, sortable by the columns the summary API sorts by. */
export function ArticleTable({ rows, query, onSort }: ArticleTableProps) {
  const sort = query.sort;
  const direction = query.order === 'asc' ? 'ascending' : 'descending';
  return (
    <div className="dash-table-wrap" role="region" aria-labelledby="dash-articles-heading" tabIndex={0}>
      <table className="dash-table" data-testid="dashboard-table">
        <caption className="visually-hidden">
          Articles, sorted by {SORT_NAMES[sort]}, {direction}. Column headers with buttons sort the table.
        </caption>
        <thead>
          <tr>
            <SortHeader column="title" query={query} onSort={onSort} className="dash-col-title">
              Article
            </SortHeader>
            <SortHeader column="language" query={query} onSort={onSort}>
              Lang.
            </SortHeader>
            <SortHeader column="claims" query={query} onSort={onSort} className="dash-num">
              Claims
            </SortHeader>
            <SortHeader column="progress" query={query} onSort={onSort} className="dash-col-progress">
              Approved
            </SortHeader>
            <SortHeader column="verdicts" query={query} onSort={onSort} className="dash-col-verdicts">
              Verdicts
            </SortHeader>
            <SortHeader column="statuses" query={query} onSort={onSort}>
              Status
            </SortHeader>
            <SortHeader column="reviewers" query={query} onSort={onSort}>
              Reviewers
            </SortHeader>
            <SortHeader column="createdAt" query={query} onSort={onSort} className="dash-num">
              Added
            </SortHeader>
            <SortHeader column="lastActivity" query={query} onSort={onSort} className="dash-num">
              Last activity
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ArticleRowView key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
