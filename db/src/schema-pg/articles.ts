import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { isoTimestamp, serialId } from './columns.ts';

/** Articles under review (PostgreSQL twin of db/src/schema/articles.ts). */
export const articles = pgTable('articles', {
  id: serialId('id'),
  title: text('title').notNull(),
  text: text('text').notNull(),
  language: text('language').notNull(),
  direction: text('direction', { enum: ['ltr', 'rtl'] }).notNull(),
  /** Number of the current revision of `text` (article_revisions.number). */
  revision: integer('revision').notNull().default(1),
  author: text('author'),
  outlet: text('outlet'),
  /** A calendar date typed by a user (YYYY-MM-DD), so text, not a timestamp. */
  publishedOn: text('published_on'),
  url: text('url'),
  /** Whether its claims need a second, independent rating (ADR 034); set from the organisation's default when the article is added. */
  doubleRating: boolean('double_rating').notNull().default(false),
  createdAt: isoTimestamp('created_at').notNull(),
  updatedAt: isoTimestamp('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** Every saved version of an article's text. */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serialId('id'),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    /** JSON text, as on SQLite. */
    reanchorCounts: text('reanchor_counts'),
    createdBy: integer('created_by'),
    createdAt: isoTimestamp('created_at').notNull(),
  },
  (table) => [uniqueIndex('article_revisions_article_number_unique').on(table.articleId, table.number)],
);

/** Key-value facts about the database itself. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: isoTimestamp('updated_at').notNull().default(sql`now()`),
});
