import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { isoTimestamp, serialId } from './columns.ts';
import { users } from './users.ts';

/** Claims marked in an article (PostgreSQL twin of db/src/schema/claims.ts). */
export const claims = pgTable(
  'claims',
  {
    id: serialId('id'),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    start: integer('start'),
    end: integer('end'),
    quote: text('quote').notNull(),
    prefix: text('prefix').notNull(),
    suffix: text('suffix').notNull(),
    claimant: text('claimant'),
    kind: text('kind', { enum: ['factual', 'statistic', 'quote', 'prediction', 'opinion'] }).notNull().default('factual'),
    anchorStatus: text('anchor_status', { enum: ['anchored', 'modified', 'normalised', 'fuzzy', 'orphaned'] })
      .notNull()
      .default('anchored'),
    anchorRevision: integer('anchor_revision').notNull().default(1),
    previousQuote: text('previous_quote'),
    suggestedStart: integer('suggested_start'),
    suggestedEnd: integer('suggested_end'),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'changes_requested'] })
      .notNull()
      .default('draft'),
    statusNote: text('status_note'),
    statusChangedAt: isoTimestamp('status_changed_at'),
    statusChangedBy: integer('status_changed_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    rating: text('rating'),
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: isoTimestamp('published_at'),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('claims_article_span_unique').on(table.articleId, table.start, table.end),
    // SQLite has it from the hand-written migration 0004 only (its drizzle schema does not declare it).
    index('claims_article_status_rating_idx').on(table.articleId, table.status, table.rating),
    index('claims_activity_idx').on(table.articleId, table.updatedAt),
    check(
      'claims_span_check',
      sql`(${table.start} IS NULL AND ${table.end} IS NULL) OR (${table.start} >= 0 AND ${table.end} > ${table.start})`,
    ),
  ],
);

/** The dashboard's counts per (article, reviewer, status, rating), kept by triggers (twin of db/src/schema/claims.ts, ADR 027). */
export const claimTallies = pgTable(
  'claim_tallies',
  {
    articleId: integer('article_id').notNull(),
    reviewerId: integer('reviewer_id').notNull(),
    status: text('status').notNull(),
    rating: text('rating').notNull(),
    /** The claim kind (ADR 033: the dashboard filters by it). */
    kind: text('kind').notNull(),
    claims: integer('claims').notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.reviewerId, table.status, table.rating, table.kind] })],
);

/** The compact claim index's version per article, bumped by triggers (twin of db/src/schema/claims.ts, ADR 035). */
export const claimIndexVersions = pgTable('claim_index_versions', {
  articleId: integer('article_id').primaryKey(),
  version: integer('version').notNull(),
});

/** One verdict per claim. */
export const verdicts = pgTable(
  'verdicts',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id, { onDelete: 'cascade' }),
    rating: text('rating').notNull(),
    rationale: text('rationale').notNull(),
    setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
    confidence: text('confidence'),
    /** A day as YYYY-MM-DD text, as on SQLite (compared as text; the service validates it). */
    recheckOn: text('recheck_on'),
    /** When an editor marked the verdict outdated (Snopes' "Outdated": facts moved on since); null while current. A new verdict clears it. */
    outdatedAt: isoTimestamp('outdated_at'),
    /** Why it is outdated. */
    outdatedNote: text('outdated_note'),
    /** Who marked it. */
    outdatedBy: integer('outdated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('verdicts_rating_idx').on(table.rating), index('verdicts_recheck_idx').on(table.recheckOn)],
);

/** An opinion claim rests on factual claims of the same article (PostgreSQL twin; ADR 033). */
export const claimLinks = pgTable(
  'claim_links',
  {
    opinionClaimId: integer('opinion_claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    restsOnClaimId: integer('rests_on_claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: isoTimestamp('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.opinionClaimId, table.restsOnClaimId] }), index('claim_links_rests_on_idx').on(table.restsOnClaimId)],
);
