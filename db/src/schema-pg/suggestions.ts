import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { isoTimestamp, serialId } from './columns.ts';
import { users } from './users.ts';

/** Dismissed check-worthiness suggestions (PostgreSQL twin of db/src/schema/suggestions.ts). */
export const suggestionDismissals = pgTable(
  'suggestion_dismissals',
  {
    id: serialId('id'),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    quoteHash: text('quote_hash').notNull(),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    dismissedBy: integer('dismissed_by').references(() => users.id, { onDelete: 'set null' }),
    dismissedAt: isoTimestamp('dismissed_at').notNull(),
  },
  (table) => [uniqueIndex('suggestion_dismissals_article_quote_unique').on(table.articleId, table.quoteHash)],
);
