import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactedUrl } from '../paths.ts';

/** The maintenance database tests create their databases through. */
export function maintenanceUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A database made for one test file. */
export interface TestDatabase {
  /** Its name, `sanad_<prefix>_<random>`. */
  name: string;
  /** A connection URL for it. */
  url: string;
  /** Drops it, closing whatever connections are still open to it. */
  drop(): Promise<void>;
}

/** `url` with its database swapped for `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Runs one statement on the maintenance database over a short-lived connection. */
async function onMaintenance(statement: string, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `sanad_<prefix>_<random>` (the prefix is reduced to [a-z0-9_]). */
export async function createTestDatabase(prefix: string, url: string = maintenanceUrl()): Promise<TestDatabase> {
  const safe = prefix.toLowerCase().replace(/[^a-z0-9_]+/g, '_').slice(0, 30);
  const name = `sanad_${safe}_${randomBytes(6).toString('hex')}`;
  await onMaintenance(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`, url);
  return {
    name,
    url: withDatabase(url, name),
    drop: () => onMaintenance(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, url),
  };
}

/** Whether PostgreSQL answers at `url`, and if not, why. */
export async function pgAvailable(url: string = maintenanceUrl()): Promise<{ available: true } | { available: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  // An error after connect (the server going away) must not end the test process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The one policy for the PostgreSQL test tier, called at the top of every pg
 * test file: true when PostgreSQL answers. When it does not, in CI (env `CI`
 * set) it throws, failing the file; elsewhere it prints one line saying the
 * tier did not run and why, and returns false so the file's suites skip
 * (`describe.skipIf(!pgTier)`).
 */
export async function pgTestTier(file: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const url = maintenanceUrl(env);
  const result = await pgAvailable(url);
  if (result.available) return true;
  const where = `${redactedUrl(url)} (${result.reason})`;
  if (env.CI) throw new Error(`PostgreSQL tier required in CI: cannot reach ${where}.`);
  console.warn(`PostgreSQL tier did not run for ${file}: cannot reach ${where}. Set TEST_PG_URL or start PostgreSQL to run it.`);
  return false;
}
