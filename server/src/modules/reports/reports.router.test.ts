import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSampleText } from '@sanad/db/sample';
import { ReportSchema } from '@sanad/shared/schemas/report';
import type { Article } from '@sanad/shared/schemas/article';
import { buildArticle, buildClaim, buildSource } from '../../test/factories.ts';
import { TEST_PASSWORD, type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';
import { annotationCollectionProblems, checkTextPositionSelectors } from '@sanad/shared/standards/web-annotation';
import { codePointMap, csvCell } from './report-formats.ts';

let server: TestServer;
let reviewer: TestClient;
let article: Article;

/** An Arabic text with an emoji (two UTF-16 units, one code point) before the claims. */
const TEXT = 'تحديث 😀 عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع الوفدين، وقال إن النسبة بلغت =SUM(A1) في 2014.';

beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
  article = await buildArticle(reviewer, { title: 'جنيف: تقرير', text: TEXT });
  const rated = await buildClaim(reviewer, article, 'جلستَيْن منفصلتَيْن');
  await reviewer.request('PUT', `/api/claims/${rated.id}/verdict`, { rating: 'false', rationale: 'لم تُعقد جلسات منفصلة، بحسب بيان "الأمم المتحدة".' });
  await reviewer.request('POST', `/api/claims/${rated.id}/sources`, { url: 'https://www.un.org/press/geneva', title: 'UN press release', publisher: 'United Nations', stance: 'contradicts', excerpt: 'Both delegations met together.' });
  await reviewer.request('POST', `/api/claims/${rated.id}/sources`, { url: 'https://example.org/report', title: 'Local report', publisher: 'Example News', stance: 'supports' });
  await buildClaim(reviewer, article, '=SUM(A1)');
});
afterEach(async () => {
  await server.close();
});

const report = (format: string) => reviewer.request('GET', `/api/articles/${article.id}/report?format=${format}`);

