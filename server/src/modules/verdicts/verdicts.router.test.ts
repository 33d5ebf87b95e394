import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim, tableCounts } from '../../test/factories.ts';
import { TEST_PASSWORD, type TestServer, startTestServer } from '../../test/test-server.ts';

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

describe('a verdict’s confidence and re-check day (issue #16)', () => {
  it('keeps the confidence and the re-check day, and clears them when a later save leaves them out', async () => {
    const set = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r', confidence: 'low', recheckOn: '2027-03-01' });
    expect(set.status).toBe(200);
    expect(set.body.verdict).toMatchObject({ confidence: 'low', recheckOn: '2027-03-01' });
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.verdict).toMatchObject({ confidence: 'low', recheckOn: '2027-03-01' });
    const cleared = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r', recheckOn: '' });
    expect(cleared.body.verdict).toMatchObject({ confidence: null, recheckOn: null, version: 2 });
  });

  it('answers 400 for an unknown confidence or a day that does not exist, and changes nothing', async () => {
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r', confidence: 'certain', recheckOn: '2027-02-30' });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.confidence', 'body.recheckOn']));
    expect((await tableCounts(server)).verdicts).toBe(0);
  });

  it('lists verdicts whose day has come in the queue: every one for editors, their own for reviewers', async () => {
    const reviewer = await server.as('reviewer');
    const second = await buildArticle(server, { title: 'Second' });
    const theirs = await buildClaim(reviewer, second, 'الأخضر الإبراهيمي');
    const later = await buildClaim(server, await buildArticle(server, { title: 'Third' }), 'الأخضر الإبراهيمي');
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r', recheckOn: '2020-05-01' });
    expect((await reviewer.request('PUT', `/api/claims/${theirs.id}/verdict`, { rating: 'true', rationale: 'r', recheckOn: '2019-01-01' })).status).toBe(200);
    await server.request('PUT', `/api/claims/${later.id}/verdict`, { rating: 'true', rationale: 'r', recheckOn: '2999-01-01' });
    const editorQueue = await server.request('GET', '/api/queue');
    expect(editorQueue.status).toBe(200);
    expect(editorQueue.body.recheckDue.map((item: { claimId: number }) => item.claimId)).toEqual([theirs.id, claim.id]);
    expect(editorQueue.body.recheckDue[0]).toMatchObject({ recheckOn: '2019-01-01', publishedAt: null });
    const reviewerQueue = await reviewer.request('GET', '/api/queue');
    expect(reviewerQueue.body.recheckDue.map((item: { claimId: number }) => item.claimId)).toEqual([theirs.id]);
    const stranger = await server.createUser('reviewer');
    const strangerClient = await server.as({ email: stranger.email, password: TEST_PASSWORD });
    expect((await strangerClient.request('GET', '/api/queue')).body.recheckDue).toEqual([]);
  });

  it('shows in the JSON, Markdown, HTML and CSV reports', async () => {
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r', confidence: 'high', recheckOn: '2027-03-01' });
    const report = `/api/articles/${claim.articleId}/report`;
    expect((await server.request('GET', `${report}?format=json`)).body.claims[0].verdict).toMatchObject({ confidence: 'high', recheckOn: '2027-03-01' });
    expect((await server.request('GET', `${report}?format=md`)).body).toContain('Rated by 1 person · Confidence: high · Independent sources: 0 supporting, 0 contradicting · To be checked again on 2027-03-01');
    expect((await server.request('GET', `${report}?format=html`)).body).toContain('<p class="verdict-notes">Rated by 1 person · Confidence: high · Independent sources: 0 supporting, 0 contradicting · To be checked again on 2027-03-01</p>');
    const csv = (await server.request('GET', `${report}?format=csv`)).body as string;
    expect(csv.split('\n')[1]).toMatch(/,high,2027-03-01,factual,,,1,,0,0,,\r?$/);
  });
});

