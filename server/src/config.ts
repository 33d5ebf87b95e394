import { fileURLToPath } from 'node:url';
import { PG_DEFAULTS } from '@sanad/db/pg/client';
import { databasePathFromEnv, databaseUrlFromEnv, redactedUrl } from '@sanad/db/paths';
import { DEFAULT_EXTRACT_LIMITS } from './lib/extract/extract-pool.ts';
import { type LogLevel, isLogLevel } from './lib/logger.ts';

/** How the PostgreSQL connection pool behaves (used only when `DATABASE_URL` is set). */
export interface PgPoolConfig {
  /** `PG_POOL_MAX`: most connections this server opens. */
  poolSize: number;
  /** `PG_CONNECTION_TIMEOUT_MS`: how long a request waits for a connection (0: no limit). */
  connectionTimeoutMs: number;
  /** `PG_IDLE_TIMEOUT_MS`: how long an unused connection stays open (0: until the server stops). */
  idleTimeoutMs: number;
  /** `PG_STATEMENT_TIMEOUT_MS`: longest a statement may run before PostgreSQL cancels it (0: no limit). */
  statementTimeoutMs: number;
}

/** Where the data lives: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
export interface DatabaseConfig {
  /** The SQLite file (`DATABASE_PATH`), used when `databaseUrl` is not set. */
  databasePath: string;
  /** `DATABASE_URL`, a `postgres://` URL: selects PostgreSQL. Never log it; use `describeDatabase`. */
  databaseUrl: string | undefined;
  /** The PostgreSQL pool settings (read and checked on both backends, used on PostgreSQL only). */
  pgPool: PgPoolConfig;
}

/** Settings read from the environment at start-up. */
export interface Config extends DatabaseConfig {
  port: number;
  host: string;
  logLevel: LogLevel;
  clientDir: string;
  seedSample: boolean;
  /** Demo mode: demo accounts, listening on 127.0.0.1 only. Never with NODE_ENV=production. */
  demo: boolean;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  trustProxy: boolean;
  /** The page fetcher's limits (imports from a link; ADR 030). */
  fetch: FetchConfig;
}

/** The page fetcher's settings, from the environment. */
export interface FetchConfig {
  /** `FETCH_TIMEOUT_MS`: time for a whole fetch, redirects and last byte included. */
  timeoutMs: number;
  /** `FETCH_MAX_BYTES`: largest page, after decompression. */
  maxBytes: number;
  /** `FETCH_PER_USER_PER_MINUTE`: pages one user may fetch per minute. */
  perUserPerMinute: number;
  /** `FETCH_PER_SERVER_PER_MINUTE`: pages the server fetches per minute, all users together. */
  perServerPerMinute: number;
  /** `SNAPSHOT_BUDGET_MB`: storage budget of source snapshots (compressed HTML and text), in bytes. */
  snapshotBudgetBytes: number;
  /** `EXTRACT_TIMEOUT_MS`: time one extraction (Readability, mammoth) may take in its worker thread. */
  extractTimeoutMs: number;
  /** `EXTRACT_THREADS`: extraction worker threads at most. */
  extractThreads: number;
  /**
   * `FETCH_ALLOW_LOOPBACK_FOR_TESTS=true`: lets the fetcher reach 127.0.0.1 and ::1, for the
   * browser tests' page server. Refused with NODE_ENV=production.
   */
  allowLoopbackForTests: boolean;
}

