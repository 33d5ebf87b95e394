import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeClaimIndex, summarizeClaim } from '@sanad/shared/claim-index';
import type { Article } from '@sanad/shared/schemas/article';
import { type Claim, type ClaimIndex, ClaimIndexSchema } from '@sanad/shared/schemas/claim';
import { ARABIC_TEXT, buildArticle, buildClaim, buildSource } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
});
afterEach(async () => {
  await server.close();
});

/** A GET read raw (no decoding): status, headers and the bytes on the wire. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { headers: { cookie: reviewer.cookie!, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** The full claims of an article and its index decoded against the article's current text. */
async function bothViews(articleId: number): Promise<{ full: Claim[]; decoded: ReturnType<typeof decodeClaimIndex>; index: ClaimIndex }> {
  const article = (await reviewer.request<Article>('GET', `/api/articles/${articleId}`)).body;
  const full = (await reviewer.request<{ claims: Claim[] }>('GET', `/api/articles/${articleId}/claims`)).body.claims;
  const response = await reviewer.request('GET', `/api/articles/${articleId}/claims/index`);
  expect(response.status).toBe(200);
  const index = ClaimIndexSchema.parse(response.body);
  expect(index.revision).toBe(article.revision);
  return { full, decoded: decodeClaimIndex(index, article.text), index };
}

/** A rewrite that keeps little of the sample but a variant of one sentence (one claim fuzzy, one orphaned). */
const REWRITTEN =
  'تناولت الصحف العربية صباح اليوم تطورات الملف السوري من زوايا متعددة، وركزت على الوضع الإنساني في المدن المحاصرة وعلى مواقف العواصم الإقليمية من المفاوضات الجارية. ' +
  'وفي خبر آخر، عقد المبعوث الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف. ' +
  'ويرى مراقبون أن الطريق إلى تسوية سياسية ما زال طويلا، وأن الأسابيع المقبلة ستكشف مدى جدية الأطراف في الالتزام بما يتفق عليه.';

