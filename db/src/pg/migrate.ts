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
 * Key of the session-level advisory lock that serialises the start-up seeding
 * (sample article, demo accounts) across servers: the bytes of "sanadsed".
 */
export const SEED_LOCK_KEY = 0x73616e6164736564n;

/**
 * Runs `work` while `client` holds the session advisory lock `key`, waiting
 * for it if another session holds it. The lock is held by the connection, not
 * by the queries `work` runs, which may use other connections.
 */
export async function withAdvisoryLock<T>(client: pg.ClientBase, key: bigint, work: () => Promise<T>): Promise<T> {
  await client.query('SELECT pg_advisory_lock($1)', [key.toString()]);
  try {
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [key.toString()]);
  }
}

/**
 * Applies pending migrations, one server at a time. drizzle's `migrate()`
 * takes no lock, so two servers starting together could both run a pending
 * migration; here each first takes a session advisory lock on one dedicated
 * connection. The loser waits, then finds nothing pending. A session lock is
 * released when its connection drops, so a crashed migrator wedges nothing.
 */
export async function runPgMigrations(pool: pg.Pool, migrationsFolder: string = PG_MIGRATIONS_FOLDER): Promise<void> {
  const client = await pool.connect();
  let clean = false;
  try {
    await withAdvisoryLock(client, MIGRATION_LOCK_KEY, () => migrate(drizzle({ client }), { migrationsFolder }));
    clean = true;
  } finally {
    // After a failure the connection is closed rather than pooled, which also drops any lock it still holds.
    client.release(!clean);
  }
}
