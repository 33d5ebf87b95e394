import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '@sanad/db/backend';
import { createTestDatabase } from '@sanad/db/pg/test-database';
import { describeDatabase, readConfig } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { DEFAULT_EXTRACT_LIMITS } from './lib/extract/extract-pool.ts';
import { start } from './start.ts';
import { TEST_DIALECT } from './test/test-server.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-start-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('start', () => {
  // On the PostgreSQL tier (TEST_BACKEND=postgres) the same start runs with DATABASE_URL on a fresh database.
  it(`migrates and seeds a new database (${TEST_DIALECT}), and keeps the data across a restart`, async () => {
    const pg = TEST_DIALECT === 'postgres' ? await createTestDatabase('start') : null;
    const env = pg ? { DATABASE_URL: pg.url } : { DATABASE_PATH: join(dir, 'sanad.db') };
    const config = { ...readConfig({ ...env, PORT: '0' }), clientDir: join(dir, 'no-client') };
    const logger = createLogger('silent');
    let running = await start(config, logger);
    expect(running.backend.dialect).toBe(TEST_DIALECT);
    expect(running.demoAccounts.map((account) => account.email)).toEqual(['reviewer@sanad.test', 'editor@sanad.test', 'admin@sanad.test']);
    const login = async () => {
      const response = await fetch(`${running.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'reviewer@sanad.test', password: 'sanad-demo' }),
      });
      expect(response.status).toBe(200);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    };
    let cookie = await login();
    const listed = (await (await fetch(`${running.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: number; language: string }[] };
    expect(listed.articles).toHaveLength(1);
    expect(listed.articles[0]?.language).toBe('ar');
    const created = await fetch(`${running.url}/api/articles/${listed.articles[0]?.id}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ start: 0, end: 6, quote: 'استأنف' }),
    });
    expect(created.status).toBe(201);
    await running.stop();

    running = await start(config, logger);
    // Sessions are stored server-side, so they survive a restart too.
    const again = (await (await fetch(`${running.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { claimCount: number }[] };
    cookie = await login();
    expect(again.articles).toHaveLength(1);
    expect(again.articles[0]?.claimCount).toBe(1);
    const shell = await fetch(`${running.url}/articles/1`);
    expect(shell.status).toBe(503);
    expect(await shell.text()).toMatch(/npm run build/);
    await running.stop();
    await pg?.drop();
  }, 60_000);

  it('refuses to start on a PostgreSQL it cannot reach, naming it without the password', async () => {
    const config = { ...readConfig({ DATABASE_URL: 'postgres://sanad:s3cret-pw@127.0.0.1:1/sanad', PORT: '0' }), clientDir: join(dir, 'no-client') };
    const failure = await start(config, createLogger('silent')).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure).toMatch(/^Cannot reach PostgreSQL at postgres:\/\/sanad:\*\*\*@127\.0\.0\.1:1\/sanad \(.*ECONNREFUSED.*\)\. Check DATABASE_URL/);
    expect(failure).not.toContain('s3cret-pw');
  });

  it.skipIf(TEST_DIALECT !== 'postgres')('refuses to start on a PostgreSQL whose settings the app cannot rely on, and touches nothing', async () => {
    const pg = await createTestDatabase('start_unsafe');
    try {
      const admin = openBackend({ databaseUrl: pg.url, databasePath: join(dir, 'unused.db') });
      await admin.query(`ALTER DATABASE "${pg.name}" SET default_transaction_isolation = 'serializable'`);
      const config = { ...readConfig({ DATABASE_URL: pg.url, PORT: '0' }), clientDir: join(dir, 'no-client') };
      await expect(start(config, createLogger('silent'))).rejects.toThrow(/is not set up as Sanad needs: default_transaction_isolation is serializable, not read committed/);
      // Refused before migrating: the database is still empty.
      const tables = await admin.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
      expect(tables).toEqual([{ n: 0 }]);
      await admin.close();
    } finally {
      await pg.drop();
    }
  });
});

