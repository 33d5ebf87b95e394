import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
let article: Article;
let claim: Claim;
beforeEach(async () => {
  server = await startTestServer();
  article = await buildArticle(server);
  claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

const verdict = (rationale: string, ifMatch: string | null) =>
  server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale }, { ifMatch });

describe('If-Match (ASVS 2.3.3)', () => {
  it('sends the version as a strong ETag', async () => {
    const response = await server.request('GET', `/api/claims/${claim.id}`);
    expect(response.headers.get('etag')).toBe(`"v${claim.version}"`);
    expect((await server.request('GET', `/api/articles/${article.id}`)).headers.get('etag')).toBe(`"v${article.version}"`);
  });

  it('answers 428 without If-Match, changing nothing', async () => {
    const response = await verdict('x', null);
    expect(response.status).toBe(428);
    expect(response.body.error.code).toBe('precondition_required');
    for (const [method, path, body] of [
      ['PATCH', `/api/articles/${article.id}`, { title: 't' }],
      ['DELETE', `/api/articles/${article.id}`, undefined],
      ['PUT', `/api/articles/${article.id}/text`, { text: 'x' }],
      ['PATCH', `/api/claims/${claim.id}`, { claimant: 'x' }],
      ['DELETE', `/api/claims/${claim.id}`, undefined],
      ['POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' }],
    ] as const) {
      expect((await server.request(method, path, body, { ifMatch: null })).status, `${method} ${path}`).toBe(428);
    }
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body).toMatchObject({ version: claim.version, verdict: null });
  });

  it('answers 412 with the current state for a stale or weak tag, overwriting nothing', async () => {
    expect((await verdict('first', `"v${claim.version}"`)).status).toBe(200);
    const stale = await verdict('second', `"v${claim.version}"`);
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect(stale.body.error.current).toMatchObject({ id: claim.id, version: claim.version + 1, verdict: { rationale: 'first' } });
    const weak = await verdict('third', `W/"v${claim.version + 1}"`);
    expect(weak.status).toBe(412);
    const current = await server.request('GET', `/api/claims/${claim.id}`);
    expect(current.body.verdict.rationale).toBe('first');
  });

  it('lets exactly one of 20 parallel writes with the same version through', async () => {
    const tag = `"v${claim.version}"`;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verdict(`writer ${i}`, tag)));
    const statuses = results.map((result) => result.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(19);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.version).toBe(claim.version + 1);
  });

  it('refuses a stale delete', async () => {
    await server.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'someone' });
    const response = await server.request('DELETE', `/api/claims/${claim.id}`, undefined, { ifMatch: `"v${claim.version}"` });
    expect(response.status).toBe(412);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).status).toBe(200);
  });
});
