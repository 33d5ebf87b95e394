import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { articles } from './articles.ts';
import { users } from './users.ts';

/** Claims marked in an article: a W3C TextPosition + TextQuote selector pair. */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** UTF-16 code-unit offsets into the article's NFC text, end exclusive; null while not attached. */
    start: integer('start'),
    end: integer('end'),
    quote: text('quote').notNull(),
    prefix: text('prefix').notNull(),
    suffix: text('suffix').notNull(),
    claimant: text('claimant'),
    /** factual | statistic | quote | prediction | opinion (shared CLAIM_KINDS). */
    kind: text('kind', { enum: ['factual', 'statistic', 'quote', 'prediction', 'opinion'] })
      .notNull()
      .default('factual'),
    /** anchored | modified | normalised | fuzzy | orphaned (shared ANCHOR_STATUSES). */
    anchorStatus: text('anchor_status', { enum: ['anchored', 'modified', 'normalised', 'fuzzy', 'orphaned'] })
      .notNull()
      .default('anchored'),
    /** The revision the claim was last anchored against. */
    anchorRevision: integer('anchor_revision').notNull().default(1),
    /** For a modified or normalised claim: its quote before the edit. */
    previousQuote: text('previous_quote'),
    /** For a fuzzy claim: the suggested span in the current text. */
    suggestedStart: integer('suggested_start'),
    suggestedEnd: integer('suggested_end'),
    /** draft | submitted | approved | changes_requested (shared CLAIM_STATUSES). */
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'changes_requested'] })
      .notNull()
      .default('draft'),
    /** The editor's note (changes requested) or reason (reopened) of the last transition. */
    statusNote: text('status_note'),
    statusChangedAt: text('status_changed_at'),
    statusChangedBy: integer('status_changed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who marked the claim. */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Copy of the verdict's rating (null when unrated), kept in step by the verdict writes, so summaries need no join. */
    rating: text('rating'),
    /** The reviewer the claim is assigned to, if assigned singly. */
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** When the claim was first published; a published claim changes only through a reopen, which records a correction. */
    publishedAt: text('published_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    // Also serves reading-order listing of an article's claims.
    uniqueIndex('claims_article_span_unique').on(table.articleId, table.start, table.end),
    // An article's last claim activity, read by the dashboard as one index seek per article (ADR 027).
    index('claims_activity_idx').on(table.articleId, table.updatedAt),
    check(
      'claims_span_check',
      sql`(${table.start} IS NULL AND ${table.end} IS NULL) OR (${table.start} >= 0 AND ${table.end} > ${table.start})`,
    ),
  ],
);

/**
 * How many claims each article has per (reviewer, status, rating, kind): the dashboard's
 * counts, kept by triggers on `claims` (migration 0009), so the dashboard reads
 * these rows and never the claims (ADR 027). The reviewer is
 * coalesce(assignee, creator), 0 when neither; an unrated claim has rating ''.
 * A cache of `claims`: no foreign keys, rows with no claims are deleted.
 */
export const claimTallies = sqliteTable(
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

/**
 * A counter per article that every write to its claims bumps (triggers on `claims`; verdict and source writes touch
 * their claim, ADR 015), ADR 035: the compact claim index's ETag, so a 304 is answered without building the index.
 * A cache with no foreign key; its row outlives the article, so a reused id never meets an old count.
 */
export const claimIndexVersions = sqliteTable('claim_index_versions', {
  articleId: integer('article_id').primaryKey(),
  version: integer('version').notNull(),
});

/** One verdict per claim: a rating key of the scale and the rationale. */
export const verdicts = sqliteTable(
  'verdicts',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id, { onDelete: 'cascade' }),
    rating: text('rating').notNull(),
    rationale: text('rationale').notNull(),
    /** Who last set the verdict: they may not approve the claim (separation of duties). */
    setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
    /** How sure the rater is: high | medium | low (shared VERDICT_CONFIDENCES); null when not stated. */
    confidence: text('confidence', { enum: ['high', 'medium', 'low'] }),
    /** The day (YYYY-MM-DD) the verdict should be checked again; null when it need not be. */
    recheckOn: text('recheck_on'),
    /** When an editor marked the verdict outdated (Snopes' "Outdated": facts moved on since); null while current. A new verdict clears it. */
    outdatedAt: text('outdated_at'),
    /** Why it is outdated. */
    outdatedNote: text('outdated_note'),
    /** Who marked it. */
    outdatedBy: integer('outdated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  // Answers "is this rating in use, and by how many verdicts" from the index alone (the rating scale's tally keys).
  (table) => [index('verdicts_rating_idx').on(table.rating), index('verdicts_recheck_idx').on(table.recheckOn)],
);

/**
 * An opinion claim rests on factual claims of the same article (issue #16, ADR 033): the rule
 * Meta's fact-checking programme applies to opinion pieces. Both ends cascade with their claims.
 */
export const claimLinks = sqliteTable(
  'claim_links',
  {
    opinionClaimId: integer('opinion_claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    restsOnClaimId: integer('rests_on_claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
  },
  // The reverse index serves the cascade from a deleted factual claim.
  (table) => [primaryKey({ columns: [table.opinionClaimId, table.restsOnClaimId] }), index('claim_links_rests_on_idx').on(table.restsOnClaimId)],
);
