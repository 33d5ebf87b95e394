/**
 * `npx tsx bench/dashboard-render.ts`: how fast the editors' dashboard shows
 * 1,000 articles with 50,000 claims in Chromium. Builds a temporary SQLite
 * database (rows inserted directly in one transaction after the migrations),
 * serves the built client (client/dist) from the real app, logs in as an
 * editor and times, over repeated page loads, the first paint, the first
 * contentful paint and the moment the table holds every row. Prints a table;
 * raw figures go to bench/results/dashboard-<time>.json. Reported, not asserted.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from 'playwright-core';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { endpointUrl, prepareRequest } from '@sanad/shared/api/endpoint';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { summaryEndpoints } from '@sanad/shared/api/summary';
import { workflowEndpoints } from '@sanad/shared/api/workflow';
import { createApp } from '@sanad/server/app';
import { createServices } from '@sanad/server/services';
import { createLogger } from '@sanad/server/lib/logger';
import { systemClock } from '@sanad/server/lib/clock';
import { requestEndpoint } from './api.ts';
import { type Row, mulberry32, summarise } from './stats.ts';

const ARTICLES = 1000;
const CLAIMS_PER_ARTICLE = 50;
const RUNS = 7;
/** The whole run stops by itself after this long, whatever happens. */
const HARD_LIMIT_MS = 5 * 60_000;

const clientDir = fileURLToPath(new URL('../client/dist/', import.meta.url));
if (!existsSync(join(clientDir, 'index.html'))) {
  console.error('Build the client first: npm run build -w @sanad/client');
  process.exit(1);
}
const watchdog = setTimeout(() => {
  console.error(`Stopped: the benchmark took longer than ${HARD_LIMIT_MS / 1000} s.`);
  process.exit(2);
}, HARD_LIMIT_MS);
watchdog.unref();

