import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../schema-pg/index.ts';

/** The drizzle handle over PostgreSQL, with the pg-core twin of the schema. */
export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/** How to reach PostgreSQL and how the pool behaves; everything but `url` has a default. */
export interface PgSettings {
  /** A `postgres://` connection URL. */
  url: string;
  /** Most connections the pool opens (pg's `max`). */
  poolSize?: number;
  /** How long acquiring a connection may take before it fails, in milliseconds. */
  connectionTimeoutMs?: number;
  /** How long an unused connection stays open, in milliseconds. */
  idleTimeoutMs?: number;
  /** Longest a single statement may run before the server cancels it, in milliseconds (0 = no limit). */
  statementTimeoutMs?: number;
  /** Told about errors on idle connections (the server went away); the pool drops such a connection. */
  onIdleError?: (error: Error) => void;
}

/** The defaults of {@link PgSettings}. */
export const PG_DEFAULTS = {
  poolSize: 10,
  connectionTimeoutMs: 5000,
  idleTimeoutMs: 30_000,
  statementTimeoutMs: 30_000,
} as const;

/** A drizzle handle together with the pool it wraps (for dedicated connections and close). */
export interface PgDatabaseHandle {
  db: PgDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** The pg pool options for `settings`: sessions run in UTC, like SQLite's date functions. */
export function pgPoolConfig(settings: PgSettings): pg.PoolConfig {
  return {
    connectionString: settings.url,
    max: settings.poolSize ?? PG_DEFAULTS.poolSize,
    connectionTimeoutMillis: settings.connectionTimeoutMs ?? PG_DEFAULTS.connectionTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs ?? PG_DEFAULTS.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs ?? PG_DEFAULTS.statementTimeoutMs,
    options: '-c TimeZone=UTC',
    application_name: 'sanad',
  };
}

/**
 * Opens a connection pool to PostgreSQL (connections are made on demand, so
 * this does not fail when the server is down: `readPgSettings` is the first
 * round trip).
 */
export function openPgDatabase(settings: PgSettings): PgDatabaseHandle {
  const pool = new pg.Pool(pgPoolConfig(settings));
  // Without a listener an idle connection's error (server restart, DROP DATABASE ... WITH (FORCE)) ends the process.
  pool.on('error', settings.onIdleError ?? ((error) => console.warn(`PostgreSQL idle connection error: ${error.message}`)));
  const db = drizzle({ client: pool, schema });
  return { db, pool, close: () => pool.end() };
}

/** The server settings the app relies on, as read from a live connection. */
export interface PgServerSettings {
  /** e.g. 150020 for 15.20. */
  serverVersionNum: number;
  serverVersion: string;
  serverEncoding: string;
  standardConformingStrings: string;
  defaultTransactionIsolation: string;
}

/** Lowest PostgreSQL accepted (`server_version_num`): 15 (MERGE, UNIQUE NULLS NOT DISTINCT, trusted pg_trgm). */
export const MIN_PG_VERSION_NUM = 150000;

/** Reads the settings a running app asserts at start-up. */
export async function readPgSettings(pool: pg.Pool): Promise<PgServerSettings> {
  const result = await pool.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
     WHERE name IN ('server_version_num', 'server_version', 'server_encoding', 'standard_conforming_strings', 'default_transaction_isolation')`,
  );
  const get = (name: string): string => result.rows.find((row) => row.name === name)?.setting ?? '';
  return {
    serverVersionNum: Number(get('server_version_num')),
    serverVersion: get('server_version'),
    serverEncoding: get('server_encoding'),
    standardConformingStrings: get('standard_conforming_strings'),
    defaultTransactionIsolation: get('default_transaction_isolation'),
  };
}

/**
 * What is wrong with `settings` for Sanad, one sentence each; empty when all
 * is well. The SQLite twin is `assertDatabaseSettings` in server/src/start.ts.
 */
export function checkPgSettings(settings: PgServerSettings): string[] {
  const problems: string[] = [];
  if (!(settings.serverVersionNum >= MIN_PG_VERSION_NUM)) {
    problems.push(`PostgreSQL ${settings.serverVersion || settings.serverVersionNum} is older than 15 (server_version_num ${settings.serverVersionNum} < ${MIN_PG_VERSION_NUM}).`);
  }
  if (settings.serverEncoding !== 'UTF8') {
    problems.push(`server_encoding is ${settings.serverEncoding}, not UTF8: Arabic text would not round-trip.`);
  }
  if (settings.standardConformingStrings !== 'on') {
    problems.push('standard_conforming_strings is off: backslashes in string literals would be read as escapes.');
  }
  if (settings.defaultTransactionIsolation !== 'read committed') {
    problems.push(
      `default_transaction_isolation is ${settings.defaultTransactionIsolation}, not read committed: the app relies on read committed, ` +
        'detecting lost races through version checks (UPDATE ... WHERE version = $n) rather than retrying serialization failures.',
    );
  }
  return problems;
}
