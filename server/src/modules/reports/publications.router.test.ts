import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimReviewListProblems } from '@sanad/shared/standards/claimreview';
import { ReportSchema } from '@sanad/shared/schemas/report';
import { PublicationListSchema } from '@sanad/shared/schemas/publication';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
let editor: TestClient;
let admin: TestClient;
let article: Article;
let claims: Claim[];

const TEXT =
  'قال المتحدث إنَّ مُؤتمرَ جنيف 2 سيُعقَد في موعدِه المحدَّد وإنَّ جميعَ الأطرافِ قد وافقت على الحضورِ دونَ أيِّ شروطٍ مسبقة من أيِّ طرفٍ كان. وأضاف أن النسبة بلغت 40 بالمئة. وقال أيضًا إن الوفد وصل أمس.';
const LONG = 'إنَّ مُؤتمرَ جنيف 2 سيُعقَد في موعدِه المحدَّد وإنَّ جميعَ الأطرافِ قد وافقت على الحضورِ دونَ أيِّ شروطٍ مسبقة من أيِّ طرفٍ كان';

async function rateAndApprove(claim: Claim, rating: string, rationale: string): Promise<void> {
  expect((await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating, rationale })).status).toBe(200);
  expect((await reviewer.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' })).status).toBe(200);
  expect((await editor.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'approved' })).status).toBe(200);
}

async function settings(values: Record<string, unknown>): Promise<void> {
  const current = await admin.request('GET', '/api/organisation');
  const response = await admin.request('PATCH', '/api/organisation', values, { ifMatch: current.headers.get('etag') });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const publish = (who: TestClient) => who.request('POST', `/api/articles/${article.id}/publications`, {}, { ifMatch: null });
const report = (format: string, kind = 'published') => reviewer.request('GET', `/api/articles/${article.id}/report?format=${format}&kind=${kind}`);

beforeEach(async () => {
  server = await startTestServer();
  [reviewer, editor, admin] = await Promise.all([server.as('reviewer'), server.as('editor'), server.as('admin')]);
  article = await buildArticle(reviewer, { title: 'جنيف 2: تصريحات المتحدث', text: TEXT });
  expect((await reviewer.request('PATCH', `/api/articles/${article.id}`, { author: 'سامي كليب', outlet: 'الأخبار', publishedOn: '2014-01-20', url: 'https://al-akhbar.example/geneva2' })).status).toBe(200);
  claims = [await buildClaim(reviewer, article, LONG), await buildClaim(reviewer, article, 'بلغت 40 بالمئة'), await buildClaim(reviewer, article, 'الوفد وصل أمس')];
  await settings({ name: 'مرصد سند', url: 'https://sanad.example', publishBaseUrl: 'https://sanad.example/fact-checks/' });
});
afterEach(async () => {
  await server.close();
});

describe('POST /api/articles/:id/publications', () => {
  it('refuses reviewers (403) and an article with nothing approved (409), writing nothing', async () => {
    const refused = await publish(reviewer);
    expect(refused.status).toBe(403);
    const empty = await publish(editor);
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('nothing_to_publish');
    expect(await server.query('SELECT count(*) AS n FROM publications')).toEqual([{ n: 0 }]);
    expect((await editor.request('POST', '/api/articles/999/publications', {}, { ifMatch: null })).status).toBe(404);
    expect((await editor.request('POST', `/api/articles/${article.id}/publications`, { kind: 'final' }, { ifMatch: null })).status).toBe(400);
  });

  it('publishes approved claims only, records the time and who, and locks the claims it includes', async () => {
    await rateAndApprove(claims[0]!, 'mostly_false', 'المؤتمر تأجل مرتين، بحسب بيان الأمم المتحدة.');
    await rateAndApprove(claims[1]!, 'false', 'The ministry figure was 24 per cent.');
    server.clock.advance(60_000);
    const published = await publish(editor);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ number: 1, claims: 2, corrections: 0, publishedBy: { role: 'editor' }, publishedAt: server.clock.now().toISOString() });

    const parsed = ReportSchema.parse((await report('json')).body);
    expect(parsed.kind).toBe('published');
    expect(parsed.claims.map((claim) => claim.id)).toEqual([claims[0]!.id, claims[1]!.id]);
    expect(parsed.claims.every((claim) => claim.status === 'approved' && claim.publishedAt === published.body.publishedAt)).toBe(true);
    expect(parsed.publication).toMatchObject({ number: 1, firstPublishedAt: published.body.publishedAt });
    expect(parsed.article).toMatchObject({ author: 'سامي كليب', outlet: 'الأخبار', publishedOn: '2014-01-20' });

    // Locked: nothing about a published claim changes without a reopen.
    expect((await reviewer.request('PUT', `/api/claims/${claims[0]!.id}/verdict`, { rating: 'true', rationale: 'x' })).body.error.code).toBe('claim_locked');
    expect((await editor.request('DELETE', `/api/claims/${claims[0]!.id}`)).status).toBe(409);
    const claim = (await reviewer.request('GET', `/api/claims/${claims[0]!.id}`)).body;
    expect(claim.publishedAt).toBe(published.body.publishedAt);

    // Work after publication does not change what went out.
    await rateAndApprove(claims[2]!, 'true', 'Confirmed by the delegation.');
    expect(ReportSchema.parse((await report('json')).body).claims).toHaveLength(2);
    const list = PublicationListSchema.parse((await reviewer.request('GET', `/api/articles/${article.id}/publications`)).body);
    expect(list.pending).toEqual({ newClaims: 1, corrections: 0 });
  });

  it('refuses to publish twice with nothing new', async () => {
    await rateAndApprove(claims[1]!, 'false', 'The ministry figure was 24 per cent.');
    expect((await publish(editor)).status).toBe(201);
    const again = await publish(editor);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_publish');
  });

  it('turns a reopened published claim into a correction, listed with its date in the next publication and as dateModified', async () => {
    await rateAndApprove(claims[0]!, 'mostly_false', 'المؤتمر تأجل مرتين.');
    await rateAndApprove(claims[1]!, 'false', 'The ministry figure was 24 per cent.');
    const first = (await publish(editor)).body;
    server.clock.advance(3_600_000);
    expect((await editor.request('POST', `/api/claims/${claims[1]!.id}/transitions`, { to: 'draft', note: 'The ministry revised its figure to 38 per cent.' })).status).toBe(200);
    const pending = PublicationListSchema.parse((await reviewer.request('GET', `/api/articles/${article.id}/publications`)).body);
    expect(pending.pending).toEqual({ newClaims: 0, corrections: 1 });
    expect(pending.corrections[0]).toMatchObject({ claimId: claims[1]!.id, ratingBefore: 'false', ratingAfter: null, publishedAt: null, reopenedBy: { role: 'editor' } });
    // The draft shows the pending correction; the published report still shows what went out.
    expect(ReportSchema.parse((await report('json', 'draft')).body).corrections).toHaveLength(1);
    expect(ReportSchema.parse((await report('json')).body).corrections).toHaveLength(0);

    await rateAndApprove(claims[1]!, 'mostly_false', 'The revised ministry figure is 38 per cent.');
    server.clock.advance(60_000);
    const second = await publish(editor);
    expect(second.body).toMatchObject({ number: 2, corrections: 1 });
    const parsed = ReportSchema.parse((await report('json')).body);
    expect(parsed.publication).toMatchObject({ number: 2, firstPublishedAt: first.publishedAt });
    expect(parsed.corrections).toEqual([
      expect.objectContaining({ reason: 'The ministry revised its figure to 38 per cent.', ratingBefore: 'false', ratingAfter: 'mostly_false', publishedAt: second.body.publishedAt }),
    ]);
    const corrected = parsed.claims.find((claim) => claim.id === claims[1]!.id)!;
    expect(corrected).toMatchObject({ publishedAt: first.publishedAt, modifiedAt: second.body.publishedAt });

    const markdown = (await report('md')).body as string;
    expect(markdown).toContain('## Corrections');
    expect(markdown).toContain('The ministry revised its figure to 38 per cent');
    const html = (await report('html')).body as string;
    expect(html).toContain('<h2>Corrections</h2>');
    expect(html).not.toContain('class="mark draft"');

    const reviews = JSON.parse((await report('claimreview')).body as string);
    const review = reviews.find((item: { url: string }) => item.url.endsWith(`#claim-${claims[1]!.id}`));
    expect(review).toMatchObject({ datePublished: first.publishedAt, dateModified: second.body.publishedAt });
  });
});

