import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestDatabase, maintenanceUrl, pgAvailable } from '@sanad/db/pg/test-database';

/**
 * Runs one statement on the SQLite file the e2e server uses, behind the API's
 * back: how a test puts the database in a state the API refuses to create (a
 * `javascript:` URL, say) to check that the page still renders it safely.
 * The only e2e code that opens the database. Returns how many rows changed.
 */
export function runOnDatabase(sql: string, ...params: (string | number | null)[]): number {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('playwright.config.ts sets E2E_DATA_DIR.');
  const db = new Database(join(dataDir, 'sanad.db'));
  try {
    // The server holds the same file open; wait for its writes rather than fail.
    db.pragma('busy_timeout = 5000');
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

/**
 * A fresh PostgreSQL database for a spec that runs its own servers on it
 * (several servers on one database, issue #14), dropped by `drop()`. Null,
 * with the reason, when PostgreSQL cannot be reached: the caller fails in CI
 * and skips with that reason elsewhere.
 */
export async function freshPostgresDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> } | { unavailable: string }> {
  const available = await pgAvailable();
  if (!available.available) return { unavailable: `PostgreSQL at ${maintenanceUrl()} cannot be reached: ${available.reason}` };
  return createTestDatabase(prefix);
}
