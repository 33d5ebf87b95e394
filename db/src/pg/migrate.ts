import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

/** Folder of the PostgreSQL drizzle-kit migrations committed with the code. */
export const PG_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations-pg', import.meta.url));

/**
 * Key of the session-level advisory lock that serialises migrations across
 * servers (an arbitrary constant: the bytes of "sanadmig").
 */
export const MIGRATION_LOCK_KEY = 0x73616e61646d6967n;

/**
 * Applies pending migrations, one server at a time. drizzle's `migrate()`
 * takes no lock, so two servers starting together could both run a pending
 * migration; here each first takes a session advisory lock on one dedicated
 * connection. The loser waits, then finds nothing pending. A session lock is
 * released when its connection drops, so a crashed migrator wedges nothing.
 */
export async function runPgMigrations(pool: pg.Pool, migrationsFolder: string = PG_MIGRATIONS_FOLDER): Promise<void> {
  const key = MIGRATION_LOCK_KEY.toString();
  const client = await pool.connect();
  let clean = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
    clean = true;
  } finally {
    // After a failure the connection is closed rather than pooled, which also drops any lock it still holds.
    client.release(!clean);
  }
}
