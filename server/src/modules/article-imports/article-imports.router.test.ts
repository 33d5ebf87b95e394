import { readFileSync } from 'node:fs';
import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '@sanad/shared/schemas/article-import';
import { tableCounts } from '../../test/factories.ts';
import { type TestServer, type TestServerOptions, startTestServer } from '../../test/test-server.ts';

const fixture = (name: string) => readFileSync(new URL(`../../lib/extract/fixtures/${name}`, import.meta.url));

interface Expected {
  article: { title: string; language: string; author: string | null; outlet: string | null; publishedOn: string | null; url: string | null; paragraphs: string[] };
  origins: ArticleDraft['origins'];
}
const expected = (name: string) => JSON.parse(fixture(`${name}.expected.json`).toString('utf8')) as Expected;

/** The saved pages, served as a news site would serve them. */
const site: RequestListener = (req, res) => {
  switch (req.url) {
    case '/news/2026/03/dams-level?ref=home':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fixture('arabic-news.html'));
      return;
    case '/bus':
      res.writeHead(301, { location: '/local/2026/02/03/bus-fares-rise' });
      res.end();
      return;
    case '/local/2026/02/03/bus-fares-rise':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(fixture('english-news.html'));
      return;
    case '/legacy':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(fixture('arabic-windows-1256.html'));
      return;
    case '/metadata':
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
      return;
    case '/report.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7');
      return;
    case '/empty':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><head><title>Gallery</title></head><body><img src="/a.png" alt=""><script>load()</script></body></html>');
      return;
    case '/slow':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
  }
};

let server: TestServer | undefined;
let pages: Server | undefined;
let origin = '';

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (pages) {
    pages.closeAllConnections();
    await new Promise<void>((resolve) => pages!.close(() => resolve()));
    pages = undefined;
  }
});

