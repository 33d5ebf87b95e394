import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveClientHtml } from './client-html.ts';
import { COOKIE_NAME } from './session-cookie.ts';

const INDEX = '<!doctype html><html><head><title>Sanad</title><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>';
let dir: string;
let server: Server;
let url: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-client-html-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  const app = express();
  app.get(/^(?!\/api\/).*/, serveClientHtml(dir));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (path: string, signedIn = true) => {
  const response = await fetch(`${url}${path}`, { headers: signedIn ? { cookie: `${COOKIE_NAME}=token` } : {} });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), html: await response.text() };
};
const preloads = (html: string) => [...html.matchAll(/<link rel="preload"[^>]*>/g)].map((match) => match[0]);

describe(serveClientHtml.name, () => {
  it('preloads the article, its claim index, the session and the rating scale in the head of the article screen, with the mode and credentials of the app’s fetch', async () => {
    const { status, cacheControl, html } = await page('/articles/42?claim=7');
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-cache');
    expect(preloads(html)).toEqual([
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/articles/42">',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/articles/42/claims/index">',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/session">',
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/rating-scale">',
    ]);
    expect(html.indexOf('<link rel="preload"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.replace(preloads(html).join(''), '')).toBe(INDEX);
  });

  it('adds nothing on other screens, for ids that are not article ids, or without a session', async () => {
    for (const path of ['/', '/articles/42/summary', '/articles/0', '/articles/-3', '/articles/abc', '/articles/1e3', '/articles/99999999999999999', '/articles/4%22%3E%3Cscript%3E', '/articles/4"><script>']) {
      const { status, html } = await page(path);
      expect(status, path).toBe(200);
      expect(html, path).toBe(INDEX);
    }
    expect((await page('/articles/42', false)).html).toBe(INDEX);
  });
});
