import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sources } from './sources.ts';
import { users } from './users.ts';

/**
 * Snapshots of a source's page (issue #17, ADR 030): fetched in the
 * background when the source is attached and on demand, so the page the
 * claim cites is kept as it was. `pending` until the fetch ends, then `ok`
 * (text, compressed HTML, hash) or `failed` (`errorCode`, and `httpStatus`
 * when the site answered 4xx/5xx).
 */
export const sourceSnapshots = sqliteTable(
  'source_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'ok', 'failed'] }).notNull(),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: text('requested_at').notNull(),
    fetchedAt: text('fetched_at'),
    httpStatus: integer('http_status'),
    errorCode: text('error_code'),
    finalUrl: text('final_url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedOn: text('published_on'),
    text: text('text'),
    rawHtmlGzip: blob('raw_html_gzip', { mode: 'buffer' }),
    rawBytes: integer('raw_bytes'),
    contentHash: text('content_hash'),
  },
  (table) => [index('source_snapshots_source_idx').on(table.sourceId, table.id)],
);
