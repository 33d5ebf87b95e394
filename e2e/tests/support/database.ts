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

/** The specs that run servers of their own on PostgreSQL: the config runs them only when it answers. */
export const POSTGRES_SPECS = ['**/two-servers.spec.ts'];

/**
 * Whether the PostgreSQL browser specs can run, decided once by the config as
 * the PostgreSQL test tier decides (db/src/cli/test-postgres.ts): in CI an
 * unreachable PostgreSQL is an error; elsewhere one line says the specs did
 * not run and why.
 */
export async function postgresSpecsRun(): Promise<boolean> {
  const available = await pgAvailable();
  if (available.available) return true;
  const line = `PostgreSQL at ${maintenanceUrl()} cannot be reached (${available.reason}): the browser specs on several servers did not run.`;
  if (process.env.CI) throw new Error(`PostgreSQL required in CI: ${line}`);
  console.warn(line);
  return false;
}

/** A fresh PostgreSQL database for a spec that runs its own servers on it (issue #14), dropped by `drop()`. */
export function freshPostgresDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createTestDatabase(prefix);
}
