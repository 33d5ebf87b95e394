import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { UNRATED_KEY } from '@sanad/shared/rating-scale';
import type { SummaryQuery } from '@sanad/shared/schemas/summary';
import { CLAIM_STATUSES } from '@sanad/shared/schemas/workflow';
import type { z } from 'zod';
import type { SummaryQuerySchema } from '@sanad/shared/schemas/summary';

type Filters = z.output<typeof SummaryQuerySchema>;

/**
 * The column of the i-th counted rating key. Columns are named by position,
 * never by key: keys are data (admins add ratings) and reach SQL only as bound
 * parameters.
 */
export function verdictColumn(index: number): string {
  return `v_${index}`;
}

/** Names of the tally columns for `keyCount` rating keys. */
function tallyColumns(keyCount: number): string[] {
  return [
    'claims',
    'approved',
    'v_unrated',
    ...Array.from({ length: keyCount }, (_, index) => verdictColumn(index)),
    ...CLAIM_STATUSES.map((status) => `s_${status}`),
  ];
}

/** Counts over the filtered claims of one (article, reviewer) group; each rating key is a bound parameter. */
function groupTallies(keys: readonly string[]): SQL {
  return sql.join(
    [
      sql.raw(`count(*) AS claims, sum(c.status = 'approved') AS approved, sum(c.rating IS NULL) AS "v_unrated"`),
      ...keys.map((key, index) => sql`sum(c.rating IS ${key}) AS ${sql.raw(`"${verdictColumn(index)}"`)}`),
      // Statuses are a fixed enum of the code, not data.
      sql.raw(CLAIM_STATUSES.map((status) => `sum(c.status = '${status}') AS "s_${status}"`).join(', ')),
    ],
    sql`, `,
  );
}

/** Sums of the group counts, for any coarser grouping of `g`. */
function sums(keyCount: number): SQL {
  return sql.raw(tallyColumns(keyCount).map((column) => `coalesce(sum(g."${column}"), 0) AS "${column}"`).join(', '));
}

/** Sort keys mapped to fixed result columns (the query's sort is a validated enum, never spliced as given). */
const SORT_SQL: Record<Filters['sort'], string> = {
  title: 'title COLLATE NOCASE',
  language: 'language',
  claims: 'claims',
  progress: 'progress',
  verdicts: 'claims - "v_unrated"',
  statuses: '"s_submitted"',
  reviewers: 'reviewer_sort COLLATE NOCASE',
  lastActivity: 'last_activity',
  createdAt: 'created_at',
};

/** One row of tallies as SQLite returns it. */
export type TallyRow = Record<string, number | string | null>;

/** The three parts of the dashboard, from one query. */
export interface OverviewRows {
  articles: TallyRow[];
  total: TallyRow;
  reviewers: TallyRow[];
}

/**
 * Dashboard figures, computed by SQLite in aggregate queries (never by looping
 * over claims in JavaScript). Filters are bound parameters.
 */
export class SummaryRepository {
  constructor(private readonly db: Db) {}

  /**
   * Per-article rows, totals and reviewer workload in one statement: the
   * filtered claims are counted once per (article, reviewer) into `g`, and the
   * three results are sums over `g`. `ratingKeys` are the keys counted, each
   * in column `verdictColumn(i)` of its index; claims without a verdict are in `v_unrated`.
   */
  async overview(filters: Filters, ratingKeys: readonly string[]): Promise<OverviewRows> {
    const language = filters.language ?? null;
    const from = filters.from ?? null;
    const to = filters.to ?? null;
    const status = filters.status ?? null;
    const verdict = filters.verdict ?? null;
    const tallies = groupTallies(ratingKeys);
    const totals = sums(ratingKeys.length);
    const reviewer = filters.reviewer ?? null;
    const claimFiltered = status !== null || verdict !== null || reviewer !== null;
    const order = sql.raw(`kind, ${SORT_SQL[filters.sort]} ${filters.order === 'asc' ? 'ASC' : 'DESC'}, key DESC`);
    const rows = this.db.all<TallyRow & { kind: string }>(sql`
      WITH fa AS MATERIALIZED (
        SELECT a.id, a.title, a.language, a.created_at, a.updated_at FROM articles a
        WHERE (${language} IS NULL OR a.language = ${language})
          AND (${from} IS NULL OR substr(a.created_at, 1, 10) >= ${from})
          AND (${to} IS NULL OR substr(a.created_at, 1, 10) <= ${to})
      ),
      g AS MATERIALIZED (
        SELECT c.article_id, coalesce(c.assignee_id, c.created_by) AS reviewer, max(c.updated_at) AS activity, ${tallies}
        FROM claims c
        JOIN fa ON fa.id = c.article_id
        WHERE (${status} IS NULL OR c.status = ${status})
          AND (${verdict} IS NULL OR coalesce(c.rating, ${UNRATED_KEY}) = ${verdict})
          AND (${reviewer} IS NULL OR coalesce(c.assignee_id, c.created_by) = ${reviewer})
        GROUP BY c.article_id, reviewer
      ),
      per_article AS (
        SELECT 'article' AS kind, fa.id AS key, fa.title AS title, fa.language AS language, fa.created_at AS created_at,
               max(fa.updated_at, coalesce(max(g.activity), '')) AS last_activity,
               NULL AS reviewer_name, NULL AS reviewer_role,
               (SELECT min(u.name) FROM article_assignees aa JOIN users u ON u.id = aa.user_id WHERE aa.article_id = fa.id) AS reviewer_sort,
               ${totals}
        FROM fa LEFT JOIN g ON g.article_id = fa.id
        GROUP BY fa.id
        HAVING ${claimFiltered ? sql`coalesce(sum(g.claims), 0) > 0` : sql`1`}
      )
      SELECT *, CASE WHEN claims = 0 THEN -1 ELSE 1.0 * approved / claims END AS progress FROM (
        SELECT * FROM per_article
        UNION ALL
        SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${totals} FROM g
        UNION ALL
        SELECT 'workload', u.id, NULL, NULL, NULL, NULL, u.name, u.role, NULL, ${totals}
        FROM g JOIN users u ON u.id = g.reviewer
        GROUP BY u.id
      )
      ORDER BY ${order}`);
    return {
      articles: rows.filter((row) => row.kind === 'article'),
      total: rows.find((row) => row.kind === 'total') ?? {},
      reviewers: rows.filter((row) => row.kind === 'workload'),
    };
  }

  /** One article's claims in reading order with verdict, rationale excerpt, source counts by stance, status and reviewer. */
  async claimsOf(articleId: number): Promise<TallyRow[]> {
    return this.db.all<TallyRow>(sql`
      SELECT c.id, c.quote, c.start, c.status, v.rating,
             substr(v.rationale, 1, 280) AS rationale_excerpt, length(v.rationale) AS rationale_length,
             u.id AS reviewer_id, u.name AS reviewer_name, u.role AS reviewer_role,
             coalesce(sum(cs.stance = 'supports'), 0) AS supports,
             coalesce(sum(cs.stance = 'contradicts'), 0) AS contradicts,
             coalesce(sum(cs.stance = 'context'), 0) AS context
      FROM claims c
      LEFT JOIN verdicts v ON v.claim_id = c.id
      LEFT JOIN users u ON u.id = coalesce(c.assignee_id, c.created_by)
      LEFT JOIN claim_sources cs ON cs.claim_id = c.id
      WHERE c.article_id = ${articleId}
      GROUP BY c.id
      ORDER BY c.start IS NULL, c.start, c.end, c.id`);
  }
}

export type { SummaryQuery };
