import { createHash } from 'node:crypto';
import { decodeClaimIndex } from '@sanad/shared/claim-index';
import type { ClaimIndex } from '@sanad/shared/schemas/claim';
import { UNRATED_STYLE } from '@sanad/shared/rating-scale';
import { paragraphDirection, splitParagraphs } from '@sanad/shared/text/language';

/**
 * The first screen of an article, written into the page's HTML (ADR 037): the first paragraphs of its text with
 * the claims' highlights on them, so the browser paints them while the app's JavaScript and reads are still on
 * their way. The app removes it when its own text is mounted (article-text.tsx).
 */

/** How much text the first screen holds at most: more than a tall screen shows, cut at a paragraph's end. */
export const FIRST_SCREEN_CHARS = 6_000;

/** The id of the element the app removes when it takes over. */
export const FIRST_SCREEN_ID = 'first-screen';

export interface FirstScreenInput {
  article: { title: string; text: string; language: string; direction: 'ltr' | 'rtl'; id: number; revision: number };
  /**
   * The compact claim index of the claims that start on the first screen, as this reader gets it (blind double
   * rating's redaction included, ADR 034), encoded against the article's text.
   */
  index: ClaimIndex;
  /** The class of each rating key's colour, from `firstScreenStyle`. */
  classes: ReadonlyMap<string, string>;
  /** `?claim=`: the first screen is left out when that claim is not on it (the app opens the page there). */
  claim: number | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value: nothing of it can open a tag or leave an attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** What app.css and highlight-names.ts accept as a colour and a key; anything else is never written into a rule. */
const HEX = /^#[0-9a-f]{6}$/i;
const KEY = /^[a-z][a-z0-9_]*$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The same translucent tints as the app's `::highlight()` rules (client/src/features/claims/highlight-names.ts). */
function translucent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/**
 * The first screen's style rules (sent in a `<style>` the page's policy allows by its hash, before the article is
 * read): its box over the page until the app takes over, and one mark class per rating of the scale, in its tint.
 */
export function firstScreenStyle(ratings: readonly { key: string; tint: string }[]): { css: string; classes: Map<string, string> } {
  const classes = new Map<string, string>();
  const css = [
    `#${FIRST_SCREEN_ID}{position:fixed;inset:0;z-index:10;overflow:hidden;background:#fff;padding:1rem 1.5rem}`,
    `#${FIRST_SCREEN_ID} h1{margin:0 0 1rem;font-size:1.5rem}`,
    `#${FIRST_SCREEN_ID} mark{color:inherit;background:none}`,
    `#${FIRST_SCREEN_ID} mark.u{background-color:${translucent(UNRATED_STYLE.tint, 0.85)}}`,
  ];
  for (const rating of ratings) {
    if (!KEY.test(rating.key) || !HEX.test(rating.tint) || classes.has(rating.key)) continue;
    const name = `r${classes.size}`;
    classes.set(rating.key, name);
    css.push(`#${FIRST_SCREEN_ID} mark.${name}{background-color:${translucent(rating.tint, 0.78)}}`);
  }
  return { css: css.join(''), classes };
}

/** Where the first screen's text ends: the end of the last paragraph that ends within `FIRST_SCREEN_CHARS` (at least one paragraph). */
export function firstScreenEnd(text: string): number {
  let end = 0;
  for (const paragraph of splitParagraphs(text)) {
    if (end > 0 && paragraph.end > FIRST_SCREEN_CHARS) break;
    end = paragraph.end;
  }
  return end;
}

/** The first screen's markup: title, and the paragraphs up to `firstScreenEnd` with the claims on them marked; null when empty or `claim` is not on it. */
export function renderFirstScreen({ article, index, classes, claim }: FirstScreenInput): string | null {
  const end = firstScreenEnd(article.text);
  const paragraphs = splitParagraphs(article.text.slice(0, end));
  if (paragraphs.length === 0) return null;
  const claims = decodeClaimIndex(index, article.text);
  if (claim !== null) {
    const asked = claims.find((summary) => summary.id === claim);
    if (!asked || asked.start === null || asked.end === null || asked.end > end) return null;
  }
  // The attached claims on the first screen, with the class of their colour; a rating not on the scale paints as unrated, as in the app.
  const spans = claims
    .filter((summary) => summary.start !== null && summary.end !== null && summary.start < end && summary.end > summary.start)
    .map((summary) => ({ start: summary.start!, end: summary.end!, name: classes.get(summary.verdict?.rating ?? '') ?? 'u' }));
  const language = LANGUAGE.test(article.language) ? article.language : 'und';
  const body = paragraphs.map((paragraph) => {
    // Cut the paragraph where a claim starts or ends; each piece inside a mark per claim covering it (translucent tints add up, as overlapping highlights do).
    const cuts = new Set([paragraph.start, paragraph.end]);
    const covering = spans.filter((span) => span.start < paragraph.end && span.end > paragraph.start);
    for (const span of covering) {
      cuts.add(Math.max(span.start, paragraph.start));
      cuts.add(Math.min(span.end, paragraph.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    let inner = '';
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      let piece = escapeHtml(article.text.slice(from, to));
      for (const span of covering) if (span.start <= from && span.end >= to) piece = `<mark class="${span.name}">${piece}</mark>`;
      inner += piece;
    }
    return `<p data-start="${paragraph.start}" dir="${paragraphDirection(paragraph.text, article.direction)}">${inner}</p>`;
  });
  return (
    `<div id="${FIRST_SCREEN_ID}" inert lang="${language}" dir="${article.direction === 'rtl' ? 'rtl' : 'ltr'}">` +
    `<h1>${escapeHtml(article.title)}</h1><div class="article-text" data-first-screen="">${body.join('')}</div></div>`
  );
}

/** The CSP source that allows exactly this `<style>` body. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