describe('GET /api/articles/:id/report?format=claimreview', () => {
  it('writes one valid ClaimReview per approved claim: short claimReviewed, label and ASCII numbers, url under the base URL', async () => {
    await rateAndApprove(claims[0]!, 'mostly_false', 'المؤتمر تأجل مرتين.');
    await rateAndApprove(claims[1]!, 'misleading', 'Out of context.');
    const published = (await publish(editor)).body;
    const response = await report('claimreview');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/ld\+json/);
    const reviews = JSON.parse(response.body as string);
    expect(claimReviewListProblems(reviews)).toEqual([]);
    expect(reviews).toHaveLength(2);
    const [long, offScale] = reviews;
    expect([...long.claimReviewed].length).toBeLessThan(75);
    expect(LONG.startsWith(long.claimReviewed.slice(0, -1))).toBe(true);
    expect(long.claimReviewed).not.toMatch(/خاطئ|false/i);
    expect(long.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Mostly false', ratingValue: '2', bestRating: '5', worstRating: '1' });
    expect(offScale.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
    expect(long.url).toBe(`https://sanad.example/fact-checks/articles/${article.id}#claim-${claims[0]!.id}`);
    expect(long.author).toEqual({ '@type': 'Organization', name: 'مرصد سند', url: 'https://sanad.example' });
    expect(long.datePublished).toBe(published.publishedAt);
    expect(long.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'سامي كليب' },
      datePublished: '2014-01-20',
      appearance: { url: 'https://al-akhbar.example/geneva2' },
    });
  });

  it('labels ratings in Arabic when the report language is Arabic, numbers still in ASCII digits', async () => {
    await settings({ reportLanguage: 'ar' });
    await rateAndApprove(claims[1]!, 'false', 'رقم الوزارة 24 بالمئة.');
    await publish(editor);
    const [review] = JSON.parse((await report('claimreview')).body as string);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'خاطئ', ratingValue: '1', bestRating: '5', worstRating: '1' });
    const html = (await report('html')).body as string;
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(html).toContain('<h2>الملخص</h2>');
    expect(html).toContain('<h2>المنهجية</h2>');
    expect((await report('md')).body).toContain('## الادعاء 1');
  });

  it('refuses with one message per problem: a draft, and missing organisation settings', async () => {
    await rateAndApprove(claims[1]!, 'false', 'x y z');
    const draft = await report('claimreview', 'draft');
    expect(draft.status).toBe(422);
    expect(draft.body.error.code).toBe('claimreview_invalid');
    expect(draft.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'))).toEqual(['query.kind']);

    await publish(editor);
    // Back to a new database's settings: no base URL yet (the API accepts only a valid one).
    await server.query("UPDATE organisation SET publish_base_url = ''");
    const refused = await report('claimreview');
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: ['organisation', 'publishBaseUrl'], message: expect.stringMatching(/base URL where fact-checks are published/) }]);
  });
});
