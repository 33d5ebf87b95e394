import type { ArticleSummaryRow } from '@sanad/shared/schemas/summary';
import { useLocale } from '../../../i18n/format.ts';
import { useLingui } from '@lingui/react';
import { memo, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { STATUS_MESSAGES } from '../../../components/status-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import type { DashboardQuery, SortColumn } from '../hooks/use-dashboard-filters.ts';
import { fullTime, languageName, shortDay, STATUS_ORDER, useVerdictStyles, type VerdictStyle } from '../format.ts';
import { type TableText, VerdictStack } from './verdict-stack.tsx';

/** The table's caption for each sort, one whole sentence per column and order. */
const SORT_CAPTIONS: Record<SortColumn, MessageId> = {
  title: 'dashboard.sortedBy.title',
  language: 'dashboard.sortedBy.language',
  claims: 'dashboard.sortedBy.claims',
  progress: 'dashboard.sortedBy.progress',
  verdicts: 'dashboard.sortedBy.verdicts',
  statuses: 'dashboard.sortedBy.statuses',
  reviewers: 'dashboard.sortedBy.reviewers',
  lastActivity: 'dashboard.sortedBy.lastActivity',
  createdAt: 'dashboard.sortedBy.createdAt',
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
        {/* Up and down (▲▼↕) point along the column, not along the line: they do not mirror. */}
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
function Progress({ approved, claims, text: { t, f } }: { approved: number; claims: number; text: TableText }) {
  const share = claims === 0 ? 0 : approved / claims;
  return (
    <div className="dash-progress" data-testid="progress" data-approved={approved} data-claims={claims}>
      <span className="dash-progress__track" aria-hidden="true">
        <span className="dash-progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </span>
      <span className="dash-progress__text" aria-hidden="true">
        {t('dashboard.progressShort', { approved: f.number(approved), claims: f.number(claims) })}
      </span>
      <span className="visually-hidden">{t('dashboard.progress', { approved: f.number(approved), claims: f.number(claims) })}</span>
    </div>
  );
}

/** Claims per status: only the statuses that have any. */
function Statuses({ row, text: { t, f } }: { row: ArticleSummaryRow; text: TableText }) {
  const present = STATUS_ORDER.filter((status) => row.statuses[status] > 0);
  if (present.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="dash-statuses">
      {present.map((status) => (
        <li key={status} className={`dash-status dash-status--${status}`} data-status={status}>
          <span className="dash-status__count">{f.number(row.statuses[status])}</span>
          {` ${t(STATUS_MESSAGES[status])}`}
        </li>
      ))}
    </ul>
  );
}

const ArticleRowView = memo(function ArticleRowView({ row, verdictStyles, text }: { row: ArticleSummaryRow; verdictStyles: readonly VerdictStyle[]; text: TableText }) {
  const { t, f, locale } = text;
  const language = languageName(row.language, locale, t('dashboard.languageUndetermined'));
  return (
    <tr data-testid="dashboard-row" data-article-id={row.id}>
      <th scope="row" className="dash-table__title">
        <a href={`/articles/${row.id}`} className="dash-table__link" data-in-app="">
          <bdi lang={row.language}>{row.title}</bdi>
        </a>
        <a href={`/articles/${row.id}/summary`} className="dash-table__report" data-in-app="">
          {t('dashboard.reportPreview')}
          <span className="visually-hidden">{t('dashboard.reportPreviewOf', { title: row.title })}</span>
        </a>
      </th>
      <td>
        <abbr title={language} className="dash-lang">
          {row.language}
        </abbr>
        <span className="visually-hidden">{t('dashboard.languageInBrackets', { language })}</span>
      </td>
      <td className="dash-num" data-testid="claim-count">
        {f.number(row.claims)}
      </td>
      <td>
        <Progress approved={row.approved} claims={row.claims} text={text} />
      </td>
      <td>
        <VerdictStack tally={row.verdicts} total={row.claims} styles={verdictStyles} text={text} />
      </td>
      <td>
        <Statuses row={row} text={text} />
      </td>
      <td className="dash-table__people">
        {row.assignees.length > 0 ? (
          <bdi>{f.list(row.assignees.map((person) => person.name))}</bdi>
        ) : (
          <span className="muted">{t('dashboard.nobodyAssigned')}</span>
        )}
      </td>
      <td className="dash-num">
        <time dateTime={row.createdAt} title={fullTime(row.createdAt, locale)}>
          {shortDay(row.createdAt, locale)}
        </time>
      </td>
      <td className="dash-num">
        <time dateTime={row.lastActivity} title={fullTime(row.lastActivity, locale)}>
          {f.relative(row.lastActivity)}
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
  const signature = styles.map((style) => `${style.key}\u0000${style.label}\u0000${style.labelAr}\u0000${style.color}`).join('\u0001');
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
  const verdictStyles = useTableVerdictStyles(rows);
  const onClick = useInAppLinks();
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const language = useLingui().i18n.locale;
  // One set for every row, new only when the language or digits change (the rows are memoised on it).
  const text = useMemo<TableText>(() => ({ t, f, language, locale }), [t, f, language, locale]);
  return (
    // The handler only follows links (each focusable and operable by keyboard itself); the region is not interactive.
    <div className="dash-table-wrap" role="region" aria-labelledby="dash-articles-heading" tabIndex={0} onClick={onClick}>
      <table className="dash-table" data-testid="dashboard-table">
        <caption className="visually-hidden">
          {t(SORT_CAPTIONS[sort], { order: query.order })}
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
              {t('dashboard.column.title')}
            </SortHeader>
            <SortHeader column="language" query={query} onSort={onSort}>
              {t('dashboard.column.language')}
            </SortHeader>
            <SortHeader column="claims" query={query} onSort={onSort} className="dash-num">
              {t('dashboard.column.claims')}
            </SortHeader>
            <SortHeader column="progress" query={query} onSort={onSort}>
              {t('dashboard.column.progress')}
            </SortHeader>
            <SortHeader column="verdicts" query={query} onSort={onSort}>
              {t('dashboard.column.verdicts')}
            </SortHeader>
            <SortHeader column="statuses" query={query} onSort={onSort}>
              {t('dashboard.column.statuses')}
            </SortHeader>
            <SortHeader column="reviewers" query={query} onSort={onSort}>
              {t('dashboard.column.reviewers')}
            </SortHeader>
            <SortHeader column="createdAt" query={query} onSort={onSort} className="dash-num">
              {t('dashboard.column.createdAt')}
            </SortHeader>
            <SortHeader column="lastActivity" query={query} onSort={onSort} className="dash-num">
              {t('dashboard.column.lastActivity')}
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ArticleRowView key={row.id} row={row} verdictStyles={verdictStyles} text={text} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
