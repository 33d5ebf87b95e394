import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';

const savedPage = readFileSync(new URL('../../server/src/lib/extract/fixtures/english-news.html', import.meta.url));

let site: Server;
let origin = '';
/** The source page as the site serves it now. */
let served: Buffer = savedPage;

test.beforeAll(async () => {
  // The cited page on loopback, reachable by the app only through FETCH_ALLOW_LOOPBACK_FOR_TESTS.
  site = createServer((req, res) => {
    // A slow site: the page arrives after 8 s, so its snapshot stays pending a while.
    const delay = req.url === '/slow/bus-fares' ? 8000 : 0;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(served);
    }, delay);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

test('Reviewer attaches a source, sees the snapshot of its page, opens the kept text, takes the page’s details, and learns the page changed on a re-fetch', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Fares ${Date.now()}`, text: 'The council said bus fares will rise by 12 percent in April.', language: 'en' });
  const claim = await createClaim(request, article, 'bus fares will rise by 12 percent');
  await openClaim([page], article, claim);
  const panel = page.getByTestId('claim-panel');

  await panel.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('URL').fill(`${origin}/local/bus-fares`);
  await dialog.getByLabel('Title').fill('Bus fares to rise 12% in April');
  await dialog.getByLabel('Publisher').fill('The Northern Ledger');
  await dialog.getByRole('radio', { name: /^Supporting/ }).check();
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toBeHidden();

  // The claim is usable at once; the snapshot arrives in the background.
  const snapshot = panel.getByTestId('source-snapshot');
  const open = snapshot.getByRole('button', { name: /^Open the snapshot of Bus fares to rise 12% in April taken on/ });
  await expect(open).toBeVisible();
  await expect(open).toHaveText(/^Snapshot of \d{1,2} \w{3} \d{4}/);
  await open.click();
  const kept = page.getByRole('dialog', { name: /^Snapshot of/ });
  await expect(kept.getByTestId('snapshot-text')).toContainText('taking a single adult ticket from £2.50 to £2.80');
  await expect(kept.getByTestId('snapshot-text')).not.toContainText('commuter88');
  await kept.getByRole('button', { name: 'Close' }).click();
  await expect(kept).toBeHidden();

  // The page names itself better than the reviewer did: its details are offered, not applied.
  await expect(snapshot).toContainText('The page says: Bus fares to rise 12% in April, council says · 3 February 2026');
  await snapshot.getByRole('button', { name: 'Use the page’s details' }).click();
  await expect(page.getByText('Source details taken from the page.')).toBeVisible();
  await expect(panel.getByTestId('source-item').getByRole('link', { name: 'Bus fares to rise 12% in April, council says' })).toBeVisible();
  await expect(snapshot).not.toContainText('The page says');

  served = Buffer.from(savedPage.toString('utf8').replace('from £2.50 to £2.80', 'from £2.50 to £2.95'));
  await snapshot.getByRole('button', { name: 'Fetch the page of Bus fares to rise 12% in April, council says again' }).click();
  await expect(snapshot).toContainText('The page changed since the previous snapshot.');
  await snapshot.getByRole('button', { name: /^Open the snapshot/ }).click();
  await expect(page.getByTestId('snapshot-text')).toContainText('from £2.50 to £2.95');
});

test('Reviewer sees the snapshot of a slow page arrive by itself, pushed on the live stream rather than asked for every second', async ({ page, request }) => {
  served = savedPage;
  const article = await createArticle(request, { title: `Slow fares ${Date.now()}`, text: 'The council said bus fares will rise by 12 percent in April.', language: 'en' });
  const claim = await createClaim(request, article, 'bus fares will rise by 12 percent');
  await openClaim([page], article, claim);
  const asked: string[] = [];
  page.on('request', (sent) => {
    if (/\/api\/sources\/\d+\/snapshot$/.test(new URL(sent.url()).pathname)) asked.push(sent.url());
  });
  const panel = page.getByTestId('claim-panel');
  await panel.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('URL').fill(`${origin}/slow/bus-fares`);
  await dialog.getByLabel('Title').fill('Bus fares, slowly');
  await dialog.getByLabel('Publisher').fill('The Northern Ledger');
  await dialog.getByRole('radio', { name: /^Supporting/ }).check();
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toBeHidden();

  const snapshot = panel.getByTestId('source-snapshot');
  await expect(snapshot).toContainText('Keeping a snapshot of the page…');
  await expect(snapshot.getByRole('button', { name: /^Open the snapshot of Bus fares, slowly taken on/ })).toBeVisible({ timeout: 20_000 });
  // Polling every second would have asked eight times or more while the page took 8 s; with the stream up: the first look,
  // one per event (started, ended) and at most one look of the 5-second fallback.
  expect(asked.length).toBeLessThanOrEqual(4);
});
