import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer, testClock } from '../../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
let editor: TestClient;
let arabic: Article;
let english: Article;
let other: TestClient;
let otherId: number;

/**
 * A data set whose counts are known:
 * - Arabic article (added 2026-01-01): 3 claims by the reviewer: false+approved, false+submitted, unrated draft;
 * - English article (added 2026-01-03): 2 claims by another reviewer: true+draft, misleading+changes_requested;
 * - an empty French article (added 2026-01-05).
 */
beforeAll(async () => {
  const clock = testClock('2026-01-01T09:00:00.000Z');
  server = await startTestServer({ clock });
  reviewer = await server.as('reviewer');
  editor = await server.as('editor');
  const extra = await server.createUser('reviewer', 'Second Reviewer');
  otherId = extra.id;
  other = await server.as({ email: extra.email, password: 'correct horse battery' });

  arabic = await buildArticle(reviewer, { title: 'مقال عربي', text: 'عقد الأخضر الإبراهيمي جلستين منفصلتين مع الوفدين في جنيف.' });
  const a1 = await buildClaim(reviewer, arabic, 'الأخضر الإبراهيمي');
  const a2 = await buildClaim(reviewer, arabic, 'جلستين منفصلتين');
  await buildClaim(reviewer, arabic, 'في جنيف');
  for (const claim of [a1, a2]) {
    await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'Not so.' });
    await reviewer.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' });
  }
  await editor.request('POST', `/api/claims/${a1.id}/transitions`, { to: 'approved' });

  clock.advance(2 * 24 * 3600 * 1000);
  // Two days later every session has expired: log in again.
  other = await server.as({ email: extra.email, password: 'correct horse battery' });
  editor = await server.as({ email: 'editor@test.sanad', password: 'correct horse battery' });
  english = await buildArticle(other, { title: 'English piece', text: 'The council approved the budget and the mayor praised it.', language: 'en' });
  const e1 = await buildClaim(other, english, 'approved the budget');
  const e2 = await buildClaim(other, english, 'the mayor praised it');
  await other.request('PUT', `/api/claims/${e1.id}/verdict`, { rating: 'true', rationale: 'Minutes confirm it.' });
  await other.request('PUT', `/api/claims/${e2.id}/verdict`, { rating: 'misleading', rationale: 'Out of context.' });
  await other.request('POST', `/api/claims/${e2.id}/transitions`, { to: 'submitted' });
  await editor.request('POST', `/api/claims/${e2.id}/transitions`, { to: 'changes_requested', note: 'Add the video.' });

  clock.advance(2 * 24 * 3600 * 1000);
  reviewer = await server.as({ email: 'reviewer@test.sanad', password: 'correct horse battery' });
  editor = await server.as({ email: 'editor@test.sanad', password: 'correct horse battery' });
  await buildArticle(reviewer, { title: 'Article vide', text: 'Rien à vérifier ici, vraiment rien du tout.', language: 'fr' });
});
afterAll(async () => {
  await server.close();
});

const summary = (query = '') => editor.request('GET', `/api/summary${query}`);

