import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';
import { serialId } from './columns.ts';

/**
 * One searchable field of an article, claim or attached source (PostgreSQL
 * twin of db/src/schema/search.ts). Its search form lives in `search_fts`
 * under the same id (`search_fts.rowid`), created by the custom migration
 * `search_fts` in db/migrations-pg, with a `tsvector` column and GIN index.
 */
export const searchDocs = pgTable(
  'search_docs',
  {
    id: serialId('id'),
    kind: text('kind', { enum: ['article', 'claim', 'source'] }).notNull(),
    refId: integer('ref_id').notNull(),
    field: text('field').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    claimId: integer('claim_id').references(() => claims.id, { onDelete: 'cascade' }),
  },
  (table) => [uniqueIndex('search_docs_ref_unique').on(table.kind, table.refId, table.field)],
);
