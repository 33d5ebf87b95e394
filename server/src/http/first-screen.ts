import { createHash } from 'node:crypto';
import { decodeClaimIndex } from '@sanad/shared/claim-index';
import type { ClaimIndex } from '@sanad/shared/schemas/claim';
import { UNRATED_STYLE } from '@sanad/shared/rating-scale';
import { type DigitsSetting, type InterfaceLanguage, intlLocale } from '@sanad/shared/interface-language';
import { type Role, can } from '@sanad/shared/permissions';
import type { Article } from '@sanad/shared/schemas/article';
import { paragraphDirection, splitParagraphs } from '@sanad/shared/text/language';
import { isHttpUrl } from '@sanad/shared/text/url';
import { FIRST_SCREEN_LABELS } from './first-screen-labels.ts';

/**
 * The first screen of an article, written into the page's HTML (ADR 037): the first paragraphs of its text with
 * the claims' highlights on them, so the browser paints them while the app's JavaScript and reads are still on
 * their way. The app removes it when its own text is mounted (article-text.tsx).
 */

/** How much text the first screen holds at most: more than a tall screen shows, cut at a paragraph's end. */
export const FIRST_SCREEN_CHARS = 6_000;

/** The id of the element the app removes when it takes over. */
export const FIRST_SCREEN_ID = 'first-screen';

/** Who the first screen is written for: what the app's chrome shows them, in their interface language. */
export interface FirstScreenReader {
  /** Their name, as the header shows it. */
  name: string;
  role: Role;
  /** The interface language the app opens in for them (their own, else the organisation's). */
  language: InterfaceLanguage;
  /** How the Arabic interface writes numbers. */
  digits: DigitsSetting;
}

export interface FirstScreenInput {
  article: Pick<Article, 'id' | 'title' | 'text' | 'language' | 'direction' | 'revision' | 'author' | 'outlet' | 'publishedOn' | 'url' | 'assignees' | 'doubleRating'>;
  /**
   * The compact claim index of the claims that start on the first screen, as this reader gets it (blind double
   * rating's redaction included, ADR 034), encoded against the article's text.
   */
  index: ClaimIndex;
  /** The class of each rating key's colour, from `firstScreenStyle`. */
  classes: ReadonlyMap<string, string>;
  /** `?claim=`: the first screen is left out when that claim is not on it (the app opens the page there). */
  claim: number | null;
  reader: FirstScreenReader;
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
 * read): the app's root kept out of sight and out of the flow while the first screen is there (laid out over it, so
 * what the app measures before it takes over is measured as it will be), and one mark class per rating of the scale,
 * in its tint. Everything else comes from the app's
 * own stylesheet: the first screen is written with the app's classes.
 */
