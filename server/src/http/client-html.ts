import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, RequestHandler } from 'express';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { type FirstScreenInput, type FirstScreenReader, firstScreenStyle, renderFirstScreen, styleHash } from './first-screen.ts';
import { sessionToken } from './session-cookie.ts';

/** The article screen's path: `/articles/<id>` (the id as the API's IdSchema takes it: a positive safe integer). */
const ARTICLE_PATH = /^\/articles\/([1-9]\d{0,15})\/?$/;

/**
 * The API reads the article screen starts with, as `<link rel="preload" as="fetch">` tags: the article
 * and its compact claim index (ADR 028), and the two reads of the signed-in shell (who is logged in, the
 * rating scale), which the screen waits for too. The browser fetches them while it loads the JavaScript, and hands
 * the answers to the app's own `fetch` of the same URL: same mode (cors, from `crossorigin`) and the same
 * credentials mode (`same-origin`, what `crossorigin="anonymous"` means and what api-client.ts sends).
 * Only for a request that carries a session (without one the app goes to the login page and asks for
 * neither), and only for a path whose id is a valid article id; the URLs are built from the contract, so
 * nothing of the request but the digits of the id reaches the HTML.
 */
export function articlePreloads(req: Pick<Request, 'path' | 'headers'>): string {
  const match = ARTICLE_PATH.exec(req.path);
  if (!match || sessionToken(req as Request) === undefined) return '';
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id) || id <= 0) return '';
  return [endpointUrl(articleEndpoints.get, { id }), endpointUrl(claimEndpoints.index, { id }), endpointUrl(sessionEndpoints.get), endpointUrl(ratingScaleEndpoints.list)]
    .map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${url}">`)
    .join('');
}

/**
 * What the first screen of `/articles/<id>` is read from, for the reader of this request (ADR 037): null without a
 * live session; else the rating scale (for the style), who reads (role, interface language and digits) and `read`,
 * the article and the index of the claims on its first screen as this reader may see them.
 */
export type FirstScreenLoader = (
  req: Request,
  id: number,
) => Promise<{
  ratings: readonly { key: string; tint: string }[];
  reader: FirstScreenReader;
  read: () => Promise<Pick<FirstScreenInput, 'article' | 'index'>>;
} | null>;

/**
 * The page's `<html>` in the reader's interface language (ADR 037): `lang` and `dir` as the app sets them, so the
 * first screen is laid out in that language's direction, and `data-interface-language`, which the app opens in
 * (initial-language.ts), so the two agree.
 */
function htmlTag(language: FirstScreenReader['language']): string {
  return `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}" data-interface-language="${language}">`;
}

/** The article id of an article screen asked with a session, else null. */
function articleId(req: Request): number | null {
  const match = ARTICLE_PATH.exec(req.path);
  if (!match || sessionToken(req) === undefined) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** `?claim=` of a first screen; undefined when the query asks for anything else (another view: no first screen). */
function claimParam(req: Request): number | null | undefined {
  if (Object.keys(req.query).some((key) => key !== 'claim')) return undefined;
  if (req.query.claim === undefined) return null;
  const claim = Number(req.query.claim);
  return Number.isSafeInteger(claim) && claim > 0 ? claim : undefined;
}

/**
 * Serves the client's index.html for every route of the single-page app (`no-cache`: it names the current
 * build's assets), with the preloads of the article screen when that is the route asked for. With `load`, that
 * screen's first paragraphs and their highlights too (ADR 037), only for the current text (no view asked in the
 * query but `?claim=`) and a live session, with its style allowed by its hash in this answer's policy; on any error
 * the page is sent without it. Sent whole, not the head first: in the same runs the two painted alike (ADR 037).
 */
export function serveClientHtml(clientDir: string, load?: FirstScreenLoader): RequestHandler {
  const file = join(clientDir, 'index.html');
  return async (req, res) => {
    // Read each time (a small file in the page cache): a client rebuilt under a running server is served at once.
    const html = readFileSync(file, 'utf8');
    const head = html.indexOf('</head>');
    const root = html.indexOf('<div id="root">');
    const preloads = head < 0 ? '' : articlePreloads(req);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html');
    const plain = () => res.send(preloads === '' ? html : `${html.slice(0, head)}${preloads}${html.slice(head)}`);
    const id = articleId(req);
    const claim = claimParam(req);
    if (load === undefined || preloads === '' || root < head || id === null || claim === undefined) return void plain();
    const reader = await load(req, id).catch(() => null);
    if (!reader) return void plain();
    const style = firstScreenStyle(reader.ratings);
    const screen = await reader
      .read()
      .then((content) => renderFirstScreen({ ...content, classes: style.classes, claim, reader: reader.reader }))
      .catch(() => null);
    if (screen === null) return void plain();
    const policy = res.getHeader('Content-Security-Policy');
    if (typeof policy === 'string') res.setHeader('Content-Security-Policy', policy.replace("style-src 'self'", `style-src 'self' ${styleHash(style.css)}`));
    const page = `${html.slice(0, head)}${preloads}<style>${style.css}</style>${html.slice(head, root)}${screen}${html.slice(root)}`;
    res.send(page.replace(/<html[^>]*>/, htmlTag(reader.reader.language)));
  };
}
