import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema/index.ts';

/** The drizzle database handle every repository receives. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** A drizzle handle together with the raw connection it wraps (for pragmas, backup and close). */
export interface DatabaseHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** Busy timeout in milliseconds: how long a writer waits for the lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the SQLite file at `path` with the settings the
 * app relies on: WAL journal, foreign keys enforced, a busy timeout and
 * synchronous=FULL, so a committed transaction survives an application crash
 * and also an OS crash or power loss (ADR 006 weighs the cost).
 */
export function openDatabase(path: string): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = FULL');
  const db = drizzle(sqlite, { schema });
  return { db, sqlite, close: () => sqlite.close() };
}

/** The settings a running app asserts at start-up. */
export function readSettings(sqlite: Database.Database): {
  journalMode: string;
  foreignKeys: number;
  busyTimeout: number;
  synchronous: number;
  sqliteVersion: string;
} {
  return {
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    foreignKeys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
    sqliteVersion: String((sqlite.prepare('select sqlite_version() as v').get() as { v: string }).v),
  };
}