describe('GET /api/summary', () => {
  it('counts claims per verdict and status per article and in total', async () => {
    const response = await summary();
    expect(response.status).toBe(200);
    const { articles, totals } = response.body;
    expect(articles.map((row: { title: string }) => row.title)).toEqual(['Article vide', 'English piece', 'مقال عربي']);
    const ar = articles.find((row: { id: number }) => row.id === arabic.id);
    expect(ar).toMatchObject({ claims: 3, approved: 1, language: 'ar' });
    expect(ar.verdicts).toMatchObject({ false: 2, unrated: 1, true: 0 });
    expect(ar.statuses).toEqual({ draft: 1, submitted: 1, approved: 1, changes_requested: 0 });
    expect(totals).toMatchObject({ articles: 3, claims: 5 });
    expect(totals.verdicts).toMatchObject({ false: 2, true: 1, misleading: 1, unrated: 1, half_true: 0 });
    expect(totals.statuses).toEqual({ draft: 2, submitted: 1, approved: 1, changes_requested: 1 });
  });

  it('gives each reviewer\'s workload by status', async () => {
    const { workload } = (await summary()).body;
    expect(workload).toEqual([
      { reviewer: { id: server.users.reviewer.id, name: 'Test reviewer', role: 'reviewer' }, claims: 3, statuses: { draft: 1, submitted: 1, approved: 1, changes_requested: 0 } },
      { reviewer: { id: otherId, name: 'Second Reviewer', role: 'reviewer' }, claims: 2, statuses: { draft: 1, submitted: 0, approved: 0, changes_requested: 1 } },
    ]);
  });

  it('filters by status, verdict, reviewer, language and date, leaving out articles without matching claims', async () => {
    const falseArabic = (await summary('?language=ar&verdict=false')).body;
    expect(falseArabic.articles.map((row: { id: number }) => row.id)).toEqual([arabic.id]);
    expect(falseArabic.totals).toMatchObject({ claims: 2, statuses: { approved: 1, submitted: 1, draft: 0, changes_requested: 0 } });
    expect((await summary('?status=changes_requested')).body.articles.map((row: { id: number }) => row.id)).toEqual([english.id]);
    expect((await summary(`?reviewer=${otherId}`)).body.totals.claims).toBe(2);
    expect((await summary('?verdict=unrated')).body.totals.claims).toBe(1);
    const dated = (await summary('?from=2026-01-02&to=2026-01-04')).body;
    expect(dated.articles.map((row: { id: number }) => row.id)).toEqual([english.id]);
  });

  it('sorts by any column', async () => {
    const byTitle = (await summary('?sort=title&order=asc')).body.articles.map((row: { title: string }) => row.title);
    expect(byTitle).toEqual(['Article vide', 'English piece', 'مقال عربي']);
    const byProgress = (await summary('?sort=progress&order=desc')).body.articles.map((row: { id: number }) => row.id);
    expect(byProgress[0]).toBe(arabic.id);
    const byClaims = (await summary('?sort=claims&order=asc')).body.articles.map((row: { claims: number }) => row.claims);
    expect(byClaims).toEqual([0, 2, 3]);
    const byRated = (await summary('?sort=verdicts&order=desc')).body.articles.map((row: { id: number }) => row.id);
    expect(byRated.slice(0, 2)).toEqual([english.id, arabic.id]);
    const byWaiting = (await summary('?sort=statuses&order=desc')).body.articles.map((row: { id: number }) => row.id);
    expect(byWaiting[0]).toBe(arabic.id);
    await editor.request('PUT', `/api/articles/${english.id}/assignees`, { userIds: [otherId] });
    const byReviewer = (await summary('?sort=reviewers&order=desc')).body.articles.map((row: { id: number }) => row.id);
    expect(byReviewer[0]).toBe(english.id);
  });

  it('answers 400 naming the filter for an unknown verdict, a reversed date range or an unknown parameter', async () => {
    const verdict = await summary('?verdict=pants_on_fire');
    expect(verdict.status).toBe(400);
    expect(verdict.body.error.details[0].path).toEqual(['query', 'verdict']);
    const range = await summary('?from=2026-02-01&to=2026-01-01');
    expect(range.status).toBe(400);
    expect(range.body.error.details[0]).toMatchObject({ path: ['query', 'to'], message: 'The date range ends before it starts.' });
    expect((await summary('?sort=drop table')).status).toBe(400);
    expect((await summary('?color=red')).status).toBe(400);
  });
});

describe('GET /api/articles/:id/summary', () => {
  it('lists the claims in reading order with verdict, rationale, sources by stance, status and reviewer', async () => {
    await reviewer.request('POST', `/api/claims/${(await reviewer.request('GET', `/api/articles/${arabic.id}/claims`)).body.claims[2].id}/sources`, {
      url: 'https://example.org/geneva',
      title: 'Report',
      publisher: 'Example',
      stance: 'contradicts',
    });
    await editor.request('PATCH', `/api/articles/${arabic.id}`, { outlet: 'الأخبار', publishedOn: '2014-01-20' });
    const response = await editor.request('GET', `/api/articles/${arabic.id}/summary`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'مقال عربي', direction: 'rtl', verdicts: { false: 2, unrated: 1 } });
    expect(response.body).toMatchObject({ outlet: 'الأخبار', publishedOn: '2014-01-20', author: null, url: null });
    expect(response.body.claims.map((claim: { quote: string }) => claim.quote)).toEqual(['الأخضر الإبراهيمي', 'جلستين منفصلتين', 'في جنيف']);
    expect(response.body.claims[0]).toMatchObject({ rating: 'false', rationaleExcerpt: 'Not so.', status: 'approved', reviewer: { name: 'Test reviewer' } });
    expect(response.body.claims[2].sources).toEqual({ supports: 0, contradicts: 1, context: 0 });
    expect((await editor.request('GET', '/api/articles/999/summary')).status).toBe(404);
  });
});

// Last: it changes a claim's kind (the figures of the other tests stay as they were).
describe('GET /api/summary?kind= (ADR 033)', () => {
  it('filters by the claim kind from the tallies, and answers 400 for a kind that does not exist', async () => {
    const [row] = await server.query<{ id: number }>('select id from claims where quote = ?', 'في جنيف');
    expect((await reviewer.request('PATCH', `/api/claims/${row!.id}`, { kind: 'opinion' })).status).toBe(200);
    const opinions = (await summary('?kind=opinion')).body;
    expect(opinions.articles.map((article: { id: number }) => article.id)).toEqual([arabic.id]);
    expect(opinions.totals).toMatchObject({ claims: 1, verdicts: { unrated: 1 }, statuses: { draft: 1, submitted: 0, approved: 0, changes_requested: 0 } });
    expect((await summary('?kind=factual')).body.totals.claims).toBe(4);
    expect((await summary('?kind=factual&language=en')).body.totals.claims).toBe(2);
    expect((await summary('?kind=prediction')).body.totals.claims).toBe(0);
    const bad = await summary('?kind=rumour');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toEqual(['query', 'kind']);
  });
});
