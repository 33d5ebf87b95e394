import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.ts';
import { users } from './users.ts';

/**
 * Check-worthiness suggestions a reviewer dismissed (issue #17, ADR 032).
 * Suggestions themselves are computed from the article's text on demand; a
 * dismissal is keyed by the sentence's text (`quoteHash`, SHA-256 of the NFC
 * sentence), not by its offsets, so it survives edits elsewhere in the
 * article. `start`/`end` record where the sentence was when dismissed.
 */
export const suggestionDismissals = sqliteTable(
  'suggestion_dismissals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    quoteHash: text('quote_hash').notNull(),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    dismissedBy: integer('dismissed_by').references(() => users.id, { onDelete: 'set null' }),
    dismissedAt: text('dismissed_at').notNull(),
  },
  (table) => [uniqueIndex('suggestion_dismissals_article_quote_unique').on(table.articleId, table.quoteHash)],
);
