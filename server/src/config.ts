import { fileURLToPath } from 'node:url';
import { databasePathFromEnv } from '@sanad/db/paths';
import { type LogLevel, isLogLevel } from './lib/logger.ts';

/** Settings read from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  logLevel: LogLevel;
  clientDir: string;
  seedSample: boolean;
  /** Demo mode: demo accounts, listening on 127.0.0.1 only. Never with NODE_ENV=production. */
  demo: boolean;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  trustProxy: boolean;
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
    databasePath: databasePathFromEnv(env),
    logLevel,
    clientDir: env.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
    seedSample: env.SEED_SAMPLE !== 'false',
  };
}
