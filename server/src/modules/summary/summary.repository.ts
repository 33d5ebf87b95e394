import { type SQL, sql } from 'drizzle-orm';
import { type Dialect, dialectOf, rawRows } from '@sanad/db/backend';
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

/** Names of the tally columns for `keyCount` rating keys (approved claims are `s_approved`). */
function tallyColumns(keyCount: number): string[] {
  return [
    'claims',
    'v_unrated',
    ...Array.from({ length: keyCount }, (_, index) => verdictColumn(index)),
    ...CLAIM_STATUSES.map((status) => `s_${status}`),
  ];
}

/**
 * Counts over the filtered tally rows of one group (ADR 027): each row of
 * `claim_tallies` counts the claims of one (article, reviewer, status,
 * rating, kind), so a group's figures are sums of its rows. Each rating key is a
 * bound parameter; an unrated claim is counted under rating ''.
 */
function groupTallies(keys: readonly string[]): SQL {
  return sql.join(
    [
      sql.raw(`sum(t.claims) AS claims, sum(t.claims) FILTER (WHERE t.rating = '') AS "v_unrated"`),
      ...keys.map((key, index) => sql`sum(t.claims) FILTER (WHERE t.rating = ${key}) AS ${sql.raw(`"${verdictColumn(index)}"`)}`),
      // Statuses are a fixed enum of the code, not data.
      sql.raw(CLAIM_STATUSES.map((status) => `sum(t.claims) FILTER (WHERE t.status = '${status}') AS "s_${status}"`).join(', ')),
    ],
    sql`, `,
  );
}

/**
 * A rating still hidden from someone by a blind double rating (ADR 034) counts as unrated on the
 * dashboard, for everyone, until both ratings are in: `claim_tallies` counts the verdict's rating
 * as soon as it is set, so each such claim gives two correction rows in the tallies' shape, -1 under
 * its rating and +1 under ''. Only claims whose second rating is still awaited are read (by
 * primary key, one per pending requirement), never the article's other claims.
 */
function hiddenRatingRows(): SQL {
  const pending = sql.raw(`FROM second_ratings s JOIN claims hc ON hc.id = s.claim_id
        WHERE s.required AND s.completed_at IS NULL AND hc.rating IS NOT NULL`);
  const keys = sql.raw('hc.article_id, coalesce(hc.assignee_id, hc.created_by, 0) AS reviewer_id, hc.status AS status');
  return sql`SELECT ${keys}, hc.rating AS rating, hc.kind AS kind, -1 AS claims ${pending}
        UNION ALL
        SELECT ${keys}, '' AS rating, hc.kind AS kind, 1 AS claims ${pending}`;
}

/** Sums of the group counts, for any coarser grouping of `g` (PostgreSQL's sum of a bigint is numeric: cast back). */
function sums(keyCount: number, dialect: Dialect): SQL {
  const sum = (column: string) => (dialect === 'postgres' ? `cast(coalesce(sum(g."${column}"), 0) as integer)` : `coalesce(sum(g."${column}"), 0)`);
  return sql.raw(tallyColumns(keyCount).map((column) => `${sum(column)} AS "${column}"`).join(', '));
}

/** The given conditions joined with AND; true when there are none. */
function allOf(conditions: SQL[], dialect: Dialect = 'sqlite'): SQL {
  return conditions.length === 0 ? (dialect === 'postgres' ? sql`true` : sql`1`) : sql.join(conditions, sql` AND `);
}

/** A timestamp column as the ISO text the app stores on SQLite (`toISOString()` form). */
const PG_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

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

/** SORT_SQL on PostgreSQL: no NOCASE collation, so case is folded with lower(). */
const SORT_SQL_PG: Record<Filters['sort'], string> = { ...SORT_SQL, title: 'lower(title)', reviewers: 'lower(reviewer_sort)' };

/** One row of tallies as the database returns it (PostgreSQL: counts are cast to integer). */
export type TallyRow = Record<string, number | string | null>;

/** The three parts of the dashboard, from one query. */
export interface OverviewRows {
  articles: TallyRow[];
  total: TallyRow;
  reviewers: TallyRow[];
}

/**
 * The dashboard statement: per-article rows, totals and reviewer workload in
 * one query. The filtered rows of `claim_tallies` are summed per (article,
 * reviewer) into `g`, and the three results are sums over `g`. `ratingKeys` are
 * the keys counted, each in column `verdictColumn(i)` of its index; claims
 * without a verdict are in `v_unrated`. Exported for the query-plan test.
 */
