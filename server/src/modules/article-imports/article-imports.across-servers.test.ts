import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECT, type TestServer, type TestServerOptions, startTestServer } from '../../test/test-server.ts';

const page = readFileSync(new URL('../../lib/extract/fixtures/english-news.html', import.meta.url));

// Two app servers on one PostgreSQL database (issue #17): the fetch quota is the deployment's, not each server's.
describe.skipIf(TEST_DIALECT !== 'postgres')('the fetch quota across two servers on one PostgreSQL', () => {
  let pages: Server;
  let url = '';
  let a: TestServer;
  let b: TestServer;
  const options: TestServerOptions = { fetcher: { allowForTests: ['loopback'] }, fetchQuota: { perUserPerMinute: 2, perServerPerMinute: 3 } };

  beforeEach(async () => {
    pages = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/bus`;
    a = await startTestServer(options);
    b = await startTestServer({ ...options, sameDatabaseAs: a });
  });
  afterEach(async () => {
    await b.close();
    await a.close();
    pages.closeAllConnections();
    await new Promise<void>((resolve) => pages.close(() => resolve()));
  });

  it('counts one user’s fetches through both servers together: the 3rd, on either, is 429', async () => {
    const onA = await a.as('reviewer');
    const onB = await b.as('reviewer');
    expect((await onA.request('POST', '/api/article-imports/url', { url })).status).toBe(200);
    expect((await onB.request('POST', '/api/article-imports/url', { url })).status).toBe(200);
    const third = await onB.request('POST', '/api/article-imports/url', { url });
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({ code: 'fetch_rate_limited', message: expect.stringMatching(/2 pages a minute/) });
    expect((await onA.request('POST', '/api/article-imports/url', { url })).status).toBe(429);
  });

  it('counts the deployment’s total through both servers: the 4th fetch, on B by a user still under their own limit, is 429', async () => {
    expect((await (await a.as('reviewer')).request('POST', '/api/article-imports/url', { url })).status).toBe(200);
    expect((await (await b.as('editor')).request('POST', '/api/article-imports/url', { url })).status).toBe(200);
    expect((await (await a.as('admin')).request('POST', '/api/article-imports/url', { url })).status).toBe(200);
    const fourth = await (await b.as('reviewer')).request('POST', '/api/article-imports/url', { url });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.message).toMatch(/server/);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
