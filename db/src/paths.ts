import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The SQLite file to use: `DATABASE_PATH` (relative paths resolve against the
 * folder npm was started from) or `data/sanad.db` under the repository root.
 */
export function databasePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.DATABASE_PATH;
  if (!value) return resolve(REPO_ROOT, 'data/sanad.db');
  if (value === ':memory:' || isAbsolute(value)) return value;
  return resolve(env.INIT_CWD ?? process.cwd(), value);
}
