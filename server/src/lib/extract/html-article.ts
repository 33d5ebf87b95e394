import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DetailOrigin } from '@sanad/shared/schemas/article-import';
import { detectLanguage } from '@sanad/shared/text/language';
import { canonicalLine, canonicalText } from '@sanad/shared/text/normalize';
import { isHttpUrl } from '@sanad/shared/text/url';

/** What an import found: the text and the details, each with where it was found. */
export interface ExtractedArticle {
  title: string;
  text: string;
  language: string;
  author: string | null;
  outlet: string | null;
  publishedOn: string | null;
  url: string | null;
  origins: Partial<Record<'title' | 'author' | 'outlet' | 'publishedOn' | 'url' | 'language', DetailOrigin>>;
}

/** A detail found in the page and where. */
interface Found {
  value: string;
  origin: DetailOrigin;
}

/** The first value that is there, with its origin. */
function first(...candidates: [string | null | undefined, DetailOrigin][]): Found | null {
  for (const [value, origin] of candidates) {
    const clean = value === null || value === undefined ? '' : canonicalLine(value);
    if (clean !== '') return { value: clean, origin };
  }
  return null;
}

/** Block elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th';

/** Query parameters that only track where a reader came from; dropped from a canonical address. */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid)$/i;

/** Types of schema.org creative works that hold an article's details. */
const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting)$/;

type JsonObject = Record<string, unknown>;
/** The part of the DOM the extraction reads (linkedom's types need the DOM library, which the server does not load). */
interface HtmlElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): Iterable<HtmlElement>;
}
/** A parsed page. */
interface HtmlDocument extends HtmlElement {
  readonly documentElement: HtmlElement | null;
  readonly body: HtmlElement | null;
}

/** Parses HTML with linkedom (no scripts run, nothing is fetched). */
export function parsePage(html: string): HtmlDocument {
  // linkedom's own types need the DOM library, which the server does not load; HtmlDocument names what is read.
  const parsed = parseHTML(html) as unknown as { document: HtmlDocument };
  return parsed.document;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD value, through arrays and `@graph`. */
function jsonLdObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdObjects);
  if (!isObject(value)) return [];
  return [value, ...jsonLdObjects(value['@graph'])];
}

/** A JSON-LD name: a string, an object with `name`, or a list of them joined. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null && name.trim() !== '');
    return names.length === 0 ? null : names.join(hasArabic(names.join('')) ? '، ' : ', ');
  }
  if (isObject(value) && typeof value.name === 'string') return value.name;
  return null;
}

function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF]/u.test(text);
}

/** A JSON-LD address: a string or an object with `@id` or `url`. */
function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value)) return typeof value['@id'] === 'string' ? value['@id'] : typeof value.url === 'string' ? value.url : null;
  return null;
}

/** The article object of the page's JSON-LD, if any. */
function jsonLdArticle(document: HtmlDocument): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const object of jsonLdObjects(parsed)) {
      const types = ([] as unknown[]).concat(object['@type']).filter((type): type is string => typeof type === 'string');
      if (types.some((type) => ARTICLE_TYPE.test(type))) return object;
    }
  }
  return null;
}

/** The content of the first `<meta>` with one of these `property` or `name` values. */
function meta(document: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const element = document.querySelector(`meta[${attribute}="${key}"]`);
      const content = element?.getAttribute('content');
      if (content && content.trim() !== '') return content;
    }
  }
  return null;
}

