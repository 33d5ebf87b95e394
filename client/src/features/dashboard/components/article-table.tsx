import type { ArticleSummaryRow } from '@sanad/shared/schemas/summary';
import { memo, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { DashboardQuery, SortColumn } from '../hooks/use-dashboard-filters.ts';
import { formatCount, fullTime, languageName, relativeTime, shortDay, STATUS_ORDER, STATUS_WORDS, useVerdictStyles, type VerdictStyle } from '../format.ts';
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

/**
 * Approved of all claims as a bar, with the numbers as text ("12/50" shown,
 * "12 of 50 approved" read). Text is built as one string per node: a thousand
 * rows of this are rendered at once.
 */
function Progress({ approved, claims }: { approved: number; claims: number }) {
  const share = claims === 0 ? 0 : approved / claims;
  return (
    <div className="dash-progress" data-testid="progress" data-approved={approved} data-claims={claims}>
      <span className="dash-progress__track" aria-hidden="true">
        <span className="dash-progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </span>
      <span className="dash-progress__text" aria-hidden="true">{`${formatCount(approved)}/${formatCount(claims)}`}</span>
      <span className="visually-hidden">{`${formatCount(approved)} of ${formatCount(claims)} approved`}</span>
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
          <span className="dash-status__count">{formatCount(row.statuses[status])}</span>
          {` ${STATUS_WORDS[status]}`}
        </li>
      ))}
    </ul>
  );
}

const ArticleRowView = memo(function ArticleRowView({ row, verdictStyles }: { row: ArticleSummaryRow; verdictStyles: readonly VerdictStyle[] }) {
  return (
    <tr data-testid="dashboard-row" data-article-id={row.id}>
      <th scope="row" className="dash-table__title">
        <a href={`/articles/${row.id}`} className="dash-table__link" data-in-app="">
          <bdi lang={row.language}>{row.title}</bdi>
        </a>
        <a href={`/articles/${row.id}/summary`} className="dash-table__report" data-in-app="">
          Report preview<span className="visually-hidden">{` of “${row.title}”`}</span>
        </a>
      </th>
      <td>
        <abbr title={languageName(row.language)} className="dash-lang">
          {row.language}
        </abbr>
        <span className="visually-hidden">{` (${languageName(row.language)})`}</span>
      </td>
      <td className="dash-num" data-testid="claim-count">
        {formatCount(row.claims)}
      </td>
      <td>
        <Progress approved={row.approved} claims={row.claims} />
      </td>
      <td>
        <VerdictStack tally={row.verdicts} total={row.claims} styles={verdictStyles} />
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

/**
 * The verdict styles of every row, looked up once for the table: a row skips
 * the keys it does not count, so one list serves all. The list keeps its
 * identity while its content is the same, so a poll that changes some rows
 * re-renders only those (the rows are memoised).
 */
function useTableVerdictStyles(rows: readonly ArticleSummaryRow[]): readonly VerdictStyle[] {
  const styles = useVerdictStyles(...rows.map((row) => row.verdicts));
  const signature = styles.map((style) => `${style.key}\u0000${style.label}\u0000${style.color}`).join('\u0001');
  // Keyed by content on purpose (see above), not by the array of this render.
  return useMemo(() => styles, [signature]);
}

interface ArticleTableProps {
  rows: ArticleSummaryRow[];
  query: DashboardQuery;
  onSort: (column: SortColumn) => void;
}

/**
 * Follows a click on one of the table's in-app links inside the app, as a
 * router `<Link>` would: one handler for the table instead of a `<Link>` (and
 * its hooks) per link, two per row. Clicks with a modifier or another button
 * keep the browser's behaviour (new tab, new window).
 */
function useInAppLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-in-app]') : null;
    const href = link?.getAttribute('href');
    if (!link || !href || !event.currentTarget.contains(link)) return;
    event.preventDefault();
    void navigate(href);
  };
}

/**
 * Every article of the filtered set, one row each, sortable by the columns the
 * summary API sorts by. Every row is in the DOM (find in page, screen reader
 * table navigation), so each is kept cheap: plain links, text built as one
 * string per node, the verdict styles looked up once (ADR 011).
 */
export function ArticleTable({ rows, query, onSort }: ArticleTableProps) {
  const sort = query.sort;
  const direction = query.order === 'asc' ? 'ascending' : 'descending';
  const verdictStyles = useTableVerdictStyles(rows);
  const onClick = useInAppLinks();
  return (
    // The handler only follows links (each focusable and operable by keyboard itself); the region is not interactive.
    <div className="dash-table-wrap" role="region" aria-labelledby="dash-articles-heading" tabIndex={0} onClick={onClick}>
      <table className="dash-table" data-testid="dashboard-table">
        <caption className="visually-hidden">
          Articles, sorted by {SORT_NAMES[sort]}, {direction}. Column headers with buttons sort the table.
        </caption>
        {/* Fixed column widths: the browser lays out 1,000 rows without measuring every cell first (ADR 011). */}
        <colgroup>
          <col />
          <col className="dash-col-lang" />
          <col className="dash-col-claims" />
          <col className="dash-col-progress" />
          <col className="dash-col-verdicts" />
          <col className="dash-col-statuses" />
          <col className="dash-col-reviewers" />
          <col className="dash-col-added" />
          <col className="dash-col-activity" />
        </colgroup>
        <thead>
          <tr>
            <SortHeader column="title" query={query} onSort={onSort}>
              Article
            </SortHeader>
            <SortHeader column="language" query={query} onSort={onSort}>
              Lang.
            </SortHeader>
            <SortHeader column="claims" query={query} onSort={onSort} className="dash-num">
              Claims
            </SortHeader>
            <SortHeader column="progress" query={query} onSort={onSort}>
              Approved
            </SortHeader>
            <SortHeader column="verdicts" query={query} onSort={onSort}>
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
            <ArticleRowView key={row.id} row={row} verdictStyles={verdictStyles} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