export function overviewStatement(filters: Filters, ratingKeys: readonly string[], dialect: Dialect = 'sqlite'): SQL {
  const pg = dialect === 'postgres';
  const tallies = groupTallies(ratingKeys);
  const totals = sums(ratingKeys.length, dialect);
  // PostgreSQL stores timestamps as timestamptz: compare dates and answer in the ISO text SQLite stores.
  const createdDay = pg ? sql.raw(`to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`) : sql.raw('substr(a.created_at, 1, 10)');
  // Only the filters given reach the SQL, each value a bound parameter: a filter left out costs
  // nothing per claim.
  const articleConditions: SQL[] = [];
  if (filters.language !== undefined) articleConditions.push(sql`a.language = ${filters.language}`);
  if (filters.from !== undefined) articleConditions.push(sql`${createdDay} >= ${filters.from}`);
  if (filters.to !== undefined) articleConditions.push(sql`${createdDay} <= ${filters.to}`);
  const claimConditions: SQL[] = [];
  if (filters.status !== undefined) claimConditions.push(sql`t.status = ${filters.status}`);
  if (filters.verdict !== undefined) claimConditions.push(sql`t.rating = ${filters.verdict === UNRATED_KEY ? '' : filters.verdict}`);
  if (filters.reviewer !== undefined) claimConditions.push(sql`t.reviewer_id = ${filters.reviewer}`);
  if (filters.kind !== undefined) claimConditions.push(sql`t.kind = ${filters.kind}`);
  const articleFilter = allOf(articleConditions, dialect);
  // h: the correction rows of ratings still hidden (hiddenRatingRows) under the same filters, summed as g is;
  // gh: what the three results sum, g and h together.
  const hiddenCorrections = sql`h AS (
      SELECT a.id AS article_id, t.reviewer_id AS reviewer, ${tallies}
      FROM articles a JOIN (${hiddenRatingRows()}) t ON t.article_id = a.id
      WHERE ${allOf([...articleConditions, ...claimConditions], dialect)}
      GROUP BY a.id, t.reviewer_id
    ),
    gh AS (SELECT * FROM g UNION ALL SELECT * FROM h)`;
  const claimFiltered = claimConditions.length > 0;
  // PostgreSQL sorts NULL as the largest value, SQLite as the smallest: say so, to sort the same on both.
  const direction = filters.order === 'asc' ? (pg ? 'ASC NULLS FIRST' : 'ASC') : pg ? 'DESC NULLS LAST' : 'DESC';
  const order = sql.raw(`kind, ${(pg ? SORT_SQL_PG : SORT_SQL)[filters.sort]} ${direction}, key DESC${pg ? ' NULLS LAST' : ''}`);
  if (pg) {
    // The same statement in PostgreSQL's SQL: JOIN (CROSS JOIN takes no ON), greatest() for the scalar max(),
    // fa.name grouped (it is one row per article), a named derived table, ISO text for the timestamps.
    return sql`
    WITH g AS MATERIALIZED (
      SELECT a.id AS article_id, t.reviewer_id AS reviewer, ${tallies}
      FROM articles a JOIN claim_tallies t ON t.article_id = a.id
      WHERE ${allOf([...articleConditions, ...claimConditions], dialect)}
      GROUP BY a.id, t.reviewer_id
    ),
    ${hiddenCorrections},
    first_assignee AS (
      SELECT aa.article_id, min(u.name) AS name
      FROM article_assignees aa JOIN users u ON u.id = aa.user_id
      GROUP BY aa.article_id
    ),
    per_article AS (
      SELECT 'article' AS kind, a.id AS key, a.title AS title, a.language AS language,
             to_char(a.created_at AT TIME ZONE 'UTC', ${sql.raw(PG_ISO)}) AS created_at,
             to_char(greatest(a.updated_at, (SELECT max(c.updated_at) FROM claims c WHERE c.article_id = a.id)) AT TIME ZONE 'UTC', ${sql.raw(PG_ISO)}) AS last_activity,
             NULL AS reviewer_name, NULL AS reviewer_role, fa.name AS reviewer_sort,
             ${totals}
      FROM articles a
      LEFT JOIN gh AS g ON g.article_id = a.id
      LEFT JOIN first_assignee fa ON fa.article_id = a.id
      WHERE ${articleFilter}
      GROUP BY a.id, fa.name
      HAVING ${claimFiltered ? sql`coalesce(sum(g.claims), 0) > 0` : sql`true`}
    )
    SELECT *, CASE WHEN claims = 0 THEN -1 ELSE 1.0 * "s_approved" / claims END AS progress FROM (
      SELECT * FROM per_article
      UNION ALL
      SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${totals} FROM gh AS g
      UNION ALL
      SELECT 'workload', u.id, NULL, NULL, NULL, NULL, u.name, u.role, NULL, ${totals}
      FROM gh AS g JOIN users u ON u.id = g.reviewer
      GROUP BY u.id
    ) AS t
    ORDER BY ${order}`;
  }
  // g: the filtered tally rows summed per (article, reviewer). Articles are scanned in id order and
  // each one's tally rows read in primary-key order, so the grouping streams without a sort; no
  // claim is read (ADR 027). An article's last activity is its own or its newest claim's, one
  // seek of claims_activity_idx per article listed, whatever the claim filters.
  return sql`
    WITH g AS MATERIALIZED (
      SELECT a.id AS article_id, t.reviewer_id AS reviewer, ${tallies}
      FROM articles a CROSS JOIN claim_tallies t ON t.article_id = a.id
      WHERE ${allOf([...articleConditions, ...claimConditions])}
      GROUP BY a.id, t.reviewer_id
    ),
    ${hiddenCorrections},
    first_assignee AS (
      SELECT aa.article_id, min(u.name) AS name
      FROM article_assignees aa JOIN users u ON u.id = aa.user_id
      GROUP BY aa.article_id
    ),
    per_article AS (
      SELECT 'article' AS kind, a.id AS key, a.title AS title, a.language AS language, a.created_at AS created_at,
             max(a.updated_at, coalesce((SELECT max(c.updated_at) FROM claims c WHERE c.article_id = a.id), '')) AS last_activity,
             NULL AS reviewer_name, NULL AS reviewer_role, fa.name AS reviewer_sort,
             ${totals}
      FROM articles a
      LEFT JOIN gh AS g ON g.article_id = a.id
      LEFT JOIN first_assignee fa ON fa.article_id = a.id
      WHERE ${articleFilter}
      GROUP BY a.id
      HAVING ${claimFiltered ? sql`coalesce(sum(g.claims), 0) > 0` : sql`1`}
    )
    SELECT *, CASE WHEN claims = 0 THEN -1 ELSE 1.0 * "s_approved" / claims END AS progress FROM (
      SELECT * FROM per_article
      UNION ALL
      SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${totals} FROM gh AS g
      UNION ALL
      SELECT 'workload', u.id, NULL, NULL, NULL, NULL, u.name, u.role, NULL, ${totals}
      FROM gh AS g JOIN users u ON u.id = g.reviewer
      GROUP BY u.id
    )
    ORDER BY ${order}`;
}

