import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgDatabase } from '@sanad/db/pg/client';
import { createTestDatabase, pgTestTier, type TestDatabase } from '@sanad/db/pg/test-database';
import { fromDatabase } from './error-handler.ts';

/** Runs `statement` and returns what it threw. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

describe('fromDatabase: a constraint the database enforces becomes a 409, never a 500', () => {
  it('maps SQLite unique and foreign-key failures, also wrapped as a cause', () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec('create table a (id integer primary key, name text unique); create table b (a_id integer references a(id));');
    sqlite.exec("insert into a (id, name) values (1, 'x')");
    const unique = thrownBy(() => sqlite.exec("insert into a (name) values ('x')"));
    const foreign = thrownBy(() => sqlite.exec('insert into b (a_id) values (9)'));
    for (const error of [unique, foreign, new Error('Failed query', { cause: unique })]) {
      expect(fromDatabase(error)).toMatchObject({ code: 'conflict', status: 409 });
    }
    expect(fromDatabase(thrownBy(() => sqlite.exec('select * from nowhere')))).toBeNull();
    expect(fromDatabase(new TypeError('x'))).toBeNull();
    sqlite.close();
  });
});

const onPostgres = await pgTestTier('server/src/http/error-handler.test.ts');

describe.skipIf(!onPostgres)('fromDatabase on PostgreSQL', () => {
  let database: TestDatabase;
  let client: ReturnType<typeof openPgDatabase>['pool'];
  let close: () => Promise<void>;
  beforeAll(async () => {
    database = await createTestDatabase('errors');
    const opened = openPgDatabase({ url: database.url, poolSize: 1 });
    client = opened.pool;
    close = () => opened.close();
    await client.query('create table a (id integer primary key, name text unique); create table b (a_id integer references a(id))');
    await client.query("insert into a (id, name) values (1, 'x')");
  });
  afterAll(async () => {
    await close?.();
    await database?.drop();
  });

  it('maps unique_violation (23505) and foreign_key_violation (23503); other errors stay unmapped', async () => {
    const unique = await client.query("insert into a (id, name) values (2, 'x')").catch((error: unknown) => error);
    const foreign = await client.query('insert into b (a_id) values (9)').catch((error: unknown) => error);
    const other = await client.query('select * from nowhere').catch((error: unknown) => error);
    expect(fromDatabase(unique)).toMatchObject({ code: 'conflict', status: 409 });
    expect(fromDatabase(foreign)).toMatchObject({ code: 'conflict', status: 409 });
    expect(fromDatabase(new Error('Failed query', { cause: unique }))).toMatchObject({ status: 409 });
    expect(fromDatabase(other)).toBeNull();
  });
});