describe('GET /api/articles/:id/claims/index', () => {
  it('agrees with the full claim list for every claim: offsets, quote, status, rating, anchoring, sources, claimant and version', async () => {
    const article = await buildArticle(reviewer);
    const rated = await buildClaim(reviewer, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    await reviewer.request('PUT', `/api/claims/${rated.id}/verdict`, { rating: 'false', rationale: 'لم يحدث.' });
    await buildSource(reviewer, rated, { stance: 'supports' });
    await buildSource(reviewer, rated, { url: 'https://example.org/b', stance: 'contradicts' });
    await buildSource(reviewer, rated, { url: 'https://example.org/c', stance: 'context' });
    const named = await buildClaim(reviewer, article, 'وفد النظام السوري');
    await reviewer.request('PATCH', `/api/claims/${named.id}`, { claimant: 'وكالة الأنباء' });
    const submitted = await buildClaim(reviewer, article, 'مؤتمر «جنيف2»');
    await reviewer.request('PUT', `/api/claims/${submitted.id}/verdict`, { rating: 'true', rationale: 'صحيح.' });
    expect((await reviewer.request('POST', `/api/claims/${submitted.id}/transitions`, { to: 'submitted' })).status).toBe(200);
    await buildClaim(reviewer, article, 'تداولتها وكالات الأنباء');
    // An edit: one claim's words change (modified, its quote is no longer the text at its offsets), the others move.
    const edited = ARABIC_TEXT.replace('جلستَيْن منفصلتَيْن', 'ثلاث جلسات منفصلة').replace('وكالعادة', 'وكما جرت العادة');
    expect((await reviewer.request('PUT', `/api/articles/${article.id}/text`, { text: edited })).status).toBe(200);

    const { full, decoded, index } = await bothViews(article.id);
    expect(full.map((claim) => claim.anchor.status).sort()).toEqual(['anchored', 'anchored', 'anchored', 'modified']);
    expect(decoded).toEqual(full.map(summarizeClaim));
    expect(decoded.find((claim) => claim.id === rated.id)).toMatchObject({ verdict: { rating: 'false' }, sourceCounts: { total: 3, supports: 1, contradicts: 1 } });
    expect(decoded.find((claim) => claim.id === submitted.id)?.status).toBe('submitted');
    // Quotes equal to the text between the offsets are not sent.
    expect(index.quote).toEqual([]);
    expect(index.claimant).toEqual([[full.findIndex((claim) => claim.id === named.id), 'وكالة الأنباء']]);
  });

  it('agrees for fuzzy and orphaned claims: no offsets, their quotes and the suggested span are sent', async () => {
    const article = await buildArticle(reviewer);
    const long = await buildClaim(reviewer, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف');
    const gone = await buildClaim(reviewer, article, 'تكشفت معلومات مهمة');
    expect((await reviewer.request('PUT', `/api/articles/${article.id}/text`, { text: REWRITTEN })).status).toBe(200);
    const { full, decoded, index } = await bothViews(article.id);
    expect(decoded).toEqual(full.map(summarizeClaim));
    expect(decoded.find((claim) => claim.id === long.id)?.anchor.status).toBe('fuzzy');
    expect(decoded.find((claim) => claim.id === long.id)?.anchor.suggestion?.quote).toContain('المبعوث الإبراهيمي');
    expect(decoded.find((claim) => claim.id === gone.id)).toMatchObject({ start: null, end: null, quote: 'تكشفت معلومات مهمة' });
    expect(index.quote).toHaveLength(2);
    expect(index.suggestion).toHaveLength(1);
  });

  it('is a few tens of bytes a claim, compressed, and answers 304 to the ETag it gave until a claim changes', async () => {
    const words = Array.from({ length: 200 }, (_, i) => `كلمة${i} الإبراهيمي جلستَيْن منفصلتَيْن`);
    const article = await buildArticle(reviewer, { title: 'فهرس الادعاءات', text: words.join(' ') });
    const claims: Claim[] = [];
    for (let i = 0; i < 60; i += 1) claims.push(await buildClaim(reviewer, article, `كلمة${i} الإبراهيمي`));
    const path = `/api/articles/${article.id}/claims/index`;

    const plain = await rawGet(path, { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    const body = JSON.parse(plain.bytes.toString('utf8')) as ClaimIndex;
    expect(decodeClaimIndex(body, article.text).map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id));
    // Ids marked in reading order go as runs of 1.
    expect(body.id.slice(1).every((step) => step === 1)).toBe(true);
    const fullList = await rawGet(`/api/articles/${article.id}/claims`, { 'accept-encoding': 'identity' });
    expect(plain.bytes.length / claims.length).toBeLessThan(40);
    expect(plain.bytes.length).toBeLessThan(fullList.bytes.length / 10);

    const brotli = await rawGet(path, { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.bytes).toString('utf8'))).toEqual(body);
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length);
    const gzip = await rawGet(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(body);

    const tag = plain.headers.etag as string;
    expect(tag).toMatch(/^"i\d+\.\d+\.\d+\.\d+\.u\d+"$/);
    const again = await rawGet(path, { 'accept-encoding': 'gzip, br', 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.etag).toBe(tag);

    // A verdict changes the index (rating and version): the old tag gets the new answer.
    await reviewer.request('PUT', `/api/claims/${claims[7]!.id}/verdict`, { rating: 'misleading', rationale: 'مضلل.' });
    const changed = await rawGet(path, { 'accept-encoding': 'identity', 'if-none-match': tag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    const after = JSON.parse(changed.bytes.toString('utf8')) as ClaimIndex;
    expect(after.ratings[after.rating[7]! - 1]).toBe('misleading');
  });

  it('answers 304 without building the index, and every kind of write to the claims, verdicts, sources or text gives a new tag', async () => {
    const article = await buildArticle(reviewer);
    const other = await buildArticle(reviewer, { title: 'مقال آخر' });
    const path = `/api/articles/${article.id}/claims/index`;
    const built = vi.spyOn(server.services.claims, 'indexForArticle');
    const seen = new Set<string>();
    /** The current tag, after checking it is new, that the old one now gets a 200 and that the new one gets a 304 with the index left unbuilt. */
    async function newTag(previous: string | null, what: string): Promise<string> {
      const fresh = await rawGet(path, previous === null ? {} : { 'if-none-match': previous });
      expect(fresh.status, what).toBe(200);
      const tag = fresh.headers.etag as string;
      expect(seen.has(tag), `${what}: ${tag} was seen before`).toBe(false);
      seen.add(tag);
      built.mockClear();
      const again = await rawGet(path, { 'if-none-match': tag });
      expect(again.status, what).toBe(304);
      expect(again.headers.etag).toBe(tag);
      expect(built, what).not.toHaveBeenCalled();
      return tag;
    }
    let tag = await newTag(null, 'no claims');
    const claim = await buildClaim(reviewer, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    tag = await newTag(tag, 'a claim marked');
    const second = await buildClaim(reviewer, article, 'وفد النظام السوري');
    tag = await newTag(tag, 'a second claim marked');
    expect((await reviewer.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'وكالة الأنباء' })).status).toBe(200);
    tag = await newTag(tag, 'the claimant set');
    expect((await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'لم يحدث.' })).status).toBe(200);
    tag = await newTag(tag, 'a verdict');
    expect((await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'misleading', rationale: 'مضلل.' })).status).toBe(200);
    tag = await newTag(tag, 'the verdict changed');
    const withSource = await buildSource(reviewer, claim, { stance: 'supports' });
    tag = await newTag(tag, 'a source attached');
    const link = withSource.sources[0]!;
    expect((await reviewer.request('PATCH', `/api/claims/${claim.id}/sources/${link.id}`, { stance: 'contradicts' })).status).toBe(200);
    tag = await newTag(tag, "the source's stance changed");
    expect((await reviewer.request('DELETE', `/api/claims/${claim.id}/sources/${link.id}`)).status).toBe(200);
    tag = await newTag(tag, 'the source detached');
    expect((await reviewer.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' })).status).toBe(200);
    tag = await newTag(tag, 'submitted');
    const rated = await reviewer.request('PUT', `/api/claims/${second.id}/verdict`, { rating: 'true', rationale: 'صحيح.' });
    expect(rated.status).toBe(200);
    tag = await newTag(tag, 'a verdict on the second claim');
    expect((await reviewer.request('DELETE', `/api/claims/${second.id}/verdict`)).status).toBeLessThan(300);
    tag = await newTag(tag, 'the verdict removed');
    expect((await reviewer.request('DELETE', `/api/claims/${second.id}`)).status).toBeLessThan(300);
    tag = await newTag(tag, 'a claim deleted');
    const edited = ARABIC_TEXT.replace('وكالعادة', 'وكما جرت العادة');
    expect((await reviewer.request('PUT', `/api/articles/${article.id}/text`, { text: edited })).status).toBe(200);
    tag = await newTag(tag, 'the text edited');
    // A write to another article's claims leaves this tag as it is.
    await buildClaim(reviewer, other, 'وفد النظام السوري');
    built.mockClear();
    expect((await rawGet(path, { 'if-none-match': tag })).status).toBe(304);
    expect(built).not.toHaveBeenCalled();
    // The tag is read before the index, and names what the index says. The answer was built once for this tag (the
    // 200 after the edit): asked again without If-None-Match, the server sends the answer it kept (ADR 036).
    const current = await rawGet(path, { 'accept-encoding': 'identity' });
    expect(current.headers.etag).toBe(tag);
    const index = JSON.parse(current.bytes.toString('utf8')) as ClaimIndex;
    expect(decodeClaimIndex(index, edited).map((summary) => summary.id)).toEqual([claim.id]);
    expect(built).not.toHaveBeenCalled();
  });

  it('sends the answer it sent for a tag again without building it, each reader their own, and builds a new one after a write', async () => {
    const article = await buildArticle(reviewer);
    const claim = await buildClaim(reviewer, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    const path = `/api/articles/${article.id}/claims/index`;
    const built = vi.spyOn(server.services.claims, 'indexForArticle');
    const first = await rawGet(path, { 'accept-encoding': 'identity' });
    expect(first.status).toBe(200);
    expect(built).toHaveBeenCalledTimes(1);
    const again = await rawGet(path, { 'accept-encoding': 'identity' });
    expect(again.status).toBe(200);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(built).toHaveBeenCalledTimes(1);
    // Another reader's tag is another: their answer is built for them.
    const editor = await server.as('editor');
    const theirs = await editor.request('GET', path);
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get('etag')).not.toBe(first.headers.etag);
    expect(built).toHaveBeenCalledTimes(2);
    // A write gives a new tag, and the new answer says it.
    expect((await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'لم يحدث.' })).status).toBe(200);
    const changed = await rawGet(path, { 'accept-encoding': 'identity' });
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(built).toHaveBeenCalledTimes(3);
    const index = JSON.parse(changed.bytes.toString('utf8')) as ClaimIndex;
    expect(index.ratings[index.rating[0]! - 1]).toBe('false');
  });

  it('answers 404 for an article that does not exist, 400 for a bad id and 401 without a session', async () => {
    expect((await reviewer.request('GET', '/api/articles/999999/claims/index')).status).toBe(404);
    const bad = await reviewer.request('GET', '/api/articles/abc/claims/index');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect((await fetch(`${server.url}/api/articles/1/claims/index`)).status).toBe(401);
  });
});
