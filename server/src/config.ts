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
}

/** Reads the configuration; throws with a clear message on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!isLogLevel(logLevel)) throw new Error(`LOG_LEVEL must be debug, info, warn, error or silent, got "${logLevel}".`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databasePath: databasePathFromEnv(env),
    logLevel,
    clientDir: env.CLIENT_DIR ?? fileURLToPath(new URL('../../client/dist', import.meta.url)),
    seedSample: env.SEED_SAMPLE !== 'false',
  };
}
