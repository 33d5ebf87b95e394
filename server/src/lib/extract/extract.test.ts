import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { decodeHtml } from './decode-html.ts';
import { checkDocxArchive, extractDocxArticle } from './docx-article.ts';
import { dateOn, extractHtmlArticle } from './html-article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

interface Expected {
  pageUrl: string;
  article: { title: string; language: string; author: string | null; outlet: string | null; publishedOn: string | null; url: string | null; paragraphs: string[] };
  origins: Record<string, string>;
}

describe(extractHtmlArticle.name, () => {
  it.each(['arabic-news', 'english-news'])('extracts the text and details the %s page must yield', (name) => {
    const expected = JSON.parse(fixture(`${name}.expected.json`).toString('utf8')) as Expected;
    const { paragraphs, ...details } = expected.article;
    const article = extractHtmlArticle(fixture(`${name}.html`).toString('utf8'), expected.pageUrl);
    expect(article).toEqual({ ...details, text: paragraphs.join('\n\n'), origins: expected.origins });
  });

  it('leaves out the ads, related links, comments, navigation and footer', () => {
    const arabic = extractHtmlArticle(fixture('arabic-news.html').toString('utf8'), null).text;
    for (const noise of ['اشترك الآن', 'السيارات المستعملة', 'اقرأ أيضًا', 'الأرصاد تتوقع', 'التعليقات', 'أبو علي', 'كل سنة', 'جميع الحقوق', 'رياضة', 'فيسبوك']) {
      expect(arabic).not.toContain(noise);
    }
    const english = extractHtmlArticle(fixture('english-news.html').toString('utf8'), null).text;
    for (const noise of ['ADVERTISEMENT', 'Mortgage', 'Win a weekend', 'Related stories', 'Tram extension', 'commuter88', 'Most read', 'cookies', 'All rights reserved', 'Photo: Ledger staff', 'By Priya Raman']) {
      expect(english).not.toContain(noise);
    }
  });

  it('keeps Arabic paragraphs, harakat and «» quotes as written, in NFC', () => {
    const { text } = extractHtmlArticle(fixture('arabic-news.html').toString('utf8'), null);
    expect(text).toContain('وأكّد وزيرُ المياه أنّ الحكومة «لن تقطع مياه الشرب عن أي حيّ سكني»');
    expect(text).toContain('قد يُقلَّص');
    expect(text.split('\n\n')).toHaveLength(7);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('normalises decomposed text to NFC', () => {
    const html = `<html lang="fr"><body><article><h1>Titre</h1><p>${'Le cafe\u0301 de la gare a ferme\u0301 ses portes apre\u0300s trente ans. '.repeat(6)}</p></article></body></html>`;
    const article = extractHtmlArticle(html, null);
    expect(article.text).toContain('café');
    expect(article.text).toBe(article.text.normalize('NFC'));
  });

  it('falls back to the page title, the fetched address and a detected language when the page says nothing', () => {
    const html = `<html><head><title>Plain page</title></head><body><div><p>${'The minister said that exports grew by ten percent in the first quarter of the year. '.repeat(5)}</p></div></body></html>`;
    const article = extractHtmlArticle(html, 'https://plain.example/page?utm_medium=x');
    expect(article).toMatchObject({ title: 'Plain page', language: 'en', author: null, outlet: null, publishedOn: null, url: 'https://plain.example/page?utm_medium=x' });
    expect(article.origins).toEqual({ title: 'page', url: 'page', language: 'page' });
  });

  it('reads JSON-LD in a @graph, with a type list and a string author, and skips JSON-LD that does not parse', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['ReportageNewsArticle'], headline: 'Graph headline', author: 'Ann Lee', datePublished: '2025-12-31T23:30:00-05:00', inLanguage: 'en-US', url: 'https://graph.example/a?fbclid=1' }] };
    const html = `<html><head><script type="application/ld+json">{not json</script><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>${'Text of the article that is long enough to be read as its main content. '.repeat(6)}</p></article></body></html>`;
    const article = extractHtmlArticle(html, null);
    expect(article).toMatchObject({ title: 'Graph headline', author: 'Ann Lee', publishedOn: '2025-12-31', language: 'en-US', url: 'https://graph.example/a' });
  });

  it('refuses addresses that are not http(s) as the canonical address', () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://x.example/"></head><body><p>${'Words of the article. '.repeat(30)}</p></body></html>`;
    expect(extractHtmlArticle(html, null).url).toBeNull();
  });
});

describe(dateOn.name, () => {
  it.each([
    ['2026-03-14T21:30:00+03:00', '2026-03-14'],
    ['2026-02-03', '2026-02-03'],
    ['Tue, 03 Feb 2026 07:15:00 GMT', '2026-02-03'],
    ['2026-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('reads %s as %s', (value, expected) => {
    expect(dateOn(value)).toBe(expected);
  });
});

describe(decodeHtml.name, () => {
  it('reads a windows-1256 Arabic page declared by <meta>, and lets the Content-Type charset win', () => {
    const bytes = fixture('arabic-windows-1256.html');
    expect(decodeHtml(bytes, null)).toContain('أقرّ مجلس المدينة موازنة العام المقبل');
    expect(extractHtmlArticle(decodeHtml(bytes, null), null).text).toContain('«الأولوية للمدارس والطرق»');
    expect(decodeHtml(Buffer.from('<p>نص</p>'), 'utf-8')).toBe('<p>نص</p>');
    expect(decodeHtml(Buffer.from('<p>نص</p>'), null)).toBe('<p>نص</p>');
  });
});

describe(extractDocxArticle.name, () => {
  it('takes the first heading as the title and keeps paragraphs, list items, harakat and quotes', async () => {
    const article = await extractDocxArticle(fixture('arabic-report.docx'), 'report.docx');
    expect(article.title).toBe('تقرير: أسعار الخبز ترتفع ١٥٪');
    expect(article.text.split('\n\n')).toEqual([
      'قال مسؤولٌ في وزارة التجارة إنّ سعر رغيف الخبز ارتفع بنسبة ١٥٪ منذ بداية العام.',
      'وأضاف: «لن نسمح بأي زيادة جديدة قبل نهاية الموسم».',
      'أبرز الأسباب:',
      'ارتفاع أسعار القمح المستورد',
      'تكاليف النقل والطاقة',
    ]);
    expect(article).toMatchObject({ language: 'ar', author: null, outlet: null, publishedOn: null, url: null });
  });

  it('refuses a file that is not a zip, and one that opens too many files or unpacks too large, before unpacking', async () => {
    const notZip = await extractDocxArticle(Buffer.from('%PDF-1.7 not a word file'), 'x.docx').catch((error: unknown) => error);
    expect(notZip).toBeInstanceOf(AppError);
    expect(notZip).toMatchObject({ code: 'import_document_invalid', status: 422 });
    const docx = fixture('arabic-report.docx');
    expect(() => checkDocxArchive(docx, { maxEntries: 4, maxUncompressedBytes: 1e9 })).toThrow(/holds 5 files/);
    expect(() => checkDocxArchive(docx, { maxEntries: 100, maxUncompressedBytes: 1000 })).toThrow(/unpacks to more than/);
    expect(() => checkDocxArchive(docx)).not.toThrow();
    const truncated = docx.subarray(0, docx.length - 30);
    expect(() => checkDocxArchive(truncated)).toThrow(AppError);
  });
});
