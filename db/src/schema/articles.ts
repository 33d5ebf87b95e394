import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Articles under review. `text` is NFC-normalised; claim offsets refer to it. */
export const articles = sqliteTable('articles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  text: text('text').notNull(),
  language: text('language').notNull(),
  direction: text('direction', { enum: ['ltr', 'rtl'] }).notNull(),
  /** Number of the current revision of `text` (article_revisions.number). */
  revision: integer('revision').notNull().default(1),
  /** Who wrote the article under review, when known. */
  author: text('author'),
  /** Where it appeared (newspaper, site, broadcaster), when known. */
  outlet: text('outlet'),
  /** Its publication date (YYYY-MM-DD), when known. */
  publishedOn: text('published_on'),
  /** Its http(s) address, when known. */
  url: text('url'),
  /** Whether its claims need a second, independent rating (ADR 034); set from the organisation's default when the article is added. */
  doubleRating: integer('double_rating', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** Every saved version of an article's text, with what re-anchoring did to its claims. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    /** JSON of claims per anchor status after this revision was saved; null for revision 1. */
    reanchorCounts: text('reanchor_counts'),
    /** Who saved it (null for seeded text); users are deactivated, never deleted. */
    createdBy: integer('created_by'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [uniqueIndex('article_revisions_article_number_unique').on(table.articleId, table.number)],
);

/** Key-value facts about the database itself, e.g. when the demo data was seeded. */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
