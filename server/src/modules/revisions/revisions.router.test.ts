import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import { ARABIC_TEXT, buildArticle, buildClaim, buildSource, tableCounts } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let article: Article;
beforeEach(async () => {
  server = await startTestServer();
  article = await buildArticle(server);
});
afterEach(async () => {
  await server.close();
});

/** A rewrite that keeps little of the sample but a variant of one sentence. */
const REWRITTEN =
  'تناولت الصحف العربية صباح اليوم تطورات الملف السوري من زوايا متعددة، وركزت على الوضع الإنساني في المدن المحاصرة وعلى مواقف العواصم الإقليمية من المفاوضات الجارية. ' +
  'وفي خبر آخر، عقد المبعوث الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف. ' +
  'ويرى مراقبون أن الطريق إلى تسوية سياسية ما زال طويلا، وأن الأسابيع المقبلة ستكشف مدى جدية الأطراف في الالتزام بما يتفق عليه.';

async function replace(text: string, baseRevision?: number) {
  return server.request('PUT', `/api/articles/${article.id}/text`, { text, ...(baseRevision ? { baseRevision } : {}) });
}

async function claimById(id: number) {
  return (await server.request('GET', `/api/claims/${id}`)).body;
}

describe('PUT /api/articles/:id/text', () => {
  it('stores a revision and moves a claim when a word before it changes', async () => {
    const claim = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    const edited = ARABIC_TEXT.replace('وكالعادة', 'وكما جرت العادة');
    const response = await replace(edited, 1);
    expect(response.status).toBe(200);
    expect(response.body.article).toMatchObject({ revision: 2, text: edited });
    expect(response.body.counts).toMatchObject({ anchored: 1, moved: 1, modified: 0, orphaned: 0 });
    const moved = await claimById(claim.id);
    expect(moved.anchor).toMatchObject({ status: 'anchored', revision: 2, previousQuote: null, suggestion: null });
    expect(edited.slice(moved.start, moved.end)).toBe('جلستَيْن منفصلتَيْن');
    expect(moved.start).toBe(claim.start! + 'وكما جرت العادة'.length - 'وكالعادة'.length);
  });

  it('marks a claim whose text was corrected as modified, keeping the old text, verdict and sources', async () => {
    const claim = await buildClaim(server, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'Confirmed.' });
    await buildSource(server, claim);
    await replace(ARABIC_TEXT.replace('جلستَيْن منفصلتَيْن', 'ثلاث جلسات منفصلة'));
    const modified = await claimById(claim.id);
    expect(modified.anchor).toMatchObject({ status: 'modified', previousQuote: 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن' });
    expect(modified.quote).toBe('عقد الأخضر الإبراهيمي ثلاث جلسات منفصلة');
    expect(modified.verdict.rating).toBe('true');
    expect(modified.sources).toHaveLength(1);
  });

  it('marks a claim found only after normalisation as normalised', async () => {
    const claim = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    const response = await replace(ARABIC_TEXT.replace('جلستَيْن منفصلتَيْن', 'جلستين منفصلتين'));
    expect(response.body.counts.normalised).toBe(1);
    const found = await claimById(claim.id);
    expect(found.anchor.status).toBe('normalised');
    expect(found.quote).toBe('جلستين منفصلتين');
  });

  it('says which letters changed when a hamza form changes a word, and stays quiet for harakat alone', async () => {
    const hamza = await buildClaim(server, article, 'عقد الأخضر الإبراهيمي');
    const harakat = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    const response = await replace(ARABIC_TEXT.replace('الإبراهيمي', 'الأبراهيمي').replace('جلستَيْن منفصلتَيْن', 'جلستين منفصلتين'));
    expect(response.body.counts.normalised).toBe(2);
    const changed = await claimById(hamza.id);
    expect(changed.anchor).toMatchObject({ status: 'normalised', previousQuote: 'عقد الأخضر الإبراهيمي', spelling: ['hamza'] });
    expect(changed.quote).toBe('عقد الأخضر الأبراهيمي');
    const quiet = await claimById(harakat.id);
    expect(quiet.anchor).toMatchObject({ status: 'normalised', spelling: [] });
    const list = await server.request('GET', `/api/articles/${article.id}/claims`);
    expect(list.body.claims.find((claim: { id: number }) => claim.id === hamza.id).anchor.spelling).toEqual(['hamza']);
  });

  it('offers an approximate match as a suggestion only, and orphans a claim whose sentence is gone', async () => {
    const long = await buildClaim(server, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف');
    const gone = await buildClaim(server, article, 'تكشفت معلومات مهمة');
    // Little of the old text stands, so the text counts as replaced and claims are searched for.
    const response = await replace(REWRITTEN);
    expect(response.body.counts).toMatchObject({ fuzzy: 1, orphaned: 1 });
    const fuzzy = await claimById(long.id);
    expect(fuzzy).toMatchObject({ start: null, end: null, quote: 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف' });
    expect(fuzzy.anchor.status).toBe('fuzzy');
    expect(fuzzy.anchor.suggestion.quote).toContain('المبعوث الإبراهيمي');
    const orphan = await claimById(gone.id);
    expect(orphan).toMatchObject({ start: null, end: null, quote: 'تكشفت معلومات مهمة', anchor: { status: 'orphaned', suggestion: null } });
    const list = await server.request('GET', '/api/articles');
    expect(list.body.articles[0].needsReanchoring).toBe(2);
    expect((await tableCounts(server)).claims).toBe(2);
  });

  it('answers 409 stale_revision for an edit made on an older revision, changing nothing', async () => {
    await replace(`${ARABIC_TEXT}\nفقرة جديدة.`, 1);
    const stale = await replace(`${ARABIC_TEXT}\nتعديل آخر.`, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_revision');
    expect((await server.request('GET', `/api/articles/${article.id}`)).body.revision).toBe(2);
  });

  it('answers 400 for an empty text and 404 for an unknown article', async () => {
    expect((await replace('   ')).status).toBe(400);
    expect((await server.request('PUT', '/api/articles/999/text', { text: 'x' })).status).toBe(404);
  });
});

describe('POST /api/claims/:id/anchor/confirm', () => {
  it('accepts a modified claim and a fuzzy suggestion, then refuses a second confirmation', async () => {
    const modified = await buildClaim(server, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    await replace(ARABIC_TEXT.replace('جلستَيْن منفصلتَيْن', 'ثلاث جلسات منفصلة'));
    const confirmed = await server.request('POST', `/api/claims/${modified.id}/anchor/confirm`, { status: 'modified' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.anchor).toMatchObject({ status: 'anchored', previousQuote: null });
    const again = await server.request('POST', `/api/claims/${modified.id}/anchor/confirm`, { status: 'modified' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_confirm');
  });

  it('attaches a fuzzy claim to its suggestion', async () => {
    const claim = await buildClaim(server, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف');
    const text = REWRITTEN;
    await replace(text);
    const accepted = await server.request('POST', `/api/claims/${claim.id}/anchor/confirm`, { status: 'fuzzy' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.anchor.status).toBe('anchored');
    expect(text.slice(accepted.body.start, accepted.body.end)).toBe(accepted.body.quote);
    expect(accepted.body.anchor.previousQuote).toBe('عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف');
  });

  it('re-attaches an orphaned claim by selecting new text', async () => {
    const claim = await buildClaim(server, article, 'تكشفت معلومات مهمة');
    const text = 'نص جديد: ظهرت معلومات مهمة قبل المؤتمر.';
    await replace(text);
    const start = text.indexOf('ظهرت معلومات مهمة');
    const response = await server.request('PATCH', `/api/claims/${claim.id}`, { start, end: start + 'ظهرت معلومات مهمة'.length, quote: 'ظهرت معلومات مهمة' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ start, quote: 'ظهرت معلومات مهمة', anchor: { status: 'anchored', revision: 2 } });
  });

  it('answers 400 for a status that cannot be confirmed', async () => {
    const claim = await buildClaim(server, article, 'تكشفت معلومات مهمة');
    expect((await server.request('POST', `/api/claims/${claim.id}/anchor/confirm`, { status: 'orphaned' })).status).toBe(400);
  });
});

describe('revisions and diff', () => {
  it('lists revisions newest first, returns one with its text, and diffs two by word', async () => {
    await buildClaim(server, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    const edited = ARABIC_TEXT.replace('جلستَيْن منفصلتَيْن', 'ثلاث جلسات');
    await replace(edited);
    const list = await server.request('GET', `/api/articles/${article.id}/revisions`);
    expect(list.status).toBe(200);
    expect(list.body.revisions.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);
    expect(list.body.revisions[0].reanchor).toMatchObject({ modified: 1 });
    expect(list.body.revisions[1].reanchor).toBeNull();
    const first = await server.request('GET', `/api/articles/${article.id}/revisions/1`);
    expect(first.body.text).toBe(ARABIC_TEXT);
    const diff = await server.request('GET', `/api/articles/${article.id}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    const changed = diff.body.runs.filter((run: { op: string }) => run.op !== 'equal');
    expect(changed).toEqual([
      { op: 'delete', text: 'جلستَيْن منفصلتَيْن' },
      { op: 'insert', text: 'ثلاث جلسات' },
    ]);
  });

  it('answers 404 for an unknown revision and 400 for a diff of one revision with itself', async () => {
    expect((await server.request('GET', `/api/articles/${article.id}/revisions/7`)).status).toBe(404);
    const same = await server.request('GET', `/api/articles/${article.id}/diff?from=1&to=1`);
    expect(same.status).toBe(400);
    expect(same.body.error.details[0].path).toEqual(['query', 'to']);
  });
});
