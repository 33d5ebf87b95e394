import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import { buildArticle, buildClaim, buildSource } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let article: Article;
const TEXT =
  'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد إسرائيل في الأمم المتحدة عام 2014 وبعده في ٢٠١٥.\nThe Envoy met both delegations.';

beforeEach(async () => {
  server = await startTestServer();
  article = await buildArticle(server, { title: 'مؤتمر جنيف', text: TEXT });
});
afterEach(async () => {
  await server.close();
});

async function search(q: string) {
  return server.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
}

function marked(result: { snippet: { text: string; highlights: { start: number; end: number }[] } }): string[] {
  return result.snippet.highlights.map((span) => result.snippet.text.slice(span.start, span.end));
}

describe('GET /api/search', () => {
  it('finds جلستَيْن when searching without harakat and marks the original characters', async () => {
    const response = await search('جلستين');
    expect(response.status).toBe(200);
    expect(response.body.articles).toHaveLength(1);
    const [hit] = response.body.articles;
    expect(hit).toMatchObject({ articleId: article.id, articleTitle: 'مؤتمر جنيف', language: 'ar', field: 'text', claimId: null });
    expect(marked(hit)).toEqual(['جلستَيْن']);
    expect(TEXT.slice(hit.offset, hit.offset + 'جلستَيْن'.length)).toBe('جلستَيْن');
  });

  it('folds hamza forms, ta marbuta and digits both ways', async () => {
    expect(marked((await search('اسرائيل')).body.articles[0])).toEqual(['إسرائيل']);
    expect(marked((await search('الامم المتحدة')).body.articles[0])).toEqual(['الأمم المتحدة']);
    expect(marked((await search('٢٠١٤')).body.articles[0])).toEqual(['2014']);
    expect(marked((await search('2015')).body.articles[0])).toEqual(['٢٠١٥']);
  });

  it('cuts snippets at word boundaries, with context on both sides', async () => {
    const long = await buildArticle(server, {
      title: 'long',
      text: `${'كلمة '.repeat(40)}ذروة المفاوضات ${'نص '.repeat(40)}`,
    });
    const [hit] = (await search('ذروة')).body.articles.filter((result: { articleId: number }) => result.articleId === long.id);
    expect(hit.snippet.truncatedStart).toBe(true);
    expect(hit.snippet.truncatedEnd).toBe(true);
    expect(hit.snippet.text.startsWith('كلمة')).toBe(true);
    expect(hit.snippet.text.endsWith('نص')).toBe(true);
    expect(hit.snippet.text.indexOf('ذروة')).toBeGreaterThan(30);
  });

  it('finds an English word case-insensitively', async () => {
    expect(marked((await search('ENVOY')).body.articles[0])).toEqual(['Envoy']);
  });

  it('groups claims and sources, pointing at the claim to open', async () => {
    const claim = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'لم تعقد جلسات منفصلة بحسب بيان الأمم المتحدة' });
    await buildSource(server, claim, { title: 'بيان الأمم المتحدة', publisher: 'الأمم المتحدة', excerpt: 'اجتمع المبعوث مع الوفدين معا' });
    const response = await search('الامم المتحده');
    expect(response.body.claims).toHaveLength(1);
    expect(response.body.claims[0]).toMatchObject({ kind: 'claim', claimId: claim.id, field: 'rationale' });
    expect(response.body.sources).toHaveLength(1);
    expect(response.body.sources[0]).toMatchObject({ kind: 'source', claimId: claim.id });
    const byQuote = await search('منفصلتين');
    expect(byQuote.body.claims[0]).toMatchObject({ field: 'quote', claimId: claim.id });
  });

  it('keeps the index in step: edits, verdict changes and deletions', async () => {
    await server.request('PUT', `/api/articles/${article.id}/text`, { text: 'نص جديد عن مفاوضات فيينا.' });
    expect((await search('جلستين')).body.articles).toHaveLength(0);
    expect((await search('فيينا')).body.articles).toHaveLength(1);
    await server.request('PATCH', `/api/articles/${article.id}`, { title: 'Vienna talks' });
    expect((await search('vienna')).body.articles[0].field).toBe('title');
    await server.request('DELETE', `/api/articles/${article.id}`);
    expect((await search('فيينا')).body.articles).toHaveLength(0);
    expect((await server.query<{ n: number }>('select count(*) as n from search_fts'))[0]!.n).toBe(0);
  });

  it('answers 400 for an empty, too long or operator-only query, never an FTS syntax error', async () => {
    const empty = await search('   ');
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toEqual(['query', 'q']);
    const long = await search('ب'.repeat(201));
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/expected shape/);
    for (const q of ['AND OR *', '"', 'NEAR(', '* ^ : -', '()']) {
      const response = await search(q);
      expect(response.status, q).toBe(400);
      expect(response.body.error.code).toBe('query_has_no_words');
    }
  });

  it('treats FTS syntax inside a query as plain words', async () => {
    for (const q of ['جلستين"', '-جلستين', 'جلستين*', '(جلستين)', 'NOT جلستين', 'جلستين^']) {
      const response = await search(q);
      expect(response.status, q).toBe(200);
      expect(response.body.articles, q).toHaveLength(1);
    }
  });
});
