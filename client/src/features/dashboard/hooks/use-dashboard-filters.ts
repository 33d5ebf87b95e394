import { SummaryQuerySchema, type SUMMARY_SORTS } from '@sanad/shared/schemas/summary';
import type { z } from 'zod';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The filters a dashboard view is made of, as they appear in the URL. */
export const FILTER_NAMES = ['status', 'verdict', 'kind', 'reviewer', 'language', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SortColumn = (typeof SUMMARY_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** A dashboard view as the summary API reads it (filters parsed, sort and order always set). */
export type DashboardQuery = z.output<typeof SummaryQuerySchema>;

/** Sorting used when the URL names none (the server's default too). */
export const DEFAULT_SORT: { sort: SortColumn; order: SortOrder } = { sort: 'lastActivity', order: 'desc' };

const shape = SummaryQuerySchema.shape;

/** One URL parameter, parsed by the contract; dropped when it does not parse (a hand-edited URL cannot break the page). */
function pick<K extends keyof typeof shape>(params: URLSearchParams, key: K): z.output<(typeof shape)[K]> | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const parsed = shape[key].safeParse(raw);
  return parsed.success ? (parsed.data as z.output<(typeof shape)[K]>) : undefined;
}

/** The dashboard view a URL query names (what the page and its route loader both read). */
export function dashboardQueryFrom(params: URLSearchParams): DashboardQuery {
  return {
    status: pick(params, 'status'),
    verdict: pick(params, 'verdict'),
    kind: pick(params, 'kind'),
    reviewer: pick(params, 'reviewer'),
    language: pick(params, 'language'),
    from: pick(params, 'from'),
    to: pick(params, 'to'),
    sort: pick(params, 'sort') ?? DEFAULT_SORT.sort,
    order: pick(params, 'order') ?? DEFAULT_SORT.order,
  };
}

/**
 * The dashboard view (filters and sort) read from and written to the URL
 * query, so a view can be bookmarked and shared. A reversed date range is
 * passed on as it is: the server answers 400 naming the field, and the page
 * says so next to the filters.
 */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();

  const query = useMemo(() => dashboardQueryFrom(params), [params]);

  const active = FILTER_NAMES.filter((name) => query[name] !== undefined);

  const update = useCallback(
    (changes: Partial<Record<FilterName | 'sort' | 'order', string | undefined>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  const setFilter = useCallback((name: FilterName, value: string | undefined) => update({ [name]: value }), [update]);

  const clearFilters = useCallback(() => update(Object.fromEntries(FILTER_NAMES.map((name) => [name, undefined]))), [update]);

  /** Sorts by a column: a new column starts with its natural order; the same column flips. */
  const sortBy = useCallback(
    (column: SortColumn) => {
      const natural: SortOrder = column === 'title' || column === 'language' ? 'asc' : 'desc';
      const order: SortOrder = query.sort === column ? (query.order === 'asc' ? 'desc' : 'asc') : natural;
      update({ sort: column, order });
    },
    [query.sort, query.order, update],
  );

  return { query, active, setFilter, clearFilters, sortBy };
}
