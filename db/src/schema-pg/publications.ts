import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';
import { isoTimestamp, serialId } from './columns.ts';
import { users } from './users.ts';

/** Each publication of an article's fact-check (PostgreSQL twin of db/src/schema/publications.ts). */
export const publications = pgTable(
  'publications',
  {
    id: serialId('id'),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    publishedAt: isoTimestamp('published_at').notNull(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
    /** The report snapshot: JSON text, as on SQLite. */
    report: text('report').notNull(),
  },
  (table) => [uniqueIndex('publications_article_number_unique').on(table.articleId, table.number)],
);

/** A change to a published claim. */
export const corrections = pgTable(
  'corrections',
  {
    id: serialId('id'),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    claimId: integer('claim_id').references(() => claims.id, { onDelete: 'set null' }),
    quote: text('quote').notNull(),
    reason: text('reason').notNull(),
    ratingBefore: text('rating_before'),
    ratingAfter: text('rating_after'),
    reopenedAt: isoTimestamp('reopened_at').notNull(),
    reopenedBy: integer('reopened_by').references(() => users.id, { onDelete: 'set null' }),
    publicationId: integer('publication_id').references(() => publications.id, { onDelete: 'cascade' }),
  },
  (table) => [index('corrections_article_idx').on(table.articleId), index('corrections_claim_idx').on(table.claimId)],
);
