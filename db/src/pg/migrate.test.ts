import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPgDatabase, type PgDatabaseHandle } from './client.ts';
import { PG_MIGRATIONS_FOLDER, runPgMigrations } from './migrate.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './test-database.ts';

const pgTier = await pgTestTier('db/src/pg/migrate.test.ts');

/** The tags of the committed PostgreSQL migrations. */
function journalTags(): string[] {
  const journal = JSON.parse(readFileSync(join(PG_MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}

describe.skipIf(!pgTier)(runPgMigrations.name, () => {
  let database: TestDatabase;
  let handles: PgDatabaseHandle[];

  beforeEach(async () => {
    database = await createTestDatabase('migrate');
    handles = [];
  });
  afterEach(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await database.drop();
  });

  /** A separate pool, as a separate app server would have. */
  function server(): PgDatabaseHandle {
    const handle = openPgDatabase({ url: database.url, poolSize: 2 });
    handles.push(handle);
    return handle;
  }

  it('applies each migration exactly once when two servers start together', async () => {
    const [a, b] = [server(), server()];
    await Promise.all([runPgMigrations(a.pool), runPgMigrations(b.pool)]);
    const applied = await a.pool.query<{ hash: string; n: string }>('SELECT hash, count(*) AS n FROM drizzle.__drizzle_migrations GROUP BY hash');
    expect(applied.rows).toHaveLength(journalTags().length);
    expect(applied.rows.every((row) => row.n === '1')).toBe(true);
    const ratings = await a.pool.query<{ n: string }>('SELECT count(*) AS n FROM ratings');
    expect(ratings.rows[0]?.n).toBe('7');
  });

  it('finds nothing to do on a migrated database and leaves no lock behind', async () => {
    const a = server();
    await runPgMigrations(a.pool);
    await runPgMigrations(a.pool);
    const locks = await a.pool.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    expect(locks.rows).toEqual([]);
    const applied = await a.pool.query('SELECT 1 FROM drizzle.__drizzle_migrations');
    expect(applied.rows).toHaveLength(journalTags().length);
  });

  it('lets go of the lock when a migration fails', async () => {
    const a = server();
    await expect(runPgMigrations(a.pool, join(PG_MIGRATIONS_FOLDER, 'missing'))).rejects.toThrow();
    const locks = await a.pool.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    expect(locks.rows).toEqual([]);
  });
});
