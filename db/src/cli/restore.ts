/**
 * `npm run restore -- <backup-file>`: replaces the database at DATABASE_PATH
 * with a backup, after checking the backup's integrity. Stop the app first:
 * a running server keeps its own view of the old file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { databasePathFromEnv } from '../paths.ts';
import { refuseOnPostgres } from './postgres-backups.ts';

refuseOnPostgres('restore');

const source = process.argv[2];
if (!source) {
  console.error('Usage: npm run restore -- <backup-file>   (stop the app first)');
  process.exit(2);
}
const backup = resolve(process.env.INIT_CWD ?? process.cwd(), source);
if (!existsSync(backup)) {
  console.error(`No backup at ${backup}.`);
  process.exit(1);
}
let from: Database.Database;
let check: unknown;
try {
  from = new Database(backup, { readonly: true, fileMustExist: true });
  check = from.pragma('integrity_check', { simple: true });
} catch (error) {
  console.error(`${backup} is not a sound SQLite database (${error instanceof Error ? error.message : String(error)}); nothing was restored.`);
  process.exit(1);
}
if (check !== 'ok') {
  from.close();
  console.error(`The backup at ${backup} failed its integrity check (${String(check)}); nothing was restored.`);
  process.exit(1);
}
const target = databasePathFromEnv();
mkdirSync(dirname(target), { recursive: true });
// The online backup API writes the copy through SQLite, WAL and all, never a raw file copy.
await from.backup(target);
from.close();
console.log(`Restored ${backup} into ${target}.`);