export function firstScreenStyle(ratings: readonly { key: string; tint: string }[]): { css: string; classes: Map<string, string> } {
  const classes = new Map<string, string>();
  const css = [
    `#${FIRST_SCREEN_ID}~#root{visibility:hidden;position:absolute;top:0;left:0;right:0}`,
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
export function renderFirstScreen({ article, index, classes, claim, reader }: FirstScreenInput): string | null {
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
    `<div id="${FIRST_SCREEN_ID}" inert aria-hidden="true">${appHeader(reader, reader.name)}<div class="workspace"><div class="workspace__main">` +
    articleHeader(article, reader) +
    `<div class="article-text-frame"><div class="article-text" data-first-screen="" lang="${language}" dir="${article.direction === 'rtl' ? 'rtl' : 'ltr'}">${body.join('')}</div></div>` +
    '</div><div class="workspace__aside"></div></div></div>'
  );
}

/**
 * The shell's header bar as app-header.tsx writes it for this reader: the product's name, the navigation their role
 * has (the articles' link current), the search field, and who is logged in with the language switch, "Account" and
 * "Log out", in their language: the same words, so it wraps into as many rows as the app's.
 */
function appHeader(reader: FirstScreenReader, name: string): string {
  const labels = FIRST_SCREEN_LABELS[reader.language];
  const dashboard = can(reader.role, 'queue.approvals');
  const link = (href: string, label: string, active = false) =>
    `<a href="${href}" class="app-nav__link${active ? ' app-nav__link--active' : ''}">${escapeHtml(label)}</a>`;
  const nav =
    (dashboard ? link('/', labels.nav.dashboard) : '') +
    link(dashboard ? '/articles' : '/', labels.nav.articles, dashboard) +
    link('/queue', labels.nav.queue) +
    (dashboard ? link('/approvals', labels.nav.approvals) : '') +
    link('/methodology', labels.nav.methodology) +
    (can(reader.role, 'user.manage') || can(reader.role, 'settings.manage')
      ? `<div class="admin-menu-root"><button type="button" class="app-nav__link app-nav__button" tabindex="-1">${escapeHtml(labels.nav.admin)} <span>▾</span></button></div>`
      : '');
  const other = reader.language === 'ar' ? 'en' : 'ar';
  return (
    '<header class="app-header"><a href="/" class="app-header__brand"><span class="app-header__name">Sanad</span>' +
    '<span class="app-header__dot">·</span><span lang="ar" dir="rtl" class="app-header__name-ar">سند</span></a>' +
    `<nav class="app-nav">${nav}</nav>` +
    `<div class="app-header__search"><div class="header-search"><input class="header-search__input" type="search" dir="auto" tabindex="-1" placeholder="${escapeHtml(labels.searchPlaceholder)}">` +
    `<button type="button" class="header-search__button" tabindex="-1">${escapeHtml(labels.search)}</button></div></div>` +
    `<div class="app-header__account"><span class="app-header__user"><bdi class="app-header__user-name">${escapeHtml(name)}</bdi>` +
    `<span class="app-header__role">${escapeHtml(labels.roles[reader.role])}</span></span>` +
    `<div class="language-switch"><button type="button" lang="${other}" class="button button--small app-header__logout language-switch__option" tabindex="-1">${escapeHtml(labels.otherLanguage)}</button></div>` +
    `<a href="/account" class="button button--small app-header__logout app-header__account-link">${escapeHtml(labels.account)}</a>` +
    `<button type="button" class="button button--small app-header__logout" tabindex="-1">${escapeHtml(labels.logOut)}</button></div></header>`
  );
}

/**
 * The article's header as article-header.tsx and article-toolbar.tsx write it when the app takes over, in the reader's
 * language and for their role: back link, title, details, and the toolbar's rows (switches, tools, who it is assigned
 * to, the keyboard help), with the same classes and words, so the toolbar wraps as the app's will and the text under it
 * starts where the app's does.
 */
function articleHeader(article: FirstScreenInput['article'], reader: FirstScreenReader): string {
  const labels = FIRST_SCREEN_LABELS[reader.language];
  const locale = intlLocale(reader.language, reader.digits);
  const language = LANGUAGE.test(article.language) ? article.language : 'und';
  const direction = article.direction === 'rtl' ? 'rtl' : 'ltr';
  let languageName = article.language;
  try {
    languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(article.language) ?? article.language;
  } catch {
    // An unknown tag is shown as it is, as the app does.
  }
  const small = (label: string) => `<button type="button" class="button button--secondary button--small" tabindex="-1">${label}</button>`;
  const keys = labels.keyboardHelp.map((part, index) => (index % 2 === 1 ? `<kbd class="kbd">${escapeHtml(part)}</kbd>` : escapeHtml(part))).join('');
  const assignees =
    article.assignees.length === 0
      ? `<span class="muted">${escapeHtml(labels.nobody)}</span>`
      : `<bdi>${escapeHtml(new Intl.ListFormat(locale, { type: 'conjunction' }).format(article.assignees.map((user) => user.name)))}</bdi>`;
  const mayAssign = can(reader.role, 'article.assign');
  const doubleRating = mayAssign
    ? `<label class="toggle article-double-rating"><input type="checkbox" tabindex="-1"${article.doubleRating ? ' checked' : ''}><span>${escapeHtml(labels.doubleRatingLabel)}</span></label>`
    : article.doubleRating
      ? `<span class="tag tag--quiet">${escapeHtml(labels.doubleRatingOn)}</span>`
      : '';
  return (
    `<header class="article-header"><p class="article-header__back"><a href="/">${escapeHtml(labels.allArticles)}</a></p>` +
    `<h1 class="article-header__title" lang="${language}" dir="${direction}">${escapeHtml(article.title)}</h1>` +
    articleMeta(article, locale) +
    `<div class="article-toolbar"><p class="article-toolbar__meta">${escapeHtml(labels.meta(languageName, direction))}</p>` +
    `<label class="toggle"><input type="checkbox" tabindex="-1" checked><span>${escapeHtml(labels.showHighlights)}</span></label>` +
    `<div class="suggestions-toggle"><label class="toggle"><input type="checkbox" tabindex="-1"><span>${escapeHtml(labels.suggestions)}</span></label></div>` +
    '<div class="article-toolbar__tools">' +
    small(`${escapeHtml(labels.find)} <kbd class="kbd">/</kbd>`) +
    small(`${escapeHtml(labels.history)}<span class="count">${escapeHtml(new Intl.NumberFormat(locale).format(article.revision))}</span>`) +
    small(escapeHtml(labels.editText)) +
    (can(reader.role, 'article.edit') ? small(escapeHtml(labels.details)) : '') +
    `<a href="/articles/${article.id}/summary" class="button button--secondary button--small">${escapeHtml(labels.reportPreview)}</a></div>` +
    `<div class="article-toolbar__people"><div class="assignees"><span class="assignees__label">${escapeHtml(labels.assigned)}</span> ${assignees}` +
    (mayAssign ? small(escapeHtml(labels.assign)) : '') +
    `</div>${doubleRating}</div><p class="keyboard-help">${keys}</p></div></header>`
  );
}

/** The article's details under its title, as article-meta.tsx writes them: outlet · author · date · link; nothing when none is known. */
function articleMeta(article: FirstScreenInput['article'], locale: string): string {
  const parts: string[] = [];
  if (article.outlet) parts.push(`<span class="article-meta__outlet" dir="auto">${escapeHtml(article.outlet)}</span>`);
  if (article.author) parts.push(`<span dir="auto">${escapeHtml(article.author)}</span>`);
  if (article.publishedOn) {
    const date = new Date(`${article.publishedOn}T00:00:00Z`);
    const day = Number.isNaN(date.getTime())
      ? article.publishedOn
      : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    parts.push(`<time>${escapeHtml(day)}</time>`);
  }
  if (article.url) {
    let host = article.url;
    try {
      host = new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      // Not a URL: shown as it is.
    }
    parts.push(isHttpUrl(article.url) ? `<a href="${escapeHtml(article.url)}" class="article-meta__link">${escapeHtml(host)}</a>` : `<span dir="ltr">${escapeHtml(article.url)}</span>`);
  }
  if (parts.length === 0) return '';
  const inner = parts
    .map((part, index) => `<span class="article-meta__part">${index > 0 ? '<span class="article-meta__sep">·</span>' : ''}${part}</span>`)
    .join('');
  return `<p class="article-meta">${inner}</p>`;
}

/** The CSP source that allows exactly this `<style>` body. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
