import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { claims } from './claims.ts';

/** Source documents, stored once per normalised URL. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull().unique(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  publishedAt: text('published_at'),
  /** Where the content comes from when not from the publisher alone (a wire story, a ministry): sources of one origin are not independent. */
  origin: text('origin'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** A source cited by a claim, with the claim-specific stance and excerpt. */
export const claimSources = sqliteTable(
  'claim_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    stance: text('stance', { enum: ['supports', 'contradicts', 'context'] }).notNull(),
    excerpt: text('excerpt'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('claim_sources_claim_source_unique').on(table.claimId, table.sourceId),
    index('claim_sources_source_idx').on(table.sourceId),
  ],
);