/** Reads the fetcher's settings; refuses the test-only loopback allowance in production. */
export function readFetchConfig(env: NodeJS.ProcessEnv = process.env): FetchConfig {
  const allowLoopbackForTests = env.FETCH_ALLOW_LOOPBACK_FOR_TESTS === 'true';
  if (allowLoopbackForTests && env.NODE_ENV === 'production') {
    throw new Error('FETCH_ALLOW_LOOPBACK_FOR_TESTS is for tests only and cannot be set with NODE_ENV=production.');
  }
  return {
    timeoutMs: integerSetting(env, 'FETCH_TIMEOUT_MS', 15_000, 1000, 120_000, 'milliseconds'),
    maxBytes: integerSetting(env, 'FETCH_MAX_BYTES', 2 * 1024 * 1024, 64 * 1024, 20 * 1024 * 1024, 'bytes'),
    perUserPerMinute: integerSetting(env, 'FETCH_PER_USER_PER_MINUTE', 20, 1, 10_000, 'fetches'),
    perServerPerMinute: integerSetting(env, 'FETCH_PER_SERVER_PER_MINUTE', 120, 1, 100_000, 'fetches'),
    snapshotBudgetBytes: integerSetting(env, 'SNAPSHOT_BUDGET_MB', 1024, 1, 1_000_000, 'megabytes') * 1024 * 1024,
    extractTimeoutMs: integerSetting(env, 'EXTRACT_TIMEOUT_MS', DEFAULT_EXTRACT_LIMITS.timeoutMs, 1000, 300_000, 'milliseconds'),
    extractThreads: integerSetting(env, 'EXTRACT_THREADS', DEFAULT_EXTRACT_LIMITS.threads, 1, 64, 'threads'),
    allowLoopbackForTests,
  };
}

/** A whole number of milliseconds (or connections) from `env[name]`, between `min` and `max`, or `fallback` when unset. */
function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, unit: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number of ${unit} from ${min} to ${max}, got "${env[name]}".`);
  }
  return value;
}

/** PostgreSQL's own limit for statement_timeout, in milliseconds (INT_MAX). */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Reads where the data lives (`DATABASE_URL` or `DATABASE_PATH`) and the
 * PostgreSQL pool settings; throws with a clear message on a bad value, never
 * repeating the URL's password.
 */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const databaseUrl = databaseUrlFromEnv(env);
  if (databaseUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(databaseUrl).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      throw new Error(
        `DATABASE_URL must be a PostgreSQL URL such as postgres://sanad:password@db.example:5432/sanad, got ${redactedUrl(databaseUrl)}. ` +
          'Leave it unset to use the SQLite file at DATABASE_PATH.',
      );
    }
  }
  return {
    databasePath: databasePathFromEnv(env),
    databaseUrl,
    pgPool: {
      poolSize: integerSetting(env, 'PG_POOL_MAX', PG_DEFAULTS.poolSize, 1, 1000, 'connections'),
      connectionTimeoutMs: integerSetting(env, 'PG_CONNECTION_TIMEOUT_MS', PG_DEFAULTS.connectionTimeoutMs, 0, MAX_TIMEOUT_MS, 'milliseconds'),
      idleTimeoutMs: integerSetting(env, 'PG_IDLE_TIMEOUT_MS', PG_DEFAULTS.idleTimeoutMs, 0, MAX_TIMEOUT_MS, 'milliseconds'),
      statementTimeoutMs: integerSetting(env, 'PG_STATEMENT_TIMEOUT_MS', PG_DEFAULTS.statementTimeoutMs, 0, MAX_TIMEOUT_MS, 'milliseconds'),
    },
  };
}

/** The database for log lines and messages: the SQLite path, or the PostgreSQL URL without its password. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.databaseUrl === undefined ? config.databasePath : `PostgreSQL ${redactedUrl(config.databaseUrl)}`;
}

/** Reads the configuration; throws with a clear message on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!isLogLevel(logLevel)) throw new Error(`LOG_LEVEL must be debug, info, warn, error or silent, got "${logLevel}".`);
  const production = env.NODE_ENV === 'production';
  const demo = !production && env.DEMO !== 'false';
  // Demo mode listens on the loopback address only, whatever HOST says.
  const host = demo ? '127.0.0.1' : (env.HOST ?? '127.0.0.1');
  return {
    port,
    host,
    demo,
    trustProxy: env.TRUST_PROXY === 'true',
    ...readDatabaseConfig(env),
    fetch: readFetchConfig(env),
    logLevel,
    clientDir: env.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
    seedSample: env.SEED_SAMPLE !== 'false',
  };
}
