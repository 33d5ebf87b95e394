import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';

/**
 * One searchable field of an article, claim or attached source. Its search
 * form (Arabic-normalised) lives in the FTS5 table `search_fts` under the same
 * rowid; a trigger removes it when the row goes (see migrations 0001).
 */
export const searchDocs = sqliteTable(
  'search_docs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** article | claim | source */
    kind: text('kind', { enum: ['article', 'claim', 'source'] }).notNull(),
    /** Article id, claim id, or claim_sources link id. */
    refId: integer('ref_id').notNull(),
    /** title | text | quote | rationale | source_title | publisher | excerpt */
    field: text('field').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    claimId: integer('claim_id').references(() => claims.id, { onDelete: 'cascade' }),
  },
  (table) => [uniqueIndex('search_docs_ref_unique').on(table.kind, table.refId, table.field)],
);
