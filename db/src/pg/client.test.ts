import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMeta, auditLog, comments, users } from '../schema-pg/index.ts';
import { toIsoTimestamp } from '../schema-pg/columns.ts';
import { checkPgSettings, openPgDatabase, type PgDatabaseHandle, type PgServerSettings, readPgSettings } from './client.ts';
import { runPgMigrations } from './migrate.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './test-database.ts';

const GOOD: PgServerSettings = {
  serverVersionNum: 150020,
  serverVersion: '15.20',
  serverEncoding: 'UTF8',
  standardConformingStrings: 'on',
  defaultTransactionIsolation: 'read committed',
};

describe(checkPgSettings.name, () => {
  it('accepts the settings the app relies on', () => {
    expect(checkPgSettings(GOOD)).toEqual([]);
  });

  it('names each unsafe setting in a sentence', () => {
    const problems = checkPgSettings({
      serverVersionNum: 140011,
      serverVersion: '14.11',
      serverEncoding: 'LATIN1',
      standardConformingStrings: 'off',
      defaultTransactionIsolation: 'serializable',
    });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/14\.11 is older than 15/);
    expect(problems[1]).toMatch(/server_encoding is LATIN1, not UTF8/);
    expect(problems[2]).toMatch(/standard_conforming_strings is off/);
    expect(problems[3]).toMatch(/default_transaction_isolation is serializable, not read committed: the app relies on read committed/);
  });
});

describe(toIsoTimestamp.name, () => {
  it('gives the toISOString form for what PostgreSQL sends', () => {
    expect(toIsoTimestamp('2026-12-06 19:50:00+00')).toBe('2026-12-06T19:50:00.000Z');
    expect(toIsoTimestamp('2026-12-06 19:50:00.12+00')).toBe('2026-12-06T19:50:00.120Z');
    expect(toIsoTimestamp('2026-12-06 22:50:00.123+03')).toBe('2026-12-06T19:50:00.123Z');
    expect(toIsoTimestamp('2026-12-06 15:20:00.123-04:30')).toBe('2026-12-06T19:50:00.123Z');
    expect(toIsoTimestamp(new Date('2026-12-06T19:50:00.123Z'))).toBe('2026-12-06T19:50:00.123Z');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => toIsoTimestamp('yesterday')).toThrow(/Unexpected timestamp/);
  });
});

const pgTier = await pgTestTier('db/src/pg/client.test.ts');

describe.skipIf(!pgTier)(openPgDatabase.name, () => {
  let database: TestDatabase;
  let handle: PgDatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase('client');
    handle = openPgDatabase({ url: database.url, poolSize: 3, statementTimeoutMs: 1000 });
    await runPgMigrations(handle.pool);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it('connects to a server the app accepts', async () => {
    expect(checkPgSettings(await readPgSettings(handle.pool))).toEqual([]);
  });

  it('applies the pool settings to each session', async () => {
    const result = await handle.pool.query<{ statement_timeout: string; timezone: string }>(
      "SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('TimeZone') AS timezone",
    );
    expect(result.rows[0]).toEqual({ statement_timeout: '1s', timezone: 'UTC' });
    await expect(handle.pool.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
  });

  it('returns the same JavaScript values as the SQLite schema: ISO strings, booleans, integers', async () => {
    const at = '2026-12-06T19:50:00.120Z';
    const [user] = await handle.db.insert(users).values({ name: 'R', email: 'r@x.org', role: 'reviewer', passwordHash: 'scrypt$x', createdAt: at, updatedAt: at }).returning();
    expect(user).toEqual({ id: 1, name: 'R', email: 'r@x.org', role: 'reviewer', passwordHash: 'scrypt$x', active: true, language: null, createdAt: at, updatedAt: at, version: 1 });
    const [later] = await handle.db.select({ updatedAt: users.updatedAt }).from(users).where(eq(users.createdAt, at));
    expect(later?.updatedAt).toBe(at);
    await handle.db.insert(appMeta).values({ key: 'k', value: 'v' });
    const [meta] = await handle.db.select().from(appMeta);
    expect(meta?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [entry] = await handle.db
      .insert(auditLog)
      .values({ at, action: 'create', entityType: 'user', entityId: 1, after: JSON.stringify({ name: 'R' }) })
      .returning({ at: auditLog.at, after: auditLog.after, actorId: auditLog.actorId });
    expect(entry).toEqual({ at, after: '{"name":"R"}', actorId: null });
    expect(comments.resolved.dataType).toBe('boolean');
  });
});
