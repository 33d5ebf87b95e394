import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARABIC_TEXT, buildArticle, buildClaim, buildSource, tableCounts } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const response = await server.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', demo: false });
  });
});

describe('POST /api/articles', () => {
  it('stores the text NFC-normalised and detects Arabic, right to left', async () => {
    const response = await server.request('POST', '/api/articles', {
      title: '  مؤتمر   جنيف ',
      text: `${ARABIC_TEXT}\r\nCafe\u0301`,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/articles/${response.body.id}`);
    expect(response.body).toMatchObject({ title: 'مؤتمر جنيف', language: 'ar', direction: 'rtl', version: 1 });
    expect(response.body.text).toBe(`${ARABIC_TEXT}\nCafé`);
  });

  it('detects English and takes a given language over detection', async () => {
    const english = await server.request('POST', '/api/articles', { title: 'Jobs', text: 'The minister said that unemployment fell.' });
    expect(english.body).toMatchObject({ language: 'en', direction: 'ltr' });
    const given = await server.request('POST', '/api/articles', { title: 'x', text: 'The minister said.', language: 'he' });
    expect(given.body).toMatchObject({ language: 'he', direction: 'rtl' });
  });

  it('answers 400 naming each missing or bad field', async () => {
    const response = await server.request('POST', '/api/articles', { title: '', text: '   ', language: 'not a tag!' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const paths = response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.text', 'body.language']));
    expect((await tableCounts(server)).articles).toBe(0);
  });

  it('answers 400 for malformed JSON and for a body that is not JSON', async () => {
    const malformed = await server.request('POST', '/api/articles', '{"title": "x",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'invalid_json', details: [] });
    const plain = await server.request('POST', '/api/articles', 'title=x&text=y', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(plain.status).toBe(415);
    expect(plain.body.error.code).toBe('unsupported_media_type');
    expect(plain.body.error.message).toMatch(/JSON/);
    const missing = await server.request('POST', '/api/articles');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/JSON body/);
    expect((await tableCounts(server)).articles).toBe(0);
  });

  it('refuses fields it does not know (no mass assignment) and ignores __proto__ keys', async () => {
    const extra = await server.request('POST', '/api/articles', { title: 't', text: 'x y', version: 99, id: 5 });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.map((detail: { message: string }) => detail.message).join(' ')).toMatch(/version|id/);
    const polluted = await server.request('POST', '/api/articles', '{"title":"t","text":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    expect(polluted.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers 400 for a repeated query parameter instead of taking an array', async () => {
    const response = await server.request('GET', '/api/search?q=a&q=b');
    expect(response.status).toBe(400);
  });

  it('answers 413 for a 2 MB body and stores nothing', async () => {
    const response = await server.request('POST', '/api/articles', { title: 'big', text: 'ب'.repeat(1_000_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect((await tableCounts(server)).articles).toBe(0);
  });

  it('accepts article text up to 1 MB but only 64 kB on other routes', async () => {
    const article = await buildArticle(server, { text: 'ب '.repeat(150_000) });
    expect(article.text.length).toBe(300_000);
    const claim = await buildClaim(server, article, 'ب');
    const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'x'.repeat(70_000) });
    expect(response.status).toBe(413);
  });
});

describe('GET /api/articles', () => {
  it('lists articles with claim counts per verdict', async () => {
    const article = await buildArticle(server);
    const first = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    await server.request('PUT', `/api/claims/${first.id}/verdict`, { rating: 'false', rationale: 'لم يعقد جلسات منفصلة.' });
    await buildArticle(server, { title: 'Empty', text: 'Nothing marked here.' });

    const response = await server.request('GET', '/api/articles');
    expect(response.status).toBe(200);
    const listed = response.body.articles.find((item: { id: number }) => item.id === article.id);
    expect(listed).toMatchObject({ title: 'مؤتمر جنيف', language: 'ar', direction: 'rtl', claimCount: 2 });
    // A rating appears only when some claim has it; `unrated` always.
    expect(listed.verdictCounts).toEqual({ false: 1, unrated: 1 });
    expect(listed).not.toHaveProperty('text');
    const empty = response.body.articles.find((item: { title: string }) => item.title === 'Empty');
    expect(empty.claimCount).toBe(0);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article with text, language and direction', async () => {
    const article = await buildArticle(server);
    const response = await server.request('GET', `/api/articles/${article.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: article.id, text: ARABIC_TEXT, language: 'ar', direction: 'rtl' });
  });

  it('answers 404 for an unknown id and 400 for an id that is not a number', async () => {
    const missing = await server.request('GET', '/api/articles/9999');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', details: [] });
    expect(missing.body.error.message).toMatch(/article/);
    const bad = await server.request('GET', '/api/articles/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toEqual(['params', 'id']);
  });
});

describe('PATCH /api/articles/:id', () => {
  it('changes the title and language, the direction following', async () => {
    const article = await buildArticle(server);
    const response = await server.request('PATCH', `/api/articles/${article.id}`, { title: 'Geneva', language: 'en' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Geneva', language: 'en', direction: 'ltr', version: 2 });
  });

  it('answers 400 for an empty change and 404 for an unknown article', async () => {
    const article = await buildArticle(server);
    expect((await server.request('PATCH', `/api/articles/${article.id}`, {})).status).toBe(400);
    expect((await server.request('PATCH', '/api/articles/4242', { title: 'x' })).status).toBe(404);
  });

  it('stores author, outlet, date and URL given on create, and changes or clears them with null', async () => {
    const created = await server.request('POST', '/api/articles', {
      title: 'مؤتمر جنيف',
      text: ARABIC_TEXT,
      author: '  سلمان   الدوسري ',
      outlet: 'الشرق الأوسط',
      publishedOn: '2014-01-27',
      url: 'https://aawsat.com/opinion/geneva-2',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ author: 'سلمان الدوسري', outlet: 'الشرق الأوسط', publishedOn: '2014-01-27', url: 'https://aawsat.com/opinion/geneva-2' });

    const reviewer = await server.as('reviewer');
    const changed = await reviewer.request('PATCH', `/api/articles/${created.body.id}`, { author: null, outlet: '', publishedOn: '2014-01-28' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ author: null, outlet: null, publishedOn: '2014-01-28', url: 'https://aawsat.com/opinion/geneva-2', version: 2 });
    expect((await server.request('GET', `/api/articles/${created.body.id}`)).body).toMatchObject({ author: null, publishedOn: '2014-01-28' });
    const listed = (await server.request('GET', '/api/articles')).body.articles.find((item: { id: number }) => item.id === created.body.id);
    expect(listed).toMatchObject({ outlet: null, publishedOn: '2014-01-28', url: 'https://aawsat.com/opinion/geneva-2' });

    const [audit] = await server.query<{
      before: string;
      after: string;
    }>("select before, after from audit_log where action = 'article.update' and entity_id = ?", created.body.id);
    expect(JSON.parse(audit!.before)).toMatchObject({ author: 'سلمان الدوسري', outlet: 'الشرق الأوسط', publishedOn: '2014-01-27' });
    expect(JSON.parse(audit!.after)).toMatchObject({ author: null, outlet: null, publishedOn: '2014-01-28' });

    const article = await buildArticle(server);
    expect(article).toMatchObject({ author: null, outlet: null, publishedOn: null, url: null });
  });

  it('answers 400 for an impossible date or a URL that is not http(s), changing nothing (ASVS 1.2.2)', async () => {
    const article = await buildArticle(server);
    const bad: [Record<string, unknown>, string][] = [
      [{ publishedOn: '2014-02-30' }, 'publishedOn'],
      [{ publishedOn: '27/01/2014' }, 'publishedOn'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: 'aawsat.com/opinion' }, 'url'],
      [{ author: 'x'.repeat(201) }, 'author'],
    ];
    for (const [body, field] of bad) {
      const response = await server.request('PATCH', `/api/articles/${article.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details[0].path).toEqual(['body', field]);
    }
    const created = await server.request('POST', '/api/articles', { title: 't', text: 'some text', url: 'file:///etc/passwd' });
    expect(created.status).toBe(400);
    expect((await server.request('GET', `/api/articles/${article.id}`)).body).toMatchObject({ version: 1, url: null, publishedOn: null });
  });
});

describe('DELETE /api/articles/:id', () => {
  it('removes the article with its claims, verdicts and source links, and the sources no other claim cites', async () => {
    const article = await buildArticle(server);
    const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'Confirmed.' });
    await buildSource(server, claim);
    expect((await tableCounts(server))).toMatchObject({ articles: 1, claims: 1, verdicts: 1, claim_sources: 1, sources: 1 });

    const response = await server.request('DELETE', `/api/articles/${article.id}`);
    expect(response.status).toBe(204);
    expect((await tableCounts(server))).toMatchObject({ articles: 0, claims: 0, verdicts: 0, claim_sources: 0, sources: 0 });
    expect((await server.request('GET', `/api/claims/${claim.id}`)).status).toBe(404);
    expect((await server.request('DELETE', `/api/articles/${article.id}`)).status).toBe(404);
  });
});

describe('unknown routes', () => {
  it('answer 404 in the error envelope', async () => {
    const response = await server.request('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('route_not_found');
  });
});
