import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import { buildArticle, buildClaim, tableCounts } from '../../test/factories.ts';
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

function spanOf(phrase: string) {
  const start = article.text.indexOf(phrase);
  return { start, end: start + phrase.length, quote: phrase };
}

describe('POST /api/articles/:id/claims', () => {
  it('stores the claim with prefix and suffix computed by the server', async () => {
    const response = await server.request('POST', `/api/articles/${article.id}/claims`, spanOf('الأخضر الإبراهيمي'));
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/claims/${response.body.id}`);
    expect(response.body).toMatchObject({
      articleId: article.id,
      quote: 'الأخضر الإبراهيمي',
      prefix: 'أعماله في قصر الأمم المتحدة بجنيف. وكالعادة، عقد '.slice(-32),
      verdict: null,
      sources: [],
      claimant: null,
    });
    expect(response.body.suffix).toBe(article.text.slice(response.body.end, response.body.end + 32));
  });

  it('accepts a quote with harakat and a quote with «» and a Latin digit', async () => {
    expect((await server.request('POST', `/api/articles/${article.id}/claims`, spanOf('جلستَيْن منفصلتَيْن'))).status).toBe(201);
    expect((await server.request('POST', `/api/articles/${article.id}/claims`, spanOf('مؤتمر «جنيف2»'))).status).toBe(201);
  });

  it('answers 422 quote_mismatch for a quote that is not the text at its offsets', async () => {
    const span = spanOf('الأخضر الإبراهيمي');
    const response = await server.request('POST', `/api/articles/${article.id}/claims`, { ...span, quote: 'الأخضر الابراهيمي' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('quote_mismatch');
    expect(response.body.error.message).toMatch(/not exactly the article text/);
    expect(response.body.error.details[0].path).toEqual(['body', 'quote']);
  });

  it('answers 422 splits_grapheme for offsets that cut a letter from its harakat', async () => {
    const word = spanOf('جلستَيْن');
    const fatha = article.text.indexOf('\u064E');
    const response = await server.request('POST', `/api/articles/${article.id}/claims`, {
      start: word.start,
      end: fatha,
      quote: article.text.slice(word.start, fatha),
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('splits_grapheme');
    expect(response.body.error.message).toMatch(/grapheme cluster/);
  });

  it('answers 422 for offsets out of range, reversed or empty, and for white space only', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ start: 0, end: article.text.length + 5, quote: 'x' }, 'offsets_out_of_range'],
      [{ start: 10, end: 4, quote: 'x' }, 'offsets_reversed'],
      [{ start: 4, end: 4, quote: 'x' }, 'empty_span'],
      [{ start: article.text.indexOf(' '), end: article.text.indexOf(' ') + 1, quote: ' ' }, 'whitespace_only_quote'],
    ];
    for (const [body, code] of cases) {
      const response = await server.request('POST', `/api/articles/${article.id}/claims`, body);
      expect(response.status, code).toBe(422);
      expect(response.body.error.code).toBe(code);
    }
    expect((await tableCounts(server)).claims).toBe(0);
  });

  it('answers 400 for negative or fractional offsets and a missing quote', async () => {
    const response = await server.request('POST', `/api/articles/${article.id}/claims`, { start: -1, end: 2.5 });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.start', 'body.end', 'body.quote']));
  });

  it('answers 409 when the same span is marked twice', async () => {
    await buildClaim(server, article, 'الأخضر الإبراهيمي');
    const response = await server.request('POST', `/api/articles/${article.id}/claims`, spanOf('الأخضر الإبراهيمي'));
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('claim_exists');
    expect((await tableCounts(server)).claims).toBe(1);
  });

  it('answers 404 for an unknown article', async () => {
    const response = await server.request('POST', '/api/articles/777/claims', { start: 0, end: 1, quote: 'ا' });
    expect(response.status).toBe(404);
  });
});

describe('GET /api/articles/:id/claims', () => {
  it('lists claims in reading order, overlapping ones included', async () => {
    await buildClaim(server, article, 'تكشفت معلومات مهمة');
    await buildClaim(server, article, 'الأخضر الإبراهيمي جلستَيْن');
    await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    await buildClaim(server, article, 'الأخضر');
    const response = await server.request('GET', `/api/articles/${article.id}/claims`);
    expect(response.status).toBe(200);
    expect(response.body.claims.map((claim: { quote: string }) => claim.quote)).toEqual([
      'الأخضر',
      'الأخضر الإبراهيمي جلستَيْن',
      'جلستَيْن منفصلتَيْن',
      'تكشفت معلومات مهمة',
    ]);
  });

  it('answers 404 for an unknown article', async () => {
    expect((await server.request('GET', '/api/articles/999/claims')).status).toBe(404);
  });
});

describe('GET, PATCH and DELETE /api/claims/:id', () => {
  it('reads one claim with its verdict and sources', async () => {
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    const response = await server.request('GET', `/api/claims/${claim.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: claim.id, quote: 'الأخضر الإبراهيمي', verdict: null, sources: [] });
  });

  it('moves a claim to a new span and sets its claimant', async () => {
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    const response = await server.request('PATCH', `/api/claims/${claim.id}`, { ...spanOf('الإبراهيمي جلستَيْن'), claimant: ' الأخضر الإبراهيمي ' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ quote: 'الإبراهيمي جلستَيْن', claimant: 'الأخضر الإبراهيمي', version: 2 });
    expect(response.body.prefix.endsWith('الأخضر ')).toBe(true);
  });

  it('refuses a move with only some of start, end and quote, or onto a bad span', async () => {
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    const partial = await server.request('PATCH', `/api/claims/${claim.id}`, { start: 3 });
    expect(partial.status).toBe(400);
    const mismatch = await server.request('PATCH', `/api/claims/${claim.id}`, { ...spanOf('الإبراهيمي'), quote: 'غير' });
    expect(mismatch.status).toBe(422);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.quote).toBe('الأخضر الإبراهيمي');
  });

  it('deletes a claim, then answers 404 for it', async () => {
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    expect((await server.request('DELETE', `/api/claims/${claim.id}`)).status).toBe(204);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).status).toBe(404);
    expect((await server.request('DELETE', `/api/claims/${claim.id}`)).status).toBe(404);
    expect((await server.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'x' })).status).toBe(404);
  });
});
