/**
 * `npm run backup -- <file>`: copies the live database (DATABASE_PATH) into
 * <file> with SQLite's online backup API, safe while the app runs, then checks
 * the copy's integrity.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { databasePathFromEnv } from '../paths.ts';
import { refuseOnPostgres } from './postgres-backups.ts';

refuseOnPostgres('backup');

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <backup-file>');
  process.exit(2);
}
const source = databasePathFromEnv();
if (!existsSync(source)) {
  console.error(`No database at ${source}.`);
  process.exit(1);
}
const destination = resolve(process.env.INIT_CWD ?? process.cwd(), target);
const started = performance.now();
const db = new Database(source, { fileMustExist: true, timeout: 5000 });
try {
  await db.backup(destination);
} finally {
  db.close();
}
const copy = new Database(destination, { readonly: true });
const check = copy.pragma('integrity_check', { simple: true });
copy.close();
if (check !== 'ok') {
  console.error(`The backup at ${destination} failed its integrity check: ${String(check)}`);
  process.exit(1);
}
console.log(`Backed up ${source} to ${destination} (${statSync(destination).size} bytes, ${Math.round(performance.now() - started)} ms, integrity ok).`);
