import { databaseUrlFromEnv, redactedUrl } from '../paths.ts';

/**
 * What `npm run backup` and `npm run restore` say when DATABASE_URL selects
 * PostgreSQL: they copy SQLite files only, and PostgreSQL has its own tools.
 */
export function postgresBackupAdvice(command: 'backup' | 'restore', url: string): string {
  return [
    `npm run ${command} works on the SQLite file only, and DATABASE_URL selects PostgreSQL (${redactedUrl(url)}); nothing was ${command === 'backup' ? 'copied' : 'restored'}.`,
    'Back up and restore PostgreSQL with its own tools:',
    '  a logical dump, safe while the servers run:',
    '    pg_dump --format=custom --file=sanad-2026-11-29.dump "$DATABASE_URL"',
    '  restoring it into a new, empty database (stop the app servers or point them at it afterwards):',
    '    createdb sanad_restored && pg_restore --no-owner --dbname=sanad_restored sanad-2026-11-29.dump',
    '  point-in-time recovery: continuous WAL archiving (archive_mode=on, archive_command) plus a base backup',
    '    (pg_basebackup --pgdata=/backups/base --wal-method=stream), or your managed PostgreSQL\'s backups and PITR.',
    'See "Operating on PostgreSQL" in the README.',
  ].join('\n');
}

/** Exits 1 with `postgresBackupAdvice` when DATABASE_URL is set, before the script touches anything. */
export function refuseOnPostgres(command: 'backup' | 'restore'): void {
  const url = databaseUrlFromEnv();
  if (url === undefined) return;
  console.error(postgresBackupAdvice(command, url));
  process.exit(1);
}