describe('claim kinds (issue #16)', () => {
  it('gives a claim a kind, refuses a truth rating to a prediction or an opinion, and shows the kind in the index and the reports', async () => {
    expect(claim.kind).toBe('factual');
    const made = await server.request('PATCH', `/api/claims/${claim.id}`, { kind: 'prediction' });
    expect(made.status).toBe(200);
    expect(made.body.kind).toBe('prediction');
    const refused = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'kind_not_ratable', details: [{ path: ['body', 'rating'] }] });
    expect((await tableCounts(server)).verdicts).toBe(0);
    expect((await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'unverifiable', rationale: 'Not yet knowable.' })).status).toBe(200);
    const index = await server.request('GET', `/api/articles/${claim.articleId}/claims/index`);
    expect(index.body.kind).toEqual([[0, 'prediction']]);
    const report = `/api/articles/${claim.articleId}/report`;
    expect((await server.request('GET', `${report}?format=json`)).body.claims[0].kind).toBe('prediction');
    expect((await server.request('GET', `${report}?format=md`)).body).toContain('Kind: prediction');
  });

  it('refuses to make a claim with a truth rating an opinion, and a kind that does not exist', async () => {
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r' });
    const refused = await server.request('PATCH', `/api/claims/${claim.id}`, { kind: 'opinion' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'kind_not_ratable', details: [{ path: ['body', 'kind'] }] });
    const bad = await server.request('PATCH', `/api/claims/${claim.id}`, { kind: 'rumour' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toEqual(['body', 'kind']);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.kind).toBe('factual');
    const statistic = await server.request('PATCH', `/api/claims/${claim.id}`, { kind: 'statistic' });
    expect(statistic.body).toMatchObject({ kind: 'statistic', verdict: { rating: 'false' } });
  });
});

describe('PUT and DELETE /api/claims/:id/verdict/outdated', () => {
  it('lets an editor mark a verdict outdated with a note, also once approved, and mark it current again; a new verdict is current', async () => {
    const reviewer = await server.as('reviewer');
    const editor = await server.as('editor');
    const mine = await buildClaim(reviewer, await buildArticle(server, { title: 'Outdated' }), 'الأخضر الإبراهيمي');
    expect((await reviewer.request('PUT', `/api/claims/${mine.id}/verdict/outdated`, { note: 'n' })).status).toBe(403);
    expect((await editor.request('PUT', `/api/claims/${mine.id}/verdict/outdated`, { note: 'n' })).status).toBe(404);
    await reviewer.request('PUT', `/api/claims/${mine.id}/verdict`, { rating: 'true', rationale: 'ok' });
    await reviewer.request('POST', `/api/claims/${mine.id}/transitions`, { to: 'submitted' });
    expect((await editor.request('POST', `/api/claims/${mine.id}/transitions`, { to: 'approved' })).status).toBe(200);
    expect((await editor.request('PUT', `/api/claims/${mine.id}/verdict/outdated`, { note: '  ' })).status).toBe(400);
    const marked = await editor.request('PUT', `/api/claims/${mine.id}/verdict/outdated`, { note: 'The office revised the figure in March.' });
    expect(marked.status).toBe(200);
    expect(marked.body.verdict).toMatchObject({ rating: 'true', outdated: { note: 'The office revised the figure in March.', by: { role: 'editor' } } });
    const json = (await reviewer.request('GET', `/api/articles/${mine.articleId}/report?format=json`)).body;
    expect(JSON.stringify(json)).toContain('The office revised the figure in March.');
    const markdown = (await reviewer.request('GET', `/api/articles/${mine.articleId}/report?format=md`)).body as string;
    expect(markdown).toContain('Outdated since');
    const csv = (await reviewer.request('GET', `/api/articles/${mine.articleId}/report?format=csv`)).body as string;
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
    expect(row![header!.indexOf('outdated_note')]).toBe('The office revised the figure in March.');
    expect(row![header!.indexOf('outdated_on')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const history = await reviewer.request('GET', `/api/claims/${mine.id}/history`);
    expect(history.body.entries.map((entry: { action: string }) => entry.action)).toContain('verdict.outdated');
    const current = await editor.request('DELETE', `/api/claims/${mine.id}/verdict/outdated`);
    expect(current.body.verdict.outdated).toBeNull();
    expect((await editor.request('DELETE', `/api/claims/${mine.id}/verdict/outdated`)).body.error.code).toBe('not_outdated');
    await editor.request('PUT', `/api/claims/${mine.id}/verdict/outdated`, { note: 'again' });
    await editor.request('POST', `/api/claims/${mine.id}/transitions`, { to: 'draft', note: 'Re-check the figure.' });
    const renewed = await reviewer.request('PUT', `/api/claims/${mine.id}/verdict`, { rating: 'mostly_true', rationale: 'New figure.' });
    expect(renewed.body.verdict.outdated).toBeNull();
  });
});