describe('GET /api/articles/:id/report', () => {
  it('gives the full data as versioned JSON, claims in reading order with sources by stance', async () => {
    const response = await report('json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="sanad-article-\d+-draft\.json"/);
    const parsed = ReportSchema.parse(response.body);
    expect(parsed).toMatchObject({ schemaVersion: 1, kind: 'draft', article: { title: 'جنيف: تقرير', language: 'ar', direction: 'rtl' } });
    expect(parsed.summary).toMatchObject({ claims: 2, verdicts: { false: 1, unrated: 1 }, statuses: { draft: 2 } });
    expect(parsed.claims.map((claim) => claim.quote)).toEqual(['جلستَيْن منفصلتَيْن', '=SUM(A1)']);
    expect(parsed.claims[0]!.verdict).toMatchObject({ rating: 'false', labelEn: 'False', labelAr: 'خاطئ', value: 1 });
    expect(parsed.claims[0]!.sources.contradicts[0]).toMatchObject({ publisher: 'United Nations', excerpt: 'Both delegations met together.' });
    expect(parsed.methodology).toMatchObject({ claims: 2, sources: 2, publishers: 2, reviewers: [{ name: 'Test reviewer' }], approvers: [] });
  });

  it('writes Markdown with the quote, verdict, sources and methodology, people\'s words escaped', async () => {
    const response = await report('md');
    expect(response.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = response.body as string;
    // The report's direction wraps it all; the Arabic title and quote sit in blocks of their own direction (issue #18).
    expect(text).toMatch(/^<div dir="ltr" lang="en">\n\n<div dir="rtl" lang="ar">\n\n# جنيف: تقرير\n\n<\/div>/);
    expect(text).toMatch(/<div dir="rtl" lang="ar">\n\n> جلستَيْن منفصلتَيْن\n\n<\/div>/);
    expect(text.trimEnd().endsWith('</div>')).toBe(true);
    expect(text).toContain('**DRAFT**');
    expect(text).toContain('> جلستَيْن منفصلتَيْن');
    expect(text).toContain('**Verdict: False (خاطئ)**');
    expect(text).toContain('### Contradicting sources (1)');
    expect(text).toContain('[UN press release](<https://www.un.org/press/geneva>) — United Nations');
    expect(text).toContain('> =SUM\\(A1\\)');
    expect(text).toMatch(/## Methodology\n\n2 claims were checked against 2 sources from 2 independent publishers/);
  });

  it('writes an Arabic report with Arabic separators and lists, and context cut at whole words (issue #18)', async () => {
    const admin = await server.as('admin');
    const current = await admin.request('GET', '/api/organisation');
    await admin.request('PATCH', '/api/organisation', { reportLanguage: 'ar' }, { ifMatch: current.headers.get('etag') });
    const long = await buildArticle(reviewer, {
      title: 'العواصم',
      text: 'تداولتها وكالات الأنباء ووسائط الاتصال الإلكتروني في سوريا وخارجها، خاصة في العواصم الدولية والعربية المؤثرة، تؤكد وجود صلة مباشرة بين نظام بشار الأسد وتنظيم «داعش».',
    });
    const claim = await buildClaim(reviewer, long, 'والعربية المؤثرة');
    await reviewer.request('POST', `/api/claims/${claim.id}/sources`, { url: 'https://example.org/wire', title: 'Wire', publisher: 'Reuters', stance: 'supports', publishedAt: '2014-01-21' });
    const markdown = (await reviewer.request('GET', `/api/articles/${long.id}/report?format=md`)).body as string;
    expect(markdown).toMatch(/^<div dir="rtl" lang="ar">/);
    expect(markdown).toContain('— Reuters، 2014-01-21');
    expect(markdown).not.toContain('Reuters, 2014');
    const html = (await reviewer.request('GET', `/api/articles/${long.id}/report?format=html`)).body as string;
    const context = /<p class="context"[^>]*>(.*?)<\/p>/u.exec(html)![1]!.replace(/<\/?mark>/g, '');
    const words = new Set(long.text.split(/[\s،.«»]+/u));
    for (const word of context.replace(/…/g, '').split(/[\s،.«»]+/u).filter(Boolean)) expect(words, `«${word}» is a whole word of the text`).toContain(word);
    expect(context.startsWith('…')).toBe(true);
  });

  it('writes CSV with a byte-order mark, one row per claim, formulas neutralised, that a parser reads back', async () => {
    const response = await fetch(`${server.url}/api/articles/${article.id}/report?format=csv`, { headers: { cookie: reviewer.cookie! } });
    expect(response.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    expect(rows[0]).toEqual(['article', 'claim_id', 'quote', 'verdict', 'rationale', 'status', 'reviewer', 'supporting', 'contradicting', 'context', 'source_urls', 'confidence', 'recheck_on', 'kind', 'rests_on_false', 'rests_on', 'raters', 'raters_agreed', 'independent_supporting', 'independent_contradicting', 'outdated_on', 'outdated_note']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ 2: 'جلستَيْن منفصلتَيْن', 3: 'False', 4: 'لم تُعقد جلسات منفصلة، بحسب بيان "الأمم المتحدة".', 7: '1', 8: '1' });
    expect(rows[2]![2]).toBe("'=SUM(A1)");
  });

  it('writes a W3C AnnotationCollection with positions in code points', async () => {
    const response = await report('w3c');
    expect(response.headers.get('content-type')).toMatch(/application\/ld\+json/);
    const collection = JSON.parse(response.body as string);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const [first] = collection.first.items;
    expect(first).toMatchObject({ type: 'Annotation', motivation: 'assessing' });
    const [quote, position] = first.target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'جلستَيْن منفصلتَيْن' });
    // The emoji counts one code point, not two UTF-16 units.
    const utf16 = TEXT.indexOf('جلستَيْن');
    expect(position).toEqual({ type: 'TextPositionSelector', start: utf16 - 1, end: utf16 - 1 + 'جلستَيْن منفصلتَيْن'.length });
    expect([...TEXT].slice(position.start, position.end).join('')).toBe('جلستَيْن منفصلتَيْن');
    expect(first.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'assessing', language: 'ar', textDirection: 'rtl' });
    expect(first.body.slice(1).map((body: { source: string }) => body.source)).toEqual(['https://example.org/report', 'https://www.un.org/press/geneva']);
    // Every MUST of the Web Annotation model, and every position counted in code points of the text.
    expect(annotationCollectionProblems(collection)).toEqual([]);
    expect(checkTextPositionSelectors(collection, TEXT)).toEqual([]);
  });

  it('reports an English article left to right, with an Arabic rationale isolated in its own direction', async () => {
    const english = await buildArticle(reviewer, { title: 'Turnout claims', text: 'The minister said turnout reached 40 per cent in the capital.', language: 'en' });
    const claim = await buildClaim(reviewer, english, 'turnout reached 40 per cent');
    await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'mostly_false', rationale: 'بلغت النسبة 24 بالمئة بحسب اللجنة.' });
    const get = (format: string) => reviewer.request('GET', `/api/articles/${english.id}/report?format=${format}`);
    const html = (await get('html')).body as string;
    expect(html).toContain('<h1 lang="en" dir="ltr">Turnout claims</h1>');
    expect(html).toContain('<blockquote lang="en" dir="ltr">turnout reached 40 per cent</blockquote>');
    expect(html).toContain('<p dir="rtl">بلغت النسبة 24 بالمئة بحسب اللجنة.</p>');
    const markdown = (await get('md')).body as string;
    expect(markdown).toContain('> turnout reached 40 per cent');
    expect(markdown).toContain('**Verdict: Mostly false (خاطئ في الغالب)**');
    const collection = JSON.parse((await get('w3c')).body as string);
    expect(collection.first.items[0].body[0]).toMatchObject({ language: 'ar', textDirection: 'rtl' });
    expect(annotationCollectionProblems(collection)).toEqual([]);
    expect(checkTextPositionSelectors(collection, english.text)).toEqual([]);
  });

  it('writes a valid W3C collection for an article without claims (no empty page)', async () => {
    const empty = await buildArticle(reviewer, { title: 'No claims yet', text: 'Nothing marked here.' });
    const collection = JSON.parse((await reviewer.request('GET', `/api/articles/${empty.id}/report?format=w3c`)).body as string);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(collection.first).toBeUndefined();
    expect(annotationCollectionProblems(collection)).toEqual([]);
  });

  it('writes one self-contained HTML file: lang and dir per block, people\'s words escaped, DRAFT marked', async () => {
    const response = await report('html');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    const html = response.body as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/);
    expect(html).toContain('<h1 lang="ar" dir="rtl">جنيف: تقرير</h1>');
    expect(html).toContain('<blockquote lang="ar" dir="rtl">جلستَيْن منفصلتَيْن</blockquote>');
    expect(html).toContain('بحسب بيان &quot;الأمم المتحدة&quot;.');
    expect(html).toContain('class="mark draft"');
    expect(html).toContain('<a href="https://www.un.org/press/geneva" rel="noopener noreferrer"><bdi dir="ltr">UN press release</bdi></a>');
    const claim = (await reviewer.request('GET', `/api/articles/${article.id}/claims`)).body.claims[1];
    await reviewer.request('PATCH', `/api/claims/${claim.id}`, { claimant: '<img src=x onerror=alert(1)>' });
    expect((await report('html')).body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders the PDF in Chromium with the Arabic quotes shaped and readable back as text', async () => {
    const response = await fetch(`${server.url}/api/articles/${article.id}/report?format=pdf`, { headers: { cookie: reviewer.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'sanad-pdf-'));
    writeFileSync(join(dir, 'report.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(text).toContain('DRAFT');
    expect(text).toContain('UN press release');
    // pdftotext gives the letters back in logical order, with bidi marks and spaces where the harakat sat:
    // compare letters only.
    const letters = (value: string) => value.normalize('NFC').replace(/[\u064B-\u065F\u200E\u200F\u202A-\u202E\s]/g, '');
    expect(letters(text)).toContain(letters('جلستَيْن منفصلتَيْن'));
    expect(letters(text)).toContain(letters('تقرير'));
    expect(letters(text)).toContain(letters('لم تُعقد جلسات منفصلة'));
  }, 60_000);

  it('carries the exact text of every quote of the sample, harakat and digits included, in the PDF it attaches', async () => {
    const sample = await buildArticle(reviewer, { title: 'جنيف2: مقال رأي', text: readSampleText().trim() });
    // Passages of the sample with harakat (on a letter, doubled, at a word's end), «» quotes and a digit inside a word.
    const quotes = ['جلستَيْن منفصلتَيْن', 'الوفدَين', 'هو أصلاً من صنع', 'والمليشيات الشيعية الموجَّهة', 'هم مَن جلب', 'التي تُقدَّم للقاعدة', 'الذي يعدّ أحد', '«جنيف2»', 'وتنظيم «داعش»'];
    for (const quote of quotes) await buildClaim(reviewer, sample, quote);
    const response = await fetch(`${server.url}/api/articles/${sample.id}/report?format=pdf`, { headers: { cookie: reviewer.cookie! } });
    expect(response.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'sanad-pdf-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), Buffer.from(await response.arrayBuffer()));
      expect(execFileSync('pdfdetach', ['-list', join(dir, 'report.pdf')], { encoding: 'utf8' })).toContain('report.md');
      execFileSync('pdfdetach', ['-saveall', '-o', dir, join(dir, 'report.pdf')]);
      const attached = readFileSync(join(dir, 'report.md'), 'utf8');
      for (const quote of quotes) expect(attached).toContain(`> ${quote}`);
      expect(attached).toContain('<div dir="rtl" lang="ar">');
      // The PDF itself says where its exact text is.
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' })).toContain('report.md');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('answers 400 for an unknown format or kind and 404 for an unknown article', async () => {
    expect((await report('docx')).status).toBe(400);
    expect((await reviewer.request('GET', `/api/articles/${article.id}/report?format=json&kind=final`)).status).toBe(400);
    const unpublished = await reviewer.request('GET', `/api/articles/${article.id}/report?format=json&kind=published`);
    expect(unpublished.status).toBe(409);
    expect(unpublished.body.error.code).toBe('not_published');
    expect((await reviewer.request('GET', '/api/articles/999/report?format=json')).status).toBe(404);
  });
});

describe('the methodology of each claim in the report (issue #16)', () => {
  const FIRST_RATIONALE = 'The first rater’s reasons, kept from the blind.';
  const LOSING_RATIONALE = 'The second rater’s reasons, which the editor set aside.';
  const RESOLUTION_NOTE = 'The editor’s note on why the first rating stands.';
  // Words of each that no format escapes (Markdown escapes the full stop).
  const LOSING = 'which the editor set aside';
  const NOTE = 'why the first rating stands';
  let editor: TestClient;
  let second: TestClient;
  let third: TestClient;

  beforeEach(async () => {
    editor = await server.as('editor');
    second = await server.as({ email: (await server.createUser('reviewer', 'Second Rater')).email, password: TEST_PASSWORD });
    third = await server.as({ email: (await server.createUser('reviewer', 'Third Reviewer')).email, password: TEST_PASSWORD });
  });

  const requireSecond = (id: number) => editor.request('PUT', `/api/claims/${id}/double-rating`, { required: true });
  const setVerdict = (id: number, rating: string, rationale = FIRST_RATIONALE) => reviewer.request('PUT', `/api/claims/${id}/verdict`, { rating, rationale, confidence: 'high' });
  const rateSecond = (id: number, rating: string, rationale = 'Second rater’s reasons.') => second.request('PUT', `/api/claims/${id}/second-rating`, { rating, rationale, confidence: 'low' });
  const get = (who: TestClient, format: string, kind = 'draft') => who.request('GET', `/api/articles/${article.id}/report?format=${format}&kind=${kind}`);
  const bodyOf = async (who: TestClient, format: string) => {
    const { body } = await get(who, format);
    return typeof body === 'string' ? body : JSON.stringify(body);
  };

  /** Claims rated twice that agreed and that disagreed (settled by an editor keeping the first rating), in reading order around the beforeEach's two. */
  async function ratedTwice(): Promise<{ agreed: number; resolved: number }> {
    const agreed = await buildClaim(reviewer, article, 'الأخضر الإبراهيمي');
    const resolved = await buildClaim(reviewer, article, 'مع الوفدين');
    for (const id of [agreed.id, resolved.id]) {
      expect((await requireSecond(id)).status).toBe(200);
      expect((await setVerdict(id, 'false')).status).toBe(200);
    }
    // Two copies of one wire story count once.
    await buildSource(reviewer, agreed, { url: 'https://one.example/a', stance: 'supports', origin: 'Wire A' });
    await buildSource(reviewer, agreed, { url: 'https://two.example/b', stance: 'supports', origin: 'wire a' });
    await buildSource(reviewer, agreed, { url: 'https://three.example/c', stance: 'contradicts' });
    expect((await rateSecond(agreed.id, 'false')).body.doubleRating).toMatchObject({ state: 'agreed' });
    expect((await rateSecond(resolved.id, 'true', LOSING_RATIONALE)).body.doubleRating).toMatchObject({ state: 'disagreed' });
    const settled = await editor.request('POST', `/api/claims/${resolved.id}/double-rating/resolve`, { choice: 'first', note: RESOLUTION_NOTE });
    expect(settled.body.doubleRating).toMatchObject({ state: 'resolved' });
    return { agreed: agreed.id, resolved: resolved.id };
  }

  it('states per claim in JSON how many rated it, whether they agreed, the editor’s choice, the confidence and the independent sources', async () => {
    const ids = await ratedTwice();
    const report = ReportSchema.parse((await get(reviewer, 'json')).body);
    const byId = new Map(report.claims.map((claim) => [claim.id, claim]));
    expect(byId.get(ids.agreed)!.methodology).toEqual({ raters: 2, agreed: true, resolution: null, awaitingSecondRating: false, withheld: false, confidence: 'high', independentSources: 2 });
    expect(byId.get(ids.resolved)!.methodology).toEqual({ raters: 2, agreed: false, resolution: 'first', awaitingSecondRating: false, withheld: false, confidence: 'high', independentSources: 0 });
    const once = report.claims.find((claim) => claim.quote === 'جلستَيْن منفصلتَيْن')!;
    expect(once.methodology).toEqual({ raters: 1, agreed: null, resolution: null, awaitingSecondRating: false, withheld: false, confidence: null, independentSources: 2 });
    const unrated = report.claims.find((claim) => claim.quote === '=SUM(A1)')!;
    expect(unrated.methodology).toMatchObject({ raters: 0, agreed: null, confidence: null, independentSources: 0 });
    // The editor's choice, not the set-aside rating's reasons nor the note.
    const text = JSON.stringify(report);
    expect(text).not.toContain(LOSING);
    expect(text).not.toContain(NOTE);
  });

  it('gives each CSV row its raters, whether they agreed, and its independent sources', async () => {
    const ids = await ratedTwice();
    const csv = ((await get(reviewer, 'csv')).body as string).replace(/^\uFEFF/, '');
    const rows = parseCsv(csv);
    const columns = ['raters', 'raters_agreed'].map((name) => rows[0]!.indexOf(name));
    const independent = ['independent_supporting', 'independent_contradicting'].map((name) => rows[0]!.indexOf(name));
    const row = (id: number | string) => rows.find((cells) => cells[1] === String(id))!;
    const tail = (id: number | string) => columns.map((column) => row(id)[column]);
    expect(independent.map((column) => row(ids.agreed)[column])).toEqual(['1', '1']);
    expect(independent.map((column) => row(ids.resolved)[column])).toEqual(['0', '0']);
    expect(tail(ids.agreed)).toEqual(['2', 'true']);
    expect(tail(ids.resolved)).toEqual(['2', 'false']);
    const report = ReportSchema.parse((await get(reviewer, 'json')).body);
    expect(tail(report.claims.find((claim) => claim.quote === 'جلستَيْن منفصلتَيْن')!.id)).toEqual(['1', '']);
    expect(tail(report.claims.find((claim) => claim.quote === '=SUM(A1)')!.id)).toEqual(['0', '']);
    expect(csv).not.toContain(LOSING);
  });

  it('writes a line per claim in Markdown and HTML, in English and in Arabic', async () => {
    await ratedTwice();
    const agreed = 'Rated independently by 2 people: they agreed · Confidence: high · Independent sources: 1 supporting, 1 contradicting';
    const resolved = 'Rated independently by 2 people: they disagreed; an editor kept the first rating · Confidence: high · Independent sources: 0 supporting, 0 contradicting';
    const once = 'Rated by 1 person · Independent sources: 1 supporting, 1 contradicting';
    const markdown = await bodyOf(reviewer, 'md');
    for (const line of [agreed, resolved, once]) expect(markdown).toContain(`\n${line}\n`);
    const html = await bodyOf(reviewer, 'html');
    for (const line of [agreed, resolved, once]) expect(html).toContain(`<p class="verdict-notes">${line}</p>`);
    for (const text of [markdown, html]) {
      expect(text).not.toContain(LOSING);
      expect(text).not.toContain(NOTE);
    }
    const admin = await server.as('admin');
    const organisation = await admin.request('GET', '/api/organisation');
    await admin.request('PATCH', '/api/organisation', { reportLanguage: 'ar' }, { ifMatch: organisation.headers.get('etag') });
    const arabic = ['قيّمه شخصان كلٌّ على حدة: اتفقا · درجة الثقة: عالية · المصادر المستقلة: 1 داعمة، 1 مناقضة', 'قيّمه شخصان كلٌّ على حدة: اختلفا، فأبقى محرِّر التقييم الأول', 'قيّمه شخص واحد'];
    const arabicMarkdown = await bodyOf(reviewer, 'md');
    const arabicHtml = await bodyOf(reviewer, 'html');
    for (const line of arabic) {
      expect(arabicMarkdown).toContain(line);
      expect(arabicHtml).toContain(line);
    }
  });

  it('carries the methodology of the approved claims into the published report', async () => {
    const ids = await ratedTwice();
    for (const id of [ids.agreed, ids.resolved]) {
      expect((await reviewer.request('POST', `/api/claims/${id}/transitions`, { to: 'submitted' })).status).toBe(200);
      expect((await editor.request('POST', `/api/claims/${id}/transitions`, { to: 'approved' })).status).toBe(200);
    }
    expect((await editor.request('POST', `/api/articles/${article.id}/publications`, {}, { ifMatch: null })).status).toBe(201);
    const published = ReportSchema.parse((await get(reviewer, 'json', 'published')).body);
    expect(published.claims.map((claim) => [claim.id, claim.methodology?.raters, claim.methodology?.agreed, claim.methodology?.resolution])).toEqual([
      [ids.agreed, 2, true, null],
      [ids.resolved, 2, false, 'first'],
    ]);
  });

  it('leaves out of a draft the verdict, rationale and sources a blind reviewer may not see until both ratings are in', async () => {
    const waiting = await buildClaim(reviewer, article, 'النسبة بلغت');
    await requireSecond(waiting.id);
    await setVerdict(waiting.id, 'misleading');
    await buildSource(reviewer, waiting, { url: 'https://example.org/first-raters-source', stance: 'contradicts', publisher: 'First Rater’s Outlet' });
    for (const blind of [second, third]) {
      const report = ReportSchema.parse((await get(blind, 'json')).body);
      const claim = report.claims.find((one) => one.id === waiting.id)!;
      expect(claim).toMatchObject({ verdict: null, sources: { supports: [], contradicts: [], context: [] }, independentSources: null });
      expect(claim.methodology).toEqual({ raters: 1, agreed: null, resolution: null, awaitingSecondRating: true, withheld: true, confidence: null, independentSources: null });
      expect(report.summary.verdicts).toMatchObject({ misleading: 0, false: 1, unrated: 2 });
      for (const format of ['json', 'csv', 'md', 'html', 'w3c']) {
        const text = await bodyOf(blind, format);
        expect(text, format).not.toContain('first-raters-source');
        expect(text, format).not.toContain('reasons, kept from the blind');
        expect(text, format).not.toMatch(/First Rater(’|&#39;)s Outlet/);
      }
      expect(await bodyOf(blind, 'md')).toContain('**Verdict: Hidden until both independent ratings are in**\n\nRated by 1 person · Awaiting a second, independent rating\n');
      expect(await bodyOf(blind, 'html')).toContain('>Hidden until both independent ratings are in</span>');
    }
    // The first rater and an editor who is not rating it see it, told that it waits.
    for (const sighted of [reviewer, editor]) {
      const claim = ReportSchema.parse((await get(sighted, 'json')).body).claims.find((one) => one.id === waiting.id)!;
      expect(claim.verdict).toMatchObject({ rating: 'misleading', rationale: FIRST_RATIONALE });
      expect(claim.methodology).toMatchObject({ raters: 1, awaitingSecondRating: true, withheld: false, confidence: 'high', independentSources: 1 });
      expect(await bodyOf(sighted, 'md')).toContain('Rated by 1 person · Awaiting a second, independent rating · Confidence: high');
    }
    // Once both are in, everyone sees it.
    await rateSecond(waiting.id, 'misleading');
    const after = ReportSchema.parse((await get(third, 'json')).body).claims.find((one) => one.id === waiting.id)!;
    expect(after.verdict).toMatchObject({ rationale: FIRST_RATIONALE });
    expect(after.methodology).toMatchObject({ raters: 2, agreed: true, withheld: false });
  });
});

describe('csvCell and codePointMap', () => {
  it('neutralise formulas and quote per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(null)).toBe('');
  });

  it('count a surrogate pair once', () => {
    expect([...codePointMap('a😀b')]).toEqual([0, 1, 2, 2, 3]);
    expect([...codePointMap('abc')]).toEqual([0, 1, 2, 3]);
    expect([...codePointMap('')]).toEqual([0]);
  });
});

/** A small RFC 4180 parser, so the test reads the CSV as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}