/** The date part (YYYY-MM-DD) of a date as the page writes it, in the page's own time zone; null when it is not a date. */
export function dateOn(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) {
    const [, year, month, day] = match;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}` ? null : `${year}-${month}-${day}`;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** An http(s) address resolved against the page's address; null for anything else. */
function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
    return isHttpUrl(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

/** A language tag as the API takes it (`ar_EG` → `ar-EG`), or null. */
function languageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, '-');
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) && tag.length <= 35 ? tag : null;
}

/** One line of paragraph text: runs of white space folded, NFC. */
function paragraphText(element: { textContent: string | null }): string {
  return canonicalLine(element.textContent ?? '');
}

/** The paragraphs of an article's HTML (Readability's or mammoth's), in order: one per block. */
export function paragraphsOf(contentHtml: string): string[] {
  const document = parsePage(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)];
  const paragraphs: string[] = [];
  for (const block of blocks) {
    // A block holding other blocks (a list item with paragraphs) is read through them.
    if (block.querySelector(BLOCKS)) continue;
    const text = paragraphText(block);
    if (text !== '') paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const all = canonicalLine(document.body?.textContent ?? '');
    if (all !== '') paragraphs.push(all);
  }
  return paragraphs;
}

/** True for a short line that introduces the author: "By Priya Raman, …", "بقلم سلمى الحداد …". */
function isBylineOf(paragraph: string, author: string | null): boolean {
  if (author === null || paragraph.length > 200) return false;
  const firstAuthor = author.split(/[,،]/)[0]?.trim() ?? '';
  return /^(by|written by|بقلم|كتب|كتبت)\s/iu.test(paragraph) && firstAuthor !== '' && paragraph.includes(firstAuthor);
}

/**
 * Extracts an article from a page's HTML: the main text with Mozilla's
 * Readability over a linkedom DOM (menus, ads, related links and comments
 * left out), one paragraph per block, NFC, harakat and quotation marks as
 * written; and the details from JSON-LD (`NewsArticle` and kin), then
 * OpenGraph, then `<meta>`, then the page itself. `pageUrl` is where the page
 * came from (relative addresses resolve against it; it stands in for a
 * missing canonical address).
 */
export function extractHtmlArticle(html: string, pageUrl: string | null): ExtractedArticle {
  const document = parsePage(html);
  const ld = jsonLdArticle(document);
  const htmlLang = document.documentElement?.getAttribute('lang');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const details = {
    title: first([ld ? nameOf(ld.headline) ?? nameOf(ld.name) : null, 'json-ld'], [meta(document, 'og:title'), 'opengraph'], [meta(document, 'twitter:title', 'title'), 'meta']),
    author: first(
      [ld ? nameOf(ld.author) : null, 'json-ld'],
      [meta(document, 'author', 'byl', 'dc.creator', 'parsely-author'), 'meta'],
      [((value) => (value && !absoluteUrl(value, null) ? value : null))(meta(document, 'article:author')), 'opengraph'],
    ),
    outlet: first([ld ? nameOf(ld.publisher) : null, 'json-ld'], [meta(document, 'og:site_name'), 'opengraph'], [meta(document, 'application-name', 'publisher'), 'meta']),
    publishedOn: first(
      [ld ? dateOn(typeof ld.datePublished === 'string' ? ld.datePublished : null) : null, 'json-ld'],
      [dateOn(meta(document, 'article:published_time')), 'opengraph'],
      [dateOn(meta(document, 'date', 'pubdate', 'publish-date', 'publishdate', 'dc.date', 'dc.date.issued', 'datePublished')), 'meta'],
      [dateOn(document.querySelector('time[datetime]')?.getAttribute('datetime')), 'page'],
    ),
    url: first(
      [absoluteUrl(canonical, pageUrl), 'meta'],
      [absoluteUrl(meta(document, 'og:url'), pageUrl), 'opengraph'],
      [ld ? absoluteUrl(urlOf(ld.url) ?? urlOf(ld.mainEntityOfPage), pageUrl) : null, 'json-ld'],
    ),
    language: first(
      [ld ? languageTag(typeof ld.inLanguage === 'string' ? ld.inLanguage : nameOf(ld.inLanguage)) : null, 'json-ld'],
      [languageTag(htmlLang), 'page'],
      [languageTag(meta(document, 'og:locale')), 'opengraph'],
      [languageTag(meta(document, 'language', 'content-language')), 'meta'],
    ),
  };

  // Readability changes the DOM it reads, so it runs after the details are read.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- unresolved without the DOM library (server), needed with it (bench, root config)
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const paragraphs = article?.content ? paragraphsOf(article.content) : [];
  const readabilityTitle = article?.title ?? document.querySelector('title')?.textContent ?? '';
  const title = details.title ?? first([readabilityTitle, 'page']);
  // Readability sometimes keeps the headline as the first block; the title field has it already.
  if (title && paragraphs[0] === title.value) paragraphs.shift();
  const author = details.author ?? first([article?.byline, 'page']);
  // A byline line ("By …", "بقلم …") near the top repeats the author field.
  const bylineAt = paragraphs.slice(0, 3).findIndex((paragraph) => isBylineOf(paragraph, author?.value ?? null));
  if (bylineAt !== -1) paragraphs.splice(bylineAt, 1);
  const text = canonicalText(paragraphs.join('\n\n'));
  const outlet = details.outlet ?? first([article?.siteName, 'page']);
  const url = details.url ?? (pageUrl ? { value: pageUrl, origin: 'page' as const } : null);
  const language = details.language ?? { value: detectLanguage(text), origin: 'page' as const };

  const origins: ExtractedArticle['origins'] = {};
  for (const [key, found] of Object.entries({ title, author, outlet, publishedOn: details.publishedOn, url, language })) {
    if (found) origins[key as keyof ExtractedArticle['origins']] = found.origin;
  }
  return {
    title: title?.value ?? '',
    text,
    language: language.value,
    author: author?.value ?? null,
    outlet: outlet?.value ?? null,
    publishedOn: details.publishedOn?.value ?? null,
    url: url?.value ?? null,
    origins,
  };
}