describe('readConfig', () => {
  it('defaults to port 3000 on 127.0.0.1 in demo mode and data/sanad.db under the repository', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', seedSample: true, demo: true });
    expect(config.databasePath.endsWith(join('data', 'sanad.db'))).toBe(true);
  });

  it('never runs demo mode in production, and listens on 127.0.0.1 only in demo mode', () => {
    expect(readConfig({ NODE_ENV: 'production', HOST: '0.0.0.0' })).toMatchObject({ demo: false, host: '0.0.0.0' });
    expect(readConfig({ HOST: '0.0.0.0' })).toMatchObject({ demo: true, host: '127.0.0.1' });
    expect(readConfig({ DEMO: 'false', HOST: '0.0.0.0' })).toMatchObject({ demo: false, host: '0.0.0.0' });
  });

  it('reads the fetcher limits, refuses bad ones, and refuses the test-only loopback allowance in production', () => {
    expect(readConfig({}).fetch).toEqual({ timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024, perUserPerMinute: 20, perServerPerMinute: 120, snapshotBudgetBytes: 1024 * 1024 * 1024, extractTimeoutMs: 20_000, extractThreads: DEFAULT_EXTRACT_LIMITS.threads, allowLoopbackForTests: false });
    expect(readConfig({ FETCH_TIMEOUT_MS: '5000', FETCH_PER_USER_PER_MINUTE: '3', FETCH_ALLOW_LOOPBACK_FOR_TESTS: 'true' }).fetch).toMatchObject({
      timeoutMs: 5000,
      perUserPerMinute: 3,
      allowLoopbackForTests: true,
    });
    expect(() => readConfig({ FETCH_TIMEOUT_MS: '10' })).toThrow(/FETCH_TIMEOUT_MS/);
    expect(() => readConfig({ FETCH_MAX_BYTES: 'lots' })).toThrow(/FETCH_MAX_BYTES/);
    expect(() => readConfig({ NODE_ENV: 'production', FETCH_ALLOW_LOOPBACK_FOR_TESTS: 'true' })).toThrow(/tests only/);
  });

  it('refuses a bad port or log level', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('uses SQLite without DATABASE_URL, and PostgreSQL with it, with the pool defaults', () => {
    expect(readConfig({ DATABASE_URL: '  ' })).toMatchObject({ databaseUrl: undefined });
    const config = readConfig({ DATABASE_URL: 'postgres://sanad:pw@db.example:5432/sanad' });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://sanad:pw@db.example:5432/sanad',
      pgPool: { poolSize: 10, connectionTimeoutMs: 5000, idleTimeoutMs: 30_000, statementTimeoutMs: 30_000 },
    });
    expect(describeDatabase(config)).toBe('PostgreSQL postgres://sanad:***@db.example:5432/sanad');
    expect(describeDatabase(readConfig({ DATABASE_PATH: '/srv/sanad.db' }))).toBe('/srv/sanad.db');
    expect(readConfig({ DATABASE_URL: 'postgresql://db.example/sanad' }).databaseUrl).toBe('postgresql://db.example/sanad');
  });

  it('reads the pool size and timeouts, and refuses values that are not whole numbers in range', () => {
    const env = { PG_POOL_MAX: '25', PG_CONNECTION_TIMEOUT_MS: '2000', PG_IDLE_TIMEOUT_MS: '0', PG_STATEMENT_TIMEOUT_MS: '15000' };
    expect(readConfig(env).pgPool).toEqual({ poolSize: 25, connectionTimeoutMs: 2000, idleTimeoutMs: 0, statementTimeoutMs: 15_000 });
    expect(() => readConfig({ PG_POOL_MAX: '0' })).toThrow('PG_POOL_MAX must be a whole number of connections from 1 to 1000, got "0".');
    expect(() => readConfig({ PG_POOL_MAX: '2.5' })).toThrow(/PG_POOL_MAX/);
    expect(() => readConfig({ PG_CONNECTION_TIMEOUT_MS: '5s' })).toThrow(/PG_CONNECTION_TIMEOUT_MS must be a whole number of milliseconds/);
    expect(() => readConfig({ PG_IDLE_TIMEOUT_MS: '-1' })).toThrow(/PG_IDLE_TIMEOUT_MS/);
    expect(() => readConfig({ PG_STATEMENT_TIMEOUT_MS: '9999999999' })).toThrow(/PG_STATEMENT_TIMEOUT_MS/);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, without repeating its password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://sanad:s3cret-pw@db.example/sanad' })).toThrow(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://sanad:password@db.example:5432/sanad, got mysql://sanad:***@db.example/sanad.',
    );
    let message = '';
    try {
      readConfig({ DATABASE_URL: 'sanad:s3cret-pw@db.example' });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/DATABASE_URL must be a PostgreSQL URL/);
    expect(message).not.toContain('s3cret-pw');
  });
});
