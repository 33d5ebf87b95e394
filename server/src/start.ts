import type { Server } from 'node:http';
import { type Backend, openBackend } from '@sanad/db/backend';
import { type DatabaseHandle, readSettings } from '@sanad/db/client';
import { checkPgSettings, readPgSettings } from '@sanad/db/pg/client';
import { redactedUrl } from '@sanad/db/paths';
import { createApp } from './app.ts';
import { type Config, type DatabaseConfig, describeDatabase } from './config.ts';
import { systemClock } from './lib/clock.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts, seedDemoOrganisation, seedSampleArticle } from './seed.ts';
import { createServices } from './services.ts';
import type { Logger } from './lib/logger.ts';

/** Lowest SQLite accepted: 3.51.3 fixed the WAL-reset corruption bug of earlier releases. */
export const MIN_SQLITE_VERSION = [3, 51, 3] as const;

function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i += 1) {
    const have = parts[i] ?? 0;
    const need = minimum[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}

/** Checks the SQLite connection settings the app's durability depends on. */
export function assertDatabaseSettings(handle: Pick<DatabaseHandle, 'sqlite'>): void {
  const settings = readSettings(handle.sqlite);
  const problems: string[] = [];
  if (settings.journalMode !== 'wal' && settings.journalMode !== 'memory') problems.push(`journal_mode is ${settings.journalMode}, not wal`);
  if (settings.foreignKeys !== 1) problems.push('foreign_keys is off');
  if (settings.busyTimeout <= 0) problems.push('busy_timeout is not set');
  if (settings.synchronous !== 2 && settings.journalMode !== 'memory') problems.push(`synchronous is ${settings.synchronous}, not FULL (2)`);
  if (!versionAtLeast(settings.sqliteVersion, MIN_SQLITE_VERSION)) {
    problems.push(`SQLite ${settings.sqliteVersion} is older than ${MIN_SQLITE_VERSION.join('.')}`);
  }
  if (problems.length > 0) throw new Error(`Database settings are unsafe: ${problems.join('; ')}.`);
}

/** `message` with every occurrence of the URL's password masked (a driver's error may repeat parts of the URL). */
function withoutPassword(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    return message;
  }
  return password ? message.split(password).join('***') : message;
}

/**
 * Checks the PostgreSQL server the app relies on (reachable, version 15 or
 * later, UTF8, standard strings, read committed: `checkPgSettings`); throws
 * one message naming every problem.
 */
export async function assertPgSettings(backend: Backend, url: string): Promise<void> {
  if (!backend.pool) throw new Error('assertPgSettings needs a PostgreSQL backend.');
  let settings;
  try {
    settings = await readPgSettings(backend.pool);
  } catch (error) {
    const reason = withoutPassword(error instanceof Error ? error.message : String(error), url);
    throw new Error(`Cannot reach PostgreSQL at ${redactedUrl(url)} (${reason}). Check DATABASE_URL and that the server is running.`);
  }
  const problems = checkPgSettings(settings);
  if (problems.length > 0) throw new Error(`PostgreSQL at ${redactedUrl(url)} is not set up as Sanad needs: ${problems.join(' ')}`);
}

/**
 * Opens the configured database (PostgreSQL when `DATABASE_URL` is set, else
 * the SQLite file), refuses to go on with settings the app cannot rely on,
 * and applies pending migrations (on PostgreSQL under an advisory lock, so
 * servers starting together migrate once). Used by `start` and the
 * command-line scripts.
 */
export async function openMigratedBackend(config: DatabaseConfig, logger: Logger): Promise<Backend> {
  const backend = openBackend({
    databasePath: config.databasePath,
    ...(config.databaseUrl === undefined ? {} : { databaseUrl: config.databaseUrl }),
    pool: { ...config.pgPool, onIdleError: (error) => logger.warn('PostgreSQL connection lost while idle', { error: error.message }) },
  });
  try {
    if (backend.sqlite) assertDatabaseSettings({ sqlite: backend.sqlite });
    else if (config.databaseUrl !== undefined) await assertPgSettings(backend, config.databaseUrl);
    await backend.migrate();
    return backend;
  } catch (error) {
    await backend.close().catch(() => {});
    throw error;
  }
}

/** A started server with a way to stop it cleanly. */
export interface Running {
  /** The demo accounts (demo mode only), to print at start. */
  demoAccounts: { email: string; role: string; password: string }[];
  server: Server;
  url: string;
  /** The open database (SQLite or PostgreSQL). */
  backend: Backend;
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database, seeds the sample once, and listens. The
 * seeding runs under `backend.exclusively`, so two servers starting together
 * on one PostgreSQL database seed once.
 */
export async function start(config: Config, logger: Logger): Promise<Running> {
  const backend = await openMigratedBackend(config, logger);
  // On PostgreSQL the services get the pool: live updates relay through LISTEN/NOTIFY and login limits count in the database (ADR 025).
  const services = createServices(backend.db, systemClock, {
    logger,
    ...(backend.pool ? { pool: backend.pool } : {}),
    fetcher: { limits: { timeoutMs: config.fetch.timeoutMs, maxBytes: config.fetch.maxBytes }, allowForTests: config.fetch.allowLoopbackForTests ? ['loopback'] : [] },
    fetchQuota: { perUserPerMinute: config.fetch.perUserPerMinute, perServerPerMinute: config.fetch.perServerPerMinute },
    snapshotBudgetBytes: config.fetch.snapshotBudgetBytes,
    extract: { timeoutMs: config.fetch.extractTimeoutMs, threads: config.fetch.extractThreads },
  });
  if (config.fetch.allowLoopbackForTests) logger.warn('FETCH_ALLOW_LOOPBACK_FOR_TESTS is set: the page fetcher may reach this machine (tests only).');
  try {
    await backend.exclusively(async () => {
      if (config.seedSample && (await seedSampleArticle(backend.db, services, systemClock.now()))) {
        logger.info('seeded the sample article', { database: describeDatabase(config) });
      }
      if (config.demo) {
        await seedDemoAccounts(backend.db, services, systemClock.now());
        await seedDemoOrganisation(backend.db, services);
      }
    });
  } catch (error) {
    await services.close();
    await backend.close();
    throw error;
  }
  const app = createApp({
    db: backend.db,
    clock: systemClock,
    logger,
    clientDir: config.clientDir,
    demo: config.demo,
    trustProxy: config.trustProxy,
    services,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    demoAccounts: config.demo ? DEMO_ACCOUNTS.map((account) => ({ ...account, password: DEMO_PASSWORD })) : [],
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    backend,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          // The services first (the listening connection says goodbye, the PDF browser closes), then the database.
          void services.close().finally(() => {
            void backend.close().finally(resolve);
          });
        });
        server.closeAllConnections();
      }),
  };
}
