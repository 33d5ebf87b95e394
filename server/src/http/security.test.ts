import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createApp } from '../app.ts';
import type { Logger } from '../lib/logger.ts';
import { buildArticle, buildClaim, tableCounts } from '../test/factories.ts';
import { TEST_PASSWORD, type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('security headers (ASVS 3.4)', () => {
  it('sends a CSP without inline script, object-src none, base-uri none, nosniff, no referrer and no X-Powered-By', async () => {
    const response = await server.request('GET', '/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('login rate limit (ASVS 6.3.1)', () => {
  it('cannot be reset with a forged X-Forwarded-For', async () => {
    const attempt = (forwarded: string, password = 'wrong password') =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
        body: JSON.stringify({ email: 'admin@test.sanad', password }),
      });
    for (let i = 0; i < 5; i += 1) expect((await attempt(`10.0.0.${i}`)).status).toBe(401);
    const forged = await attempt('203.0.113.77', TEST_PASSWORD);
    expect(forged.status).toBe(429);
  });
});

describe('denied requests (ASVS 16.3.2)', () => {
  it('are logged with user, role, route and code, without the request body', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (message, fields) => lines.push({ message, ...fields }),
      error: (message, fields) => lines.push({ message, ...fields }),
      enabled: (level) => level !== 'debug',
    };
    const app = createApp({ db: server.handle.db, clock: server.clock, logger, services: server.services });
    const listening = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (listening.address() as { port: number }).port;
    const reviewer = await server.as('reviewer');
    await fetch(`http://127.0.0.1:${port}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: reviewer.cookie! },
      body: JSON.stringify({ name: 'x', email: 'x@y.org', role: 'admin', password: 'secret password 1' }),
    });
    listening.close();
    const denied = lines.find((line) => line.message === 'request denied');
    expect(denied).toMatchObject({ status: 403, code: 'forbidden', userId: server.users.reviewer.id, role: 'reviewer', method: 'POST', path: '/api/users' });
    expect(JSON.stringify(lines)).not.toMatch(/secret password 1/);
  });
});

describe('fuzzing every route (ASVS 2.2.1, 16.5.3)', () => {
  it('answers generated bodies, queries and tags on every route with 4xx in the error envelope, never 5xx', async () => {
    const article = await buildArticle(server);
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    const admin = await server.as('admin');
    const routes: [string, string][] = [
      ['POST', '/api/articles'],
      ['PATCH', `/api/articles/${article.id}`],
      ['PUT', `/api/articles/${article.id}/text`],
      ['PUT', `/api/articles/${article.id}/assignees`],
      ['POST', `/api/articles/${article.id}/claims`],
      ['PATCH', `/api/claims/${claim.id}`],
      ['PUT', `/api/claims/${claim.id}/verdict`],
      ['POST', `/api/claims/${claim.id}/sources`],
      ['POST', `/api/claims/${claim.id}/transitions`],
      ['POST', `/api/claims/${claim.id}/anchor/confirm`],
      ['POST', `/api/claims/${claim.id}/comments`],
      ['POST', '/api/users'],
      ['PATCH', '/api/organisation'],
      ['POST', '/api/session/password'],
      ['GET', '/api/search'],
      ['GET', '/api/summary'],
      ['GET', `/api/articles/${article.id}/diff`],
    ];
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom('title', 'text', 'start', 'end', 'quote', 'rating', 'rationale', 'url', 'stance', 'to', 'note', 'body', 'userIds', 'role', 'email', 'password', '__proto__', 'constructor', 'version'),
        fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.constant('javascript:alert(1)')),
      ),
    );
    const query = fc.dictionary(fc.constantFrom('q', 'limit', 'from', 'to', 'verdict', 'status', 'sort', 'order', 'reviewer', 'x'), fc.string({ maxLength: 12 }), { maxKeys: 3 });
    const before = (await tableCounts(server));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), json, query, fc.constantFrom('"v1"', '"v99"', 'W/"v1"', 'garbage'), async ([method, path], body, params, ifMatch) => {
        const search = new URLSearchParams(params).toString();
        const response = await admin.request(method, `${path}${search ? `?${search}` : ''}`, method === 'GET' ? undefined : JSON.stringify(body), { ifMatch });
        expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.any(Array) });
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // SQLite-specific check (a corrupt file); PostgreSQL has no equivalent to ask.
    if (server.dialect === 'sqlite') expect(server.handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await tableCounts(server)).articles).toBeGreaterThanOrEqual(before.articles!);
  }, 120_000);

  it('changes nothing for requests that are all rejected', async () => {
    const article = await buildArticle(server);
    const before = (await tableCounts(server));
    const reviewer = await server.as('reviewer');
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.integer({ min: -5, max: 10_000_000 }), async (quote, start) => {
        // A quote that is not the text at its offsets is always refused.
        const response = await reviewer.request('POST', `/api/articles/${article.id}/claims`, { start, end: start + quote.length + 1, quote: `${quote}\u0000` });
        expect([400, 422]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
    expect((await tableCounts(server))).toEqual(before);
  });
});