/**
 * Dashboard figures, computed by the database in aggregate queries (never by looping
 * over claims in JavaScript). Filters are bound parameters.
 */
export class SummaryRepository {
  constructor(private readonly db: Db) {}

  /** Per-article rows, totals and reviewer workload from `overviewStatement`, split by kind. */
  async overview(filters: Filters, ratingKeys: readonly string[]): Promise<OverviewRows> {
    const rows = await rawRows<TallyRow & { kind: string }>(this.db, overviewStatement(filters, ratingKeys, dialectOf(this.db)));
    return {
      articles: rows.filter((row) => row.kind === 'article'),
      total: rows.find((row) => row.kind === 'total') ?? {},
      reviewers: rows.filter((row) => row.kind === 'workload'),
    };
  }

  /** One article's claims in reading order with verdict, rationale excerpt, source counts by stance, status and reviewer. */
  async claimsOf(articleId: number): Promise<TallyRow[]> {
    if (dialectOf(this.db) === 'postgres') {
      // PostgreSQL: counts with FILTER (no sums of booleans), cast from bigint; every selected column grouped.
      return rawRows<TallyRow>(
        this.db,
        sql`
      SELECT c.id, c.quote, c.start, c.status, v.rating,
             substr(v.rationale, 1, 280) AS rationale_excerpt, length(v.rationale) AS rationale_length,
             u.id AS reviewer_id, u.name AS reviewer_name, u.role AS reviewer_role,
             cast(count(cs.id) FILTER (WHERE cs.stance = 'supports') as integer) AS supports,
             cast(count(cs.id) FILTER (WHERE cs.stance = 'contradicts') as integer) AS contradicts,
             cast(count(cs.id) FILTER (WHERE cs.stance = 'context') as integer) AS context
      FROM claims c
      LEFT JOIN verdicts v ON v.claim_id = c.id
      LEFT JOIN users u ON u.id = coalesce(c.assignee_id, c.created_by)
      LEFT JOIN claim_sources cs ON cs.claim_id = c.id
      WHERE c.article_id = ${articleId}
      GROUP BY c.id, v.claim_id, u.id
      ORDER BY c.start IS NULL, c.start, c.end, c.id`,
      );
    }
    return rawRows<TallyRow>(this.db, sql`
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
