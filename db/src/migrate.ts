import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { DatabaseHandle } from './client.ts';

/** Folder of the drizzle-kit migrations committed with the code. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Applies pending migrations. Foreign keys are switched off around the run
 * because drizzle-kit's table-rebuild migrations drop and re-create tables,
 * which with foreign keys on would cascade deletes into child rows (and the
 * pragma has no effect inside the migrator's transaction). Afterwards
 * `foreign_key_check` must come back empty before keys are switched on again.
 */
export function runMigrations(handle: DatabaseHandle, migrationsFolder: string = MIGRATIONS_FOLDER): void {
  const { sqlite, db } = handle;
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new Error(`Migration left ${violations.length} foreign-key violations: ${JSON.stringify(violations.slice(0, 5))}`);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
