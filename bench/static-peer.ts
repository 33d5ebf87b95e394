/**
 * The static peer of the open-article benchmarks (bench/client.ts (a), bench/open.ts (e6)): the article's text
 * and claims as one static HTML page, each claim a wrapping `<mark>` tinted by its rating, with the app's own CSS
 * (fonts included) from the production build. What "as fast as a static page" (issue #15) is measured against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RATING_SCALE } from '@sanad/shared/rating-scale';
import { splitParagraphs } from '@sanad/shared/text/language';

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page: `spans` in reading order, never overlapping; `ratingOf(i)` the rating key of the i-th (null: unrated). */
export function staticPeerHtml(clientDir: string, text: string, spans: readonly { start: number; end: number }[], ratingOf: (i: number) => string | null): string {
  const manifest = JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { css?: string[] }>;
  const entry = manifest['index.html'];
  if (!entry) throw new Error('The manifest has no index.html entry.');
  const marks = spans.map((span, i) => ({ ...span, rating: ratingOf(i) }));
  let next = 0;
  const paragraphs = splitParagraphs(text).map((paragraph) => {
    let html = '';
    let at = paragraph.start;
    while (next < marks.length && marks[next]!.start < paragraph.end) {
      const mark = marks[next]!;
      html += `${escapeHtml(text.slice(at, mark.start))}<mark class="r-${mark.rating ?? 'unrated'}">${escapeHtml(text.slice(mark.start, mark.end))}</mark>`;
      at = mark.end;
      next += 1;
    }
    return `<p>${html}${escapeHtml(text.slice(at, paragraph.end))}</p>`;
  });
  const colours = [...RATING_SCALE.map((rating) => `mark.r-${rating.key}{background:${rating.tint};color:inherit}`), 'mark.r-unrated{background:#e8e8e8;color:inherit}'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peer: wrapping marks</title>${(entry.css ?? [])
    .map((css) => `<link rel="stylesheet" href="/${css}">`)
    .join('')}<style>${colours.join('')}</style></head><body><main style="max-width:52rem;margin:2rem auto"><div class="article-text" lang="ar" dir="rtl">${paragraphs.join(
    '',
  )}</div></main></body></html>`;
}

/** True once the static page is parsed with all its marks (checked in the page: uses nothing from outside itself). */
export const allMarksParsed = (spans: { start: number; end: number }[]) => document.readyState !== 'loading' && document.getElementsByTagName('mark').length >= spans.length;
