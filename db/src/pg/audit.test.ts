import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPgMigrations } from './migrate.ts';
import { openPgDatabase, type PgDatabaseHandle } from './client.ts';
import { createTestDatabase, pgTestTier, type TestDatabase, withDatabase } from './test-database.ts';

const pgTier = await pgTestTier('db/src/pg/audit.test.ts');

describe.skipIf(!pgTier)('audit_log on PostgreSQL', () => {
  let database: TestDatabase;
  let admin: PgDatabaseHandle;
  let app: pg.Client;
  const role = `sanad_app_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createTestDatabase('audit');
    admin = openPgDatabase({ url: database.url });
    await runPgMigrations(admin.pool);
    // The app's own role: not a superuser, not the tables' owner, with every table privilege it could be given.
    await admin.pool.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER`);
    await admin.pool.query(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await admin.pool.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const url = new URL(database.url);
    url.username = role;
    app = new pg.Client({ connectionString: url.toString() });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await admin?.close();
    await database?.drop();
    const maintenance = new pg.Client({ connectionString: withDatabase(database.url, 'postgres') });
    await maintenance.connect();
    await maintenance.query(`DROP ROLE IF EXISTS ${role}`);
    await maintenance.end();
  });

  it('takes new entries and refuses to change, delete or truncate them', async () => {
    const who = await app.query<{ current_user: string; rolsuper: boolean }>('SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(who.rows[0]).toEqual({ current_user: role, rolsuper: false });
    const inserted = await app.query<{ id: number }>(
      "INSERT INTO audit_log (at, action, entity_type, entity_id) VALUES ('2026-12-06T19:50:00.000Z', 'create', 'claim', 7) RETURNING id",
    );
    const id = inserted.rows[0]?.id;
    const before = await app.query('SELECT * FROM audit_log WHERE id = $1', [id]);

    await expect(app.query("UPDATE audit_log SET action = 'forged' WHERE id = $1", [id])).rejects.toThrow('audit_log is append-only: UPDATE refused');
    await expect(app.query('DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow('audit_log is append-only: DELETE refused');
    await expect(app.query('TRUNCATE audit_log')).rejects.toThrow('audit_log is append-only: TRUNCATE refused');

    const after = await app.query('SELECT * FROM audit_log WHERE id = $1', [id]);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows).toHaveLength(1);
  });

  it('cannot be switched off by the app role', async () => {
    await expect(app.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete')).rejects.toThrow(/must be owner/);
  });
});