/** The API on a fresh database, and the news site on loopback. */
async function start(options: TestServerOptions = { fetcher: { allowForTests: ['loopback'] } }): Promise<TestServer> {
  pages = createServer(site);
  await new Promise<void>((resolve) => pages!.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  server = await startTestServer(options);
  return server;
}

describe('POST /api/article-imports/url', () => {
  it('fetches the Arabic page and answers its text and details, storing nothing', async () => {
    const api = await start();
    const reviewer = await api.as('reviewer');
    const response = await reviewer.request<ArticleDraft>('POST', '/api/article-imports/url', { url: `${origin}/news/2026/03/dams-level?ref=home` });
    expect(response.status).toBe(200);
    const { paragraphs, ...details } = expected('arabic-news').article;
    expect(response.body).toEqual({
      kind: 'url',
      ...details,
      text: paragraphs.join('\n\n'),
      fetchedUrl: `${origin}/news/2026/03/dams-level?ref=home`,
      origins: expected('arabic-news').origins,
    });
    expect((await tableCounts(api)).articles).toBe(0);
  });

  it('follows a redirect to the English page (its relative canonical address resolved against the page), and the draft saves as an article unchanged', async () => {
    const api = await start();
    const reviewer = await api.as('reviewer');
    const draft = await reviewer.request<ArticleDraft>('POST', '/api/article-imports/url', { url: `${origin}/bus` });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ title: expected('english-news').article.title, author: 'Priya Raman', fetchedUrl: `${origin}/local/2026/02/03/bus-fares-rise` });
    const { title, text, language, author, outlet, publishedOn, url } = draft.body;
    const saved = await reviewer.request('POST', '/api/articles', { title, text, language, author, outlet, publishedOn, url });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ title, text, language: 'en-GB', author, outlet, publishedOn: '2026-02-03', url: `${origin}/local/2026/02/03/bus-fares-rise` });
  });

  it('reads a page in windows-1256', async () => {
    const api = await start();
    const response = await api.request<ArticleDraft>('POST', '/api/article-imports/url', { url: `${origin}/legacy` });
    expect(response.status).toBe(200);
    expect(response.body.text).toContain('«الأولوية للمدارس والطرق»');
    expect(response.body.language).toBe('ar');
  });

  it('refuses loopback without the test-only setting', async () => {
    const api = await start({});
    const response = await api.request('POST', '/api/article-imports/url', { url: `${origin}/news/2026/03/dams-level?ref=home` });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'fetch_address_refused', details: [{ path: ['url'], message: 'loopback' }] });
  });

  it('answers 422 naming the reason: a redirect to the metadata address, a PDF, a 404, a page with no text', async () => {
    const api = await start();
    const refusal = async (path: string) => (await api.request('POST', '/api/article-imports/url', { url: `${origin}${path}` })).body.error;
    expect(await refusal('/metadata')).toMatchObject({ code: 'fetch_address_refused', details: [{ message: 'linkLocal' }] });
    expect(await refusal('/report.pdf')).toMatchObject({ code: 'fetch_content_type_refused' });
    expect(await refusal('/missing')).toMatchObject({ code: 'fetch_http_status', details: [{ message: 'HTTP 404' }] });
    expect(await refusal('/empty')).toMatchObject({ code: 'import_no_text' });
    expect((await api.request('POST', '/api/article-imports/url', { url: 'http://10.0.0.1/' })).status).toBe(422);
  });

  it('answers 422 fetch_timeout when the page does not arrive in time', async () => {
    const api = await start({ fetcher: { allowForTests: ['loopback'], limits: { timeoutMs: 400 } } });
    const response = await api.request('POST', '/api/article-imports/url', { url: `${origin}/slow` });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('fetch_timeout');
  });

  it('answers 400 for an address that is not http(s), too long, or with fields it does not know', async () => {
    const api = await start();
    for (const body of [{ url: 'javascript:alert(1)' }, { url: ' JaVaScRiPt:alert(1)' }, { url: 'file:///etc/passwd' }, { url: '//evil.example/' }, { url: `https://x.example/${'a'.repeat(2050)}` }, { url: 'https://x.example/', follow: true }, {}]) {
      const response = await api.request('POST', '/api/article-imports/url', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });

  it('answers 401 without a session', async () => {
    const api = await start();
    expect((await api.anonymous.request('POST', '/api/article-imports/url', { url: `${origin}/bus` })).status).toBe(401);
  });

  it('answers 429 with Retry-After past the per-user limit, while another user may still fetch', async () => {
    const api = await start({ fetcher: { allowForTests: ['loopback'] }, fetchQuota: { perUserPerMinute: 2, perServerPerMinute: 3 } });
    const reviewer = await api.as('reviewer');
    for (let i = 0; i < 2; i += 1) expect((await reviewer.request('POST', '/api/article-imports/url', { url: `${origin}/bus` })).status).toBe(200);
    const limited = await reviewer.request('POST', '/api/article-imports/url', { url: `${origin}/bus` });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('fetch_rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api.request('POST', '/api/article-imports/url', { url: `${origin}/bus` })).status).toBe(200);
    const serverLimited = await (await api.as('admin')).request('POST', '/api/article-imports/url', { url: `${origin}/bus` });
    expect(serverLimited.status).toBe(429);
    expect(serverLimited.body.error.message).toMatch(/server/);
  });
});

describe('POST /api/article-imports/html', () => {
  it('extracts the English page from pasted HTML, resolving its relative canonical address against the given one', async () => {
    const api = await start();
    const response = await api.request<ArticleDraft>('POST', '/api/article-imports/html', { html: fixture('english-news.html').toString('utf8'), url: 'https://ledger.example/x' });
    expect(response.status).toBe(200);
    const { paragraphs, ...details } = expected('english-news').article;
    expect(response.body).toEqual({ kind: 'html', ...details, text: paragraphs.join('\n\n'), fetchedUrl: null, origins: expected('english-news').origins });
  });

  it('answers 400 for empty HTML and 422 for HTML without article text', async () => {
    const api = await start();
    expect((await api.request('POST', '/api/article-imports/html', { html: '  ' })).status).toBe(400);
    const none = await api.request('POST', '/api/article-imports/html', { html: '<html><body><script>x()</script></body></html>' });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('import_no_text');
  });
});

/** The English page with its article repeated to about 850,000 characters: a page that takes the extractor a while. */
function largePage(): string {
  const html = fixture('english-news.html').toString('utf8');
  const body = html.slice(html.indexOf('<body'), html.indexOf('</body>'));
  return html.replace('</body>', `${body.repeat(Math.floor(850_000 / body.length) - 1)}</body>`);
}

/** Waits (on the event loop, so only while it is free) until `ready()` holds. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('extraction in worker threads', () => {
  it('serves another request while a large page is being extracted, before the import answers', async () => {
    const api = await start();
    const reviewer = await api.as('reviewer');
    const html = largePage();
    expect(html.length).toBeGreaterThan(800_000);
    const answered: string[] = [];
    const importing = reviewer.request<ArticleDraft>('POST', '/api/article-imports/html', { html }).then((response) => {
      answered.push('import');
      return response;
    });
    await until(() => api.services.extract.inFlight === 1);
    const other = await reviewer.request('GET', '/api/articles');
    answered.push('articles');
    expect(other.status).toBe(200);
    const imported = await importing;
    expect(imported.status).toBe(200);
    expect(imported.body.title).toBe(expected('english-news').article.title);
    expect(answered).toEqual(['articles', 'import']);
    expect(api.services.extract.inFlight).toBe(0);
  });

  it('answers 422 import_extraction_limit, not 500, when an extraction outlives its time limit, and the next import works', async () => {
    const api = await start({ fetcher: { allowForTests: ['loopback'] }, extract: { timeoutMs: 5 } });
    const response = await api.request('POST', '/api/article-imports/html', { html: largePage() });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'import_extraction_limit', message: expect.stringMatching(/limit/) });
    const docx = await api.request('POST', '/api/article-imports/docx', { data: fixture('arabic-report.docx').toString('base64') });
    expect(docx.status).toBe(422);
    expect(docx.body.error.code).toBe('import_extraction_limit');
  });
});

describe('POST /api/article-imports/docx', () => {
  it('extracts a Word document', async () => {
    const api = await start();
    const response = await api.request<ArticleDraft>('POST', '/api/article-imports/docx', { fileName: 'report.docx', data: fixture('arabic-report.docx').toString('base64') });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ kind: 'docx', title: 'تقرير: أسعار الخبز ترتفع ١٥٪', language: 'ar', url: null, fetchedUrl: null });
    expect(response.body.text).toContain('«لن نسمح بأي زيادة جديدة قبل نهاية الموسم»');
  });

  it('answers 422 for a file that is not a Word document and 400 for bad base64 or a file over the limit', async () => {
    const api = await start();
    const pdf = await api.request('POST', '/api/article-imports/docx', { data: Buffer.from('%PDF-1.7 renamed.docx').toString('base64') });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.code).toBe('import_document_invalid');
    expect((await api.request('POST', '/api/article-imports/docx', { data: 'not base64!' })).status).toBe(400);
    expect((await api.request('POST', '/api/article-imports/docx', { data: 'A'.repeat(960_000) })).status).toBe(400);
  });
});
