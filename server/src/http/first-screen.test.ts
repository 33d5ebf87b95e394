import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../test/test-server.ts';
import { FIRST_SCREEN_CHARS } from './first-screen.ts';

const INDEX = '<!doctype html><html><head><title>Sanad</title></head><body><div id="root"></div></body></html>';
let dir: string;
let server: TestServer;
let reviewer: TestClient;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-first-screen-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  server = await startTestServer({ clientDir: dir });
  reviewer = await server.as('reviewer');
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (path: string, cookie: string | null) => {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, policy: response.headers.get('content-security-policy') ?? '', html: await response.text() };
};
const screenOf = (html: string) => /<div id="first-screen"[\s\S]*<\/div><div id="root">/.exec(html)?.[0] ?? null;

describe('the first screen of /articles/:id in the page', () => {
  it('holds the text, escaped, with the claims marked in their rating colour, under a style the policy allows by its hash', async () => {
    const text = 'Intro <script>alert(1)</script> & "quotes" \'here\'.\nSecond paragraph with a claim & more.';
    const article = await buildArticle(reviewer, { title: 'T <b>&</b>', text, language: 'en' });
    const claim = await buildClaim(reviewer, article, '<script>alert(1)</script> &');
    expect((await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'No.' })).status).toBe(200);
    await buildClaim(reviewer, article, 'a claim & more');

    const { status, policy, html } = await page(`/articles/${article.id}`, reviewer.cookie);
    expect(status).toBe(200);
    const screen = screenOf(html);
    expect(screen).not.toBeNull();
    expect(screen).not.toContain('<script');
    expect(screen).not.toContain('<b>');
    expect(screen).toContain('<h1 class="article-header__title" lang="en" dir="ltr">T &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(screen).toContain('<div class="article-text" data-first-screen="" lang="en" dir="ltr">');
    // The rated claim in the first rating class of the scale that is 'false', the unrated one in the unrated class.
    const rated = /<mark class="(r\d+)">&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp;<\/mark>/.exec(screen!);
    expect(rated).not.toBeNull();
    expect(screen).toContain('<mark class="u">a claim &amp; more</mark>');
    expect(screen).toContain('&quot;quotes&quot; &#39;here&#39;');
    // The style: one rule per rating, allowed by exactly its hash (the policy stays 'self' for everything else).
    const css = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(css).toContain(`mark.${rated![1]}{background-color:rgb(`);
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("script-src 'self'");
  });

  it('is cut at a paragraph near the first screen’s size, and left out when ?claim= names a claim beyond it or another view is asked', async () => {
    const paragraph = 'A line of text that fills a paragraph of the long article. '.repeat(20);
    const text = Array.from({ length: 20 }, (_, i) => `${i} ${paragraph}`).join('\n');
    const article = await buildArticle(reviewer, { title: 'Long', text, language: 'en' });
    const near = await buildClaim(reviewer, article, '0 A line');
    const far = await buildClaim(reviewer, article, '19 A line');
    const { html } = await page(`/articles/${article.id}`, reviewer.cookie);
    const screen = screenOf(html)!;
    const shown = [...screen.matchAll(/<p data-start="(\d+)"/g)].map((match) => Number(match[1]));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(20);
    const textOf = /<div class="article-text"[^>]*>([\s\S]*?)<\/div><\/div>/.exec(screen)![1]!;
    expect(textOf.replace(/<[^>]+>/g, '').length).toBeLessThanOrEqual(FIRST_SCREEN_CHARS);
    expect(screenOf((await page(`/articles/${article.id}?claim=${near.id}`, reviewer.cookie)).html)).not.toBeNull();
    expect(screenOf((await page(`/articles/${article.id}?claim=${far.id}`, reviewer.cookie)).html)).toBeNull();
    expect(screenOf((await page(`/articles/${article.id}?revision=1`, reviewer.cookie)).html)).toBeNull();
  });

  it('is written in the reader’s interface language and for their role, with the app’s classes, and the page opens in that language', async () => {
    const article = await buildArticle(reviewer, { title: 'عنوان المقال', text: 'نص المقال الأول.\nالفقرة الثانية.', language: 'ar' });
    const english = await page(`/articles/${article.id}`, reviewer.cookie);
    expect(english.html).toContain('<html lang="en" dir="ltr" data-interface-language="en">');
    const englishScreen = screenOf(english.html)!;
    for (const part of ['class="app-header"', 'class="workspace"', 'class="workspace__aside"', 'class="article-toolbar"', 'class="article-text-frame"', '← All articles', 'My queue']) {
      expect(englishScreen).toContain(part);
    }
    // A reviewer has no approvals, no dashboard and no assigning.
    expect(englishScreen).not.toContain('Awaiting approval');
    expect(englishScreen).not.toContain('>Assign<');

    const version = (await reviewer.request('GET', '/api/session')).body.user.version as number;
    expect((await reviewer.request('PATCH', '/api/session/preferences', { language: 'ar' }, { ifMatch: `"v${version}"` })).status).toBe(200);
    const arabic = await page(`/articles/${article.id}`, reviewer.cookie);
    expect(arabic.html).toContain('<html lang="ar" dir="rtl" data-interface-language="ar">');
    const arabicScreen = screenOf(arabic.html)!;
    expect(arabicScreen).toContain('→ كل المقالات');
    expect(arabicScreen).toContain('<h1 class="article-header__title" lang="ar" dir="rtl">عنوان المقال</h1>');
    expect(arabicScreen).not.toContain('All articles');

    const editor = await server.as('editor');
    const editorScreen = screenOf((await page(`/articles/${article.id}`, editor.cookie)).html)!;
    expect(editorScreen).toContain('Awaiting approval');
    expect(editorScreen).toContain('>Assign<');
    // Without a first screen the page keeps the build's own <html>.
    expect((await page(`/articles/${article.id}?revision=1`, reviewer.cookie)).html).not.toContain('data-interface-language');
  });

  it('writes no article content for a request without a session, with an ended one, or for an article that does not exist', async () => {
    const article = await buildArticle(reviewer, { title: 'Secret title', text: 'Secret text of the article.', language: 'en' });
    for (const cookie of [null, 'sanad_session=not-a-session']) {
      const { status, html, policy } = await page(`/articles/${article.id}`, cookie);
      expect(status).toBe(200);
      expect(html).not.toContain('Secret');
      expect(screenOf(html)).toBeNull();
      expect(policy).toContain("style-src 'self';");
    }
    const missing = await page(`/articles/${article.id + 100}`, reviewer.cookie);
    expect(missing.status).toBe(200);
    expect(screenOf(missing.html)).toBeNull();
  });
});
