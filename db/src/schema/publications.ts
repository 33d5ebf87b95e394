import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';
import { users } from './users.ts';

/**
 * Each time an editor publishes an article's fact-check: the published report
 * as it went out (JSON of shared ReportSchema, kind "published"), so later work
 * never changes what readers were shown.
 */
export const publications = sqliteTable(
  'publications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** 1 for the first publication of the article, then 2, 3... */
    number: integer('number').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
    /** The report snapshot (JSON). */
    report: text('report').notNull(),
  },
  (table) => [uniqueIndex('publications_article_number_unique').on(table.articleId, table.number)],
);

/**
 * A change to a published claim: recorded when an editor reopens it (with the
 * reason), published with the next publication of the article.
 */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The corrected claim; kept as a number when the claim is later deleted. */
    claimId: integer('claim_id').references(() => claims.id, { onDelete: 'set null' }),
    /** The claim's quote when it was reopened. */
    quote: text('quote').notNull(),
    /** Why it was reopened: the correction's text. */
    reason: text('reason').notNull(),
    /** The rating published before the correction. */
    ratingBefore: text('rating_before'),
    /** The rating published by the correction; null when the claim was withdrawn. Set on publication. */
    ratingAfter: text('rating_after'),
    reopenedAt: text('reopened_at').notNull(),
    reopenedBy: integer('reopened_by').references(() => users.id, { onDelete: 'set null' }),
    /** The publication that carried the correction; null while pending. */
    publicationId: integer('publication_id').references(() => publications.id, { onDelete: 'cascade' }),
  },
  (table) => [index('corrections_article_idx').on(table.articleId), index('corrections_claim_idx').on(table.claimId)],
);
