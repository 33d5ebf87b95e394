import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';
import { IdSchema, TimestampSchema } from './common.ts';

/** Where a snapshot stands: fetching, kept, or not kept (the reason in `errorCode`). */
export const SnapshotStatusSchema = z.enum(['pending', 'ok', 'failed']);
export type SnapshotStatus = z.infer<typeof SnapshotStatusSchema>;

/** A snapshot of a source's page, without its text. */
export const SourceSnapshotSchema = z.object({
  /** Snapshot id. */
  id: IdSchema,
  /** The source it is a snapshot of. */
  sourceId: IdSchema,
  /** Fetching, kept, or failed. */
  status: SnapshotStatusSchema,
  /** When the fetch was asked for. */
  requestedAt: TimestampSchema,
  /** When the page arrived (or the fetch ended); null while pending. */
  fetchedAt: TimestampSchema.nullable(),
  /** The site's HTTP status: 2xx when kept, 4xx/5xx when it answered with an error; null when it never answered. */
  httpStatus: z.number().int().nullable(),
  /** Why it failed (a `fetch_*` or `import_*` code); null otherwise. */
  errorCode: z.enum(ERROR_CODES).nullable(),
  /** The address the page came from after redirects. */
  finalUrl: z.string().nullable(),
  /** The page's title, as a suggestion for the source's title. */
  title: z.string().nullable(),
  /** The page's outlet, as a suggestion for the source's publisher. */
  publisher: z.string().nullable(),
  /** The page's publication date (YYYY-MM-DD), as a suggestion. */
  publishedOn: z.string().nullable(),
  /** SHA-256 (hex) of the extracted text, NFC: equal hashes mean the same text. */
  contentHash: z.string().nullable(),
  /** Size of the page as fetched, in bytes (stored gzip-compressed). */
  rawBytes: z.number().int().nullable(),
  /** Compared with the previous kept snapshot: true when the text changed, false when not, null when there is none to compare. */
  changed: z.boolean().nullable(),
  /** True when the site answered 404 or 410: the page is gone. */
  gone: z.boolean(),
});
export type SourceSnapshot = z.infer<typeof SourceSnapshotSchema>;

/** `GET /api/sources/:id/snapshot`: the latest snapshot with its text, or null before the first. */
export const LatestSnapshotSchema = z.object({
  /** The latest snapshot, null when none was asked for. */
  snapshot: SourceSnapshotSchema.extend({
    /** The page's extracted text (null unless kept). */
    text: z.string().nullable(),
  }).nullable(),
});
export type LatestSnapshot = z.infer<typeof LatestSnapshotSchema>;

/** `GET /api/source-snapshots/storage` (admins): what the kept pages take against the storage budget. */
export const SnapshotStorageSchema = z.object({
  /** Bytes the kept pages take: compressed HTML plus text counted at two bytes a character. */
  usedBytes: z.number().int().nonnegative(),
  /** The budget (`SNAPSHOT_BUDGET_MB`), in bytes; when it is reached, new snapshots are refused. */
  budgetBytes: z.number().int().positive(),
  /** How many snapshots are stored (kept, failed and pending). */
  snapshots: z.number().int().nonnegative(),
});
export type SnapshotStorage = z.infer<typeof SnapshotStorageSchema>;
