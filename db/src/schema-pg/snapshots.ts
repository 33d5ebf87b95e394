import { customType, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { isoTimestamp, serialId } from './columns.ts';
import { sources } from './sources.ts';
import { users } from './users.ts';

/** Bytes: `bytea` in PostgreSQL, a Buffer in JavaScript (SQLite's `blob` in buffer mode). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/** Snapshots of a source's page (PostgreSQL twin of db/src/schema/snapshots.ts). */
export const sourceSnapshots = pgTable(
  'source_snapshots',
  {
    id: serialId('id'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'ok', 'failed'] }).notNull(),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: isoTimestamp('requested_at').notNull(),
    fetchedAt: isoTimestamp('fetched_at'),
    httpStatus: integer('http_status'),
    errorCode: text('error_code'),
    finalUrl: text('final_url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedOn: text('published_on'),
    text: text('text'),
    rawHtmlGzip: bytea('raw_html_gzip'),
    rawBytes: integer('raw_bytes'),
    contentHash: text('content_hash'),
  },
  (table) => [index('source_snapshots_source_idx').on(table.sourceId, table.id)],
);
