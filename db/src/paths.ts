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

/**
 * The PostgreSQL URL when `DATABASE_URL` is set (not blank): its presence
 * selects PostgreSQL over the SQLite file (issue #14). Not validated here;
 * the server's `readConfig` does that.
 */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.DATABASE_URL?.trim();
  return value ? value : undefined;
}

/**
 * `url` fit for a log line or an error message: the password replaced by
 * `***`. A value whose credentials the URL parser does not recognise (no
 * `//` after the scheme, or not a URL at all) is not shown, since it may hold
 * a password in some other form.
 */
export function redactedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(a value that is not a URL, not shown)';
  }
  if (parsed.password) parsed.password = '***';
  else if (!parsed.username && url.includes('@')) return '(a value that may hold a password, not shown)';
  return parsed.toString();
}
