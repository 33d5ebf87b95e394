import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { claims } from './claims.ts';
import { isoTimestamp, serialId } from './columns.ts';

/** Source documents (PostgreSQL twin of db/src/schema/sources.ts). */
export const sources = pgTable(
  'sources',
  {
    id: serialId('id'),
    url: text('url').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    /** A calendar date typed by a user (YYYY-MM-DD), so text, not a timestamp. */
    publishedAt: text('published_at'),
    origin: text('origin'),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  // A unique index, not a UNIQUE constraint: the same object SQLite's `.unique()` creates.
  (table) => [uniqueIndex('sources_url_unique').on(table.url)],
);

/** A source cited by a claim. */
export const claimSources = pgTable(
  'claim_sources',
  {
    id: serialId('id'),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    stance: text('stance', { enum: ['supports', 'contradicts', 'context'] }).notNull(),
    excerpt: text('excerpt'),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('claim_sources_claim_source_unique').on(table.claimId, table.sourceId),
    index('claim_sources_source_idx').on(table.sourceId),
  ],
);
