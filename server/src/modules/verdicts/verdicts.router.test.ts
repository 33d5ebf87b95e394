import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim, tableCounts } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let claim: Claim;
beforeEach(async () => {
  server = await startTestServer();
  claim = await buildClaim(server, await buildArticle(server), 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

describe('PUT /api/claims/:id/verdict', () => {
  it('sets a verdict with its rationale and returns the claim', async () => {
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, {
      rating: 'false',
      rationale: '  لم يعقد الإبراهيمي جلستين منفصلتين.  ',
    });
    expect(response.status).toBe(200);
    expect(response.body.verdict).toMatchObject({ rating: 'false', rationale: 'لم يعقد الإبراهيمي جلستين منفصلتين.', version: 1 });
    expect(response.body.version).toBe(claim.version + 1);
  });

  it('replaces an earlier verdict and bumps its version', async () => {
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'first' });
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'misleading', rationale: 'second' });
    expect(response.body.verdict).toMatchObject({ rating: 'misleading', rationale: 'second', version: 2 });
    expect((await tableCounts(server)).verdicts).toBe(1);
  });

  it('answers 400 for a malformed rating key or an empty rationale', async () => {
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'Pants On Fire!', rationale: ' ' });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.rating', 'body.rationale']));
    expect((await tableCounts(server)).verdicts).toBe(0);
  });

  it('answers 422 unknown_rating for a well-formed key that is not on the scale', async () => {
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'pants_on_fire', rationale: 'r' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'unknown_rating', details: [{ path: ['body', 'rating'] }] });
    expect((await tableCounts(server)).verdicts).toBe(0);
  });

  it('answers 404 for an unknown claim', async () => {
    const response = await server.request('PUT', '/api/claims/999/verdict', { rating: 'true', rationale: 'x' });
    expect(response.status).toBe(404);
    expect((await tableCounts(server)).verdicts).toBe(0);
  });
});

describe('DELETE /api/claims/:id/verdict', () => {
  it('makes the claim unrated again', async () => {
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'ok' });
    const response = await server.request('DELETE', `/api/claims/${claim.id}/verdict`);
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBeNull();
  });

  it('answers 404 when the claim has no verdict', async () => {
    const response = await server.request('DELETE', `/api/claims/${claim.id}/verdict`);
    expect(response.status).toBe(404);
  });
});

describe('GET /api/rating-scale', () => {
  it('serves the seven ratings with labels, colours and definitions', async () => {
    const response = await server.request('GET', '/api/rating-scale');
    expect(response.status).toBe(200);
    expect(response.body.ratings).toHaveLength(7);
    expect(response.body.ratings[4]).toMatchObject({ key: 'false', labelEn: 'False', labelAr: 'خاطئ', value: 1 });
  });
});
