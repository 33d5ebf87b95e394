import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, RequestHandler } from 'express';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { sessionEndpoints } from '@sanad/shared/api/session';
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
 * Serves the client's index.html for every route of the single-page app (`no-cache`: it names the current
 * build's assets), with the preloads of the article screen when that is the route asked for.
 */
export function serveClientHtml(clientDir: string): RequestHandler {
  const file = join(clientDir, 'index.html');
  return (req, res) => {
    // Read each time (a small file in the page cache): a client rebuilt under a running server is served at once.
    const html = readFileSync(file, 'utf8');
    const head = html.indexOf('</head>');
    const preloads = head < 0 ? '' : articlePreloads(req);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(preloads === '' ? html : `${html.slice(0, head)}${preloads}${html.slice(head)}`);
  };
}
