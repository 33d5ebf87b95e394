import type { Server } from 'node:http';
import { type DatabaseHandle, openDatabase, readSettings } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
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

/** Checks the connection settings the app's durability depends on. */
export function assertDatabaseSettings(handle: DatabaseHandle): void {
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

/** A started server with a way to stop it cleanly. */
export interface Running {
  /** The demo accounts (demo mode only), to print at start. */
  demoAccounts: { email: string; role: string; password: string }[];
  server: Server;
  url: string;
  handle: DatabaseHandle;
  stop(): Promise<void>;
}

/** Opens and migrates the database, seeds the sample once, and listens. */
export async function start(config: Config, logger: Logger): Promise<Running> {
  const handle = openDatabase(config.databasePath);
  assertDatabaseSettings(handle);
  runMigrations(handle);
  const services = createServices(handle.db, systemClock, { logger });
  if (config.seedSample && (await seedSampleArticle(handle.db, services, systemClock.now()))) {
    logger.info('seeded the sample article', { databasePath: config.databasePath });
  }
  if (config.demo) {
    await seedDemoAccounts(handle.db, services, systemClock.now());
    await seedDemoOrganisation(handle.db, services);
  }
  const app = createApp({
    db: handle.db,
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
    handle,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void services.pdf.close().finally(() => {
            handle.close();
            resolve();
          });
        });
        server.closeAllConnections();
      }),
  };
}