/** Picks from weighted choices. */
function weighted<T>(random: () => number, choices: readonly [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [value, weight] of choices) {
    at -= weight;
    if (at <= 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** What the in-page functions use (this file is type-checked without the DOM library). */
interface PageGlobals {
  document: { querySelectorAll: (selector: string) => { length: number } };
  performance: {
    now: () => number;
    getEntriesByType: (type: string) => { name: string; startTime: number; responseEnd: number; requestStart: number }[];
  };
}

function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser of Playwright's own here.
  }
  return '/usr/bin/chromium';
}

const dir = mkdtempSync(join(tmpdir(), 'sanad-dashboard-bench-'));
const handle = openDatabase(join(dir, 'bench.db'));
let server: Server | undefined;
let browser: Browser | undefined;
const results: Row[] = [];
let dataset = '';

try {
  runMigrations(handle);
  const services = createServices(handle.db, systemClock, { logger: createLogger('silent'), passwordCost: { N: 2 ** 14, r: 8, p: 1 } });
  const password = 'bench password';
  await services.users.create(null, { name: 'Bench Editor', email: 'editor@bench.test', role: 'editor', password });
  const reviewerIds: number[] = [];
  for (const name of ['Rana Haddad', 'Omar Khalil', 'Lina Saleh', 'Sam Carter', 'Maya Ortiz', 'Yusuf Amin']) {
    const user = await services.users.create(null, { name, email: `${name.split(' ')[0]!.toLowerCase()}@bench.test`, role: 'reviewer', password });
    reviewerIds.push(user.id);
  }

  // 1,000 articles (about 60% Arabic) added over the last year, 50 claims each.
  const random = mulberry32(2025);
  const now = Date.now();
  const day = 86_400_000;
  const statuses: [string, number][] = [
    ['draft', 30],
    ['submitted', 15],
    ['changes_requested', 8],
    ['approved', 47],
  ];
  const ratings: [string, number][] = [
    ['true', 14],
    ['mostly_true', 12],
    ['half_true', 14],
    ['mostly_false', 14],
    ['false', 26],
    ['misleading', 12],
    ['unverifiable', 8],
  ];
  const stances: [string, number][] = [
    ['supports', 40],
    ['contradicts', 40],
    ['context', 20],
  ];
  const arParagraph = 'قال المتحدث باسم الوزارة إن عدد المستفيدين من البرنامج تضاعف خلال عامين وإن الميزانية لم تتجاوز المخصص لها في أي سنة.';
  const enParagraph = 'The spokesperson said the number of people helped by the programme doubled in two years and the budget never overran.';
  const sqlite = handle.sqlite;
  const insertArticle = sqlite.prepare(
    'insert into articles (title, text, language, direction, revision, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)',
  );
  const insertRevision = sqlite.prepare('insert into article_revisions (article_id, number, text, created_at) values (?, 1, ?, ?)');
  const insertAssignee = sqlite.prepare('insert into article_assignees (article_id, user_id, assigned_at) values (?, ?, ?)');
  const insertClaim = sqlite.prepare(
    'insert into claims (article_id, start, "end", quote, prefix, suffix, status, created_by, assignee_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertVerdict = sqlite.prepare('insert into verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  // The verdict writes keep a copy of the rating on the claim; inserting directly, so do the same.
  const copyRating = sqlite.prepare('update claims set rating = ? where id = ?');
  const insertSource = sqlite.prepare('insert into sources (url, title, publisher, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const insertLink = sqlite.prepare('insert into claim_sources (claim_id, source_id, stance, created_at, updated_at) values (?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    const sourceIds: number[] = [];
    const stamp = new Date(now - 400 * day).toISOString();
    for (let i = 0; i < 300; i += 1) {
      sourceIds.push(Number(insertSource.run(`https://example.org/report/${i}`, `Report ${i}`, `Publisher ${i % 40}`, stamp, stamp).lastInsertRowid));
    }
    for (let a = 0; a < ARTICLES; a += 1) {
      const arabic = random() < 0.6;
      const paragraph = arabic ? arParagraph : enParagraph;
      const text = Array.from({ length: CLAIMS_PER_ARTICLE }, () => paragraph).join('\n');
      const created = now - Math.floor(random() * 365) * day - Math.floor(random() * day);
      const createdAt = new Date(created).toISOString();
      const title = arabic ? `تقرير التحقق رقم ${a + 1}: تصريحات حول البرنامج` : `Fact check ${a + 1}: claims about the programme`;
      const articleId = Number(insertArticle.run(title, text, arabic ? 'ar' : 'en', arabic ? 'rtl' : 'ltr', createdAt, createdAt).lastInsertRowid);
      insertRevision.run(articleId, text, createdAt);
      const assigned = reviewerIds.filter(() => random() < 0.25).slice(0, 2);
      for (const userId of assigned) insertAssignee.run(articleId, userId, createdAt);
      // Older articles are further along.
      const age = (now - created) / (365 * day);
      for (let c = 0; c < CLAIMS_PER_ARTICLE; c += 1) {
        const start = c * (paragraph.length + 1);
        const end = start + 40;
        const status = random() < age * 0.6 ? 'approved' : weighted(random, statuses);
        const updatedAt = new Date(Math.min(now, created + Math.floor(random() * 30 * day))).toISOString();
        const reviewer = assigned[0] ?? reviewerIds[Math.floor(random() * reviewerIds.length)]!;
        const claimId = Number(
          insertClaim.run(articleId, start, end, text.slice(start, end), '', text.slice(end, end + 32), status, reviewer, assigned.length > 0 ? null : reviewer, createdAt, updatedAt)
            .lastInsertRowid,
        );
        if (status !== 'draft' || random() < 0.5) {
          const rating = weighted(random, ratings);
          insertVerdict.run(claimId, rating, 'The official figures do not support the statement.', reviewer, updatedAt, updatedAt);
          copyRating.run(rating, claimId);
          const links = Math.floor(random() * 4);
          const used = new Set<number>();
          for (let s = 0; s < links; s += 1) {
            const sourceId = sourceIds[Math.floor(random() * sourceIds.length)]!;
            if (used.has(sourceId)) continue;
            used.add(sourceId);
            insertLink.run(claimId, sourceId, weighted(random, stances), updatedAt, updatedAt);
          }
        }
      }
    }
  })();
  const counts = sqlite.prepare('select (select count(*) from articles) as articles, (select count(*) from claims) as claims').get() as { articles: number; claims: number };
  dataset = `${counts.articles} articles, ${counts.claims} claims`;

  const app = createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services, clientDir });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no address.');
  const base = `http://127.0.0.1:${address.port}`;

  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  const login = await requestEndpoint(context.request, sessionEndpoints.login, { body: { email: 'editor@bench.test', password } });
  if (login.status() !== 200) throw new Error(`Login failed: ${login.status()} ${await login.text()}`);

  // The API calls the dashboard makes, timed from Node over loopback (same session).
  for (const { method, url, headers } of [
    prepareRequest(summaryEndpoints.overview),
    prepareRequest(summaryEndpoints.overview, { query: { language: 'ar', verdict: 'false' } }),
    prepareRequest(workflowEndpoints.queue),
  ]) {
    const samples: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const started = performance.now();
      const response = await context.request.fetch(url, { method, headers });
      await response.body();
      if (run > 0) samples.push(performance.now() - started);
    }
    results.push(summarise(`${method} ${url} (from Node)`, samples));
  }

  // The dashboard's URL carries the same filters as the summary request it makes.
  for (const [label, path, query] of [
    ['unfiltered', '/', {}],
    ['language=ar&verdict=false', '/?language=ar&verdict=false', { language: 'ar', verdict: 'false' }],
  ] as const) {
    const summary = await requestEndpoint(context.request, summaryEndpoints.overview, { query });
    const expected = (await summaryEndpoints.overview.reply.schema.load()).parse(await summary.json()).articles.length;
    const rowsReady: number[] = [];
    const firstPaint: number[] = [];
    const contentfulPaint: number[] = [];
    const summaryResponse: number[] = [];
    // One warm-up load (assets into the cache, server warm), then the measured ones.
    for (let run = 0; run <= RUNS; run += 1) {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'commit' });
      const ready = await page.waitForFunction(
        (count) => {
          const page = globalThis as unknown as PageGlobals;
          return page.document.querySelectorAll('[data-testid="dashboard-row"]').length === count ? page.performance.now() : 0;
        },
        expected,
        { polling: 'raf', timeout: 60_000 },
      );
      const readyAt = Number(await ready.jsonValue());
      const paints = await page.evaluate((summaryPath) => {
        const { performance } = globalThis as unknown as PageGlobals;
        const paint = performance.getEntriesByType('paint');
        const summary = performance.getEntriesByType('resource').find((entry) => entry.name.includes(summaryPath));
        return {
          fp: paint.find((entry) => entry.name === 'first-paint')?.startTime ?? Number.NaN,
          fcp: paint.find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? Number.NaN,
          summary: summary ? summary.responseEnd - summary.requestStart : Number.NaN,
        };
      }, endpointUrl(summaryEndpoints.overview));
      await page.close();
      if (run === 0) continue;
      rowsReady.push(readyAt);
      firstPaint.push(paints.fp);
      contentfulPaint.push(paints.fcp);
      summaryResponse.push(paints.summary);
    }
    results.push(summarise(`${label}: first paint`, firstPaint));
    results.push(summarise(`${label}: first contentful paint`, contentfulPaint));
    results.push(summarise(`${label}: GET /api/summary in the page`, summaryResponse));
    results.push(summarise(`${label}: table with all ${expected} rows`, rowsReady, 'ms', 'from navigation start to the frame where every row is in the DOM'));
  }
  await context.close();
} finally {
  await browser?.close();
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  handle.close();
  rmSync(dir, { recursive: true, force: true });
}

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const file = new URL(`dashboard-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, resultsDir);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, dataset, runs: RUNS, results }, null, 2));

const pad = (value: string, width: number) => value.padEnd(width);
console.log(`\nDashboard in Chromium (${dataset}; ${RUNS} loads after one warm-up)\n`);
console.log(`${pad('measure', 60)} ${pad('median', 12)} ${pad('p95', 12)} samples`);
for (const row of results) {
  console.log(`${pad(row.name, 60)} ${pad(`${row.median.toFixed(1)} ${row.unit}`, 12)} ${pad(`${row.p95.toFixed(1)} ${row.unit}`, 12)} ${row.samples}`);
}
console.log(`\nRaw figures: ${fileURLToPath(file)}`);
clearTimeout(watchdog);
