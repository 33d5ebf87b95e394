import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '@sanad/db/backend';
import { PG_MIGRATIONS_FOLDER } from '@sanad/db/pg/migrate';
import { type TestDatabase, createTestDatabase, pgTestTier } from '@sanad/db/pg/test-database';
import { TEST_DIALECT } from '../test/test-server.ts';
import { type ChildServer, freePort, loginCookie, startChild, stopChild } from './child-server.ts';

/**
 * Several Sanad servers, real processes of the real entry point, on one fresh
 * PostgreSQL database (issue #14). These run in the PostgreSQL tier
 * (`npm run test:postgres`, TEST_BACKEND=postgres), where PostgreSQL is
 * required in CI; the SQLite tier skips them.
 */
const tier = TEST_DIALECT === 'postgres' && (await pgTestTier('server/src/durability/multi-server.test.ts'));

let database: TestDatabase;
let sql: Backend;
let servers: ChildServer[] = [];

beforeAll(async () => {
  if (!tier) return;
  database = await createTestDatabase('multi');
  sql = openBackend({ databaseUrl: database.url, databasePath: 'unused.db' });
  // Two servers started at once on the empty database: both migrate and seed (sample article, demo accounts).
  const [portA, portB] = [await freePort(), await freePort()];
  servers = await Promise.all([portA, portB].map((port) => startChild({ databaseUrl: database.url }, port, { SEED_SAMPLE: 'true' })));
}, 120_000);

afterAll(async () => {
  if (!tier) return;
  await Promise.all(servers.map((server) => stopChild(server, 'SIGTERM')));
  await sql.close();
  await database.drop();
});

/** JSON of `path` on `server`, with the session `cookie`. */
async function getJson<T>(server: ChildServer, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
  expect(response.status, `${server.url}${path}`).toBe(200);
  return (await response.json()) as T;
}

describe.skipIf(!tier)('two servers on one PostgreSQL database', () => {
  it('started at once on an empty database, migrate it once, seed it once and both serve', async () => {
    const journal = JSON.parse(readFileSync(join(PG_MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    const applied = await sql.query<{ hash: string; n: number }>('SELECT hash, count(*) AS n FROM drizzle.__drizzle_migrations GROUP BY hash');
    expect(applied).toHaveLength(journal.entries.length);
    expect(applied.filter((row) => row.n !== 1)).toEqual([]);
    // The seeding ran under a lock across servers: one sample article, one of each demo account, the demo organisation once.
    expect(await sql.query('SELECT count(*) AS n FROM articles')).toEqual([{ n: 1 }]);
    expect(await sql.query('SELECT email, count(*) AS n FROM users GROUP BY email ORDER BY email')).toEqual([
      { email: 'admin@sanad.test', n: 1 },
      { email: 'editor@sanad.test', n: 1 },
      { email: 'reviewer@sanad.test', n: 1 },
    ]);
    expect(await sql.query("SELECT count(*) AS n FROM audit_log WHERE action = 'organisation.update'")).toEqual([{ n: 1 }]);
    for (const server of servers) {
      const listed = await getJson<{ articles: { language: string }[] }>(server, '/api/articles', await loginCookie(server.url));
      expect(listed.articles.map((article) => article.language)).toEqual(['ar']);
    }
  });

  it('lets exactly one of 50 writers on one claim, split across the two servers with the version they saw, win; 49 get 412, none a 5xx', async () => {
    const cookies = await Promise.all(servers.map((server) => loginCookie(server.url)));
    const [a, b] = servers as [ChildServer, ChildServer];
    const [article] = (await getJson<{ articles: { id: number }[] }>(a, '/api/articles', cookies[0]!)).articles;
    const created = await fetch(`${a.url}/api/articles/${article!.id}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[0]! },
      body: JSON.stringify({ start: 0, end: 6, quote: 'استأنف' }),
    });
    expect(created.status).toBe(201);
    const claimId = ((await created.json()) as { id: number }).id;
    // Every writer saw the same version, read through the other server.
    const seen = (await getJson<{ version: number }>(b, `/api/claims/${claimId}`, cookies[1]!)).version;

    const statuses = await Promise.all(
      Array.from({ length: 50 }, async (_, writer) => {
        const server = servers[writer % 2]!;
        const response = await fetch(`${server.url}/api/claims/${claimId}/verdict`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: cookies[writer % 2]!, 'if-match': `"v${seen}"` },
          body: JSON.stringify({ rating: 'false', rationale: `writer ${writer}` }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(49);
    const winner = statuses.indexOf(200);
    for (const [index, server] of servers.entries()) {
      const claim = await getJson<{ version: number; verdict: { rationale: string } | null }>(server, `/api/claims/${claimId}`, cookies[index]!);
      expect(claim.version).toBe(seen + 1);
      expect(claim.verdict?.rationale).toBe(`writer ${winner}`);
    }
  }, 60_000);

  it('keeps every acknowledged write when one server is killed with SIGKILL while both take writes, and the other serves on', async () => {
    const cookies = await Promise.all(servers.map((server) => loginCookie(server.url)));
    const acknowledged: string[] = [];
    let afterKill = 0;
    let killed = false;
    const stopAt = { value: false };
    const writers = servers.map(async (server, index) => {
      for (let i = 0; !stopAt.value; i += 1) {
        const title = `server ${index} write ${i}`;
        try {
          const response = await fetch(`${server.url}/api/articles`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: cookies[index]! },
            body: JSON.stringify({ title, text: `نص الكتابة رقم ${i}` }),
          });
          await response.arrayBuffer();
          if (response.status === 201) {
            acknowledged.push(title);
            if (killed && index === 1) afterKill += 1;
          } else throw new Error(`${title}: status ${response.status}`);
        } catch (error) {
          // The killed server's connection fails (fetch's TypeError); anything else is a real failure.
          if (index === 0 && killed && error instanceof TypeError) return;
          throw error;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 500));
    killed = true;
    await stopChild(servers[0]!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    stopAt.value = true;
    await Promise.all(writers);

    expect(acknowledged.length).toBeGreaterThan(10);
    expect(afterKill, 'writes acknowledged by the surviving server after the kill').toBeGreaterThan(0);
    const stored = new Set((await sql.query<{ title: string }>('SELECT title FROM articles')).map((row) => row.title));
    expect(acknowledged.filter((title) => !stored.has(title)), 'acknowledged but missing').toEqual([]);
    const listed = await getJson<{ articles: { title: string }[] }>(servers[1]!, '/api/articles', cookies[1]!);
    const served = new Set(listed.articles.map((article) => article.title));
    expect(acknowledged.filter((title) => !served.has(title)), 'acknowledged but not served by the survivor').toEqual([]);
  }, 60_000);
});
