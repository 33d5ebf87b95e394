/// <reference lib="dom" />
/**
 * Opening an article at any size (issue #15, ADR 028), on the production build served by our Express app
 * over a temporary SQLite database, in Chromium:
 *  (e1) the size curve: open time until every claim on screen is painted, for 100, 1,000, 5,000 and 20,000
 *       claims on a 200,000-character Arabic article, and for 20,000, 200,000 and 1,000,000 characters
 *       (500, 5,000 and 20,000 claims);
 *  (e2) bytes transferred (as Chromium's devtools protocol counts them, headers included) until the claims
 *       on screen are painted, for the 200,000-character article with 5,000 claims;
 *  (e3) the claims' size on the wire for 5,000 claims: the full list and the compact index, raw, gzip, brotli;
 *  (e4) GET throughput and p99 latency with 8 connections (autocannon, 3 s each, brotli accepted as a browser
 *       does): the full claim list against the compact index, and both answering 304 to If-None-Match;
 *  (e5) reopening the article in the same tab after the app's copy went stale (15 s): the 304 path;
 *  (e6) the 200,000-character / 5,000-claim article against its static HTML page (bench/static-peer.ts), interleaved:
 *       the claims on screen painted, and the whole claim list usable (scrolled to its end, the last claim opened).
 * Run `npm run build -w @sanad/client` first, then `npx tsx bench/open.ts`. BENCH_TRACE=1 prints, for each open of our page in (e6),
 * where its time went: its requests (and how long the server took over each), long tasks, the renderer's main thread
 * by 100 ms (devtools timeline), and the CPU by function (source-mapped), self and inclusive. BENCH_OPEN_CHARS and
 * BENCH_OPEN_CLAIMS change the reference article of (e2)–(e6), for a diagnosis (the size curve's ratio needs the default). BENCH_OPEN_RUNS (default 3) rounds
 * of (e1) and (e6), interleaved; BENCH_OPEN_ONLY (e.g. `e6`) runs only those parts. The same file runs on a checkout without the compact index (the "before" figures):
 * what that code lacks is printed as n/a.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { SourceMapConsumer } from 'source-map-js';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createApp } from '@sanad/server/app';
import { systemClock } from '@sanad/server/lib/clock';
import { createLogger } from '@sanad/server/lib/logger';
import { createServices } from '@sanad/server/services';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { RATING_KEYS } from '@sanad/shared/rating-scale';
import { spanContext } from '@sanad/shared/text/quote';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type Spans, highlightsInViewPainted, paintClockScript } from './paint.ts';
import { loginCookies as benchLoginCookies } from './login.ts';
import { allMarksParsed, staticPeerHtml } from './static-peer.ts';

const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 3);
/** Which parts to run, e.g. `e1e6` (default all). */
const ONLY = process.env.BENCH_OPEN_ONLY ?? 'e1e2e3e4e5e6';
const root = fileURLToPath(new URL('..', import.meta.url));
const clientDir = join(root, 'client', 'dist');
setTimeout(() => {
  console.error('bench/open.ts: gave up after 10 minutes.');
  process.exit(1);
}, 10 * 60_000).unref();
if (!existsSync(join(clientDir, 'index.html'))) {
  console.error('No production build: run `npm run build -w @sanad/client` first.');
  process.exit(1);
}

// ---------------------------------------------------------------- data
const fixture = readFileSync(join(root, 'db', 'seed', 'geneva2-opinion.ar.txt'), 'utf8').normalize('NFC');
const textOf = (length: number) =>
  Array.from({ length: Math.ceil(length / fixture.length) }, () => fixture)
    .join('\n')
    .slice(0, length);

const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-open-'));
const handle = openDatabase(join(dir, 'bench.db'));
runMigrations(handle);
const services = createServices(handle.db, systemClock, { logger: createLogger('silent'), passwordCost: { N: 2 ** 14, r: 8, p: 1 } });
const benchUser = await services.users.create(null, { name: 'Bench Reviewer', email: 'bench@sanad.test', role: 'reviewer', password: 'bench password' });
const actor = { id: benchUser.id, name: benchUser.name, role: benchUser.role };

const insertClaim = handle.sqlite.prepare(
  'INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, rating, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertVerdict = handle.sqlite.prepare('INSERT INTO verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
const now = new Date().toISOString();
/** Rating of claim i: most are rated, one in five is not. */
const ratingOf = (i: number) => (i % 5 === 4 ? null : RATING_KEYS[i % RATING_KEYS.length]!);

interface Case {
  name: string;
  chars: number;
  claims: number;
  id: number;
  spans: Spans;
}

/**
 * An article of `chars` characters with `claims` claims spread evenly over its words (up to three words each,
 * never overlapping). The product takes articles up to 400,000 characters (MAX_ARTICLE_LENGTH); a longer one
 * is written into the database directly, as the size curve asks for 1,000,000.
 */
async function seed(chars: number, claims: number): Promise<Case> {
  const full = textOf(chars);
  const { row } = await services.articles.create(actor, { title: `مقال ${chars} حرف و${claims} ادعاء`, text: full.slice(0, Math.min(chars, 400_000)), language: 'ar' });
  if (chars > 400_000) handle.sqlite.prepare('UPDATE articles SET text = ? WHERE id = ?').run(full.normalize('NFC'), row.id);
  const text = (handle.sqlite.prepare('SELECT text FROM articles WHERE id = ?').get(row.id) as { text: string }).text;
  const words = [...text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const stride = Math.floor(words.length / claims);
  if (stride < 1) throw new Error(`${claims} claims do not fit in ${words.length} words.`);
  const length = Math.min(3, stride);
  const spans = Array.from({ length: claims }, (_, i) => ({ start: words[i * stride]!.start, end: words[i * stride + length - 1]!.end }));
  handle.sqlite.transaction(() => {
    spans.forEach((span, i) => {
      const { prefix, suffix } = spanContext(text, span.start, span.end);
      const rating = ratingOf(i);
      const { lastInsertRowid } = insertClaim.run(row.id, span.start, span.end, text.slice(span.start, span.end), prefix, suffix, rating, benchUser.id, now, now);
      if (rating) insertVerdict.run(lastInsertRowid, rating, 'سبب التقييم', benchUser.id, now, now);
    });
  })();
  const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
  return { name: `${label(chars)} chars, ${claims.toLocaleString('en')} claims`, chars, claims, id: row.id, spans };
}

// The reference article (200k characters, 5,000 claims) first; the other sizes only when the size curve (e1) runs.
const reference = await seed(Number(process.env.BENCH_OPEN_CHARS ?? 200_000), Number(process.env.BENCH_OPEN_CLAIMS ?? 5_000));
const curve = ONLY.includes('e1');
const claimCurve = curve ? [await seed(200_000, 100), await seed(200_000, 1_000), reference, await seed(200_000, 20_000)] : [reference];
const charCurve = curve ? [await seed(20_000, 500), reference, await seed(1_000_000, 20_000)] : [reference];

// ---------------------------------------------------------------- server and browser
const app = createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services, clientDir });
// The static peer (bench/static-peer.ts) of the reference article, on the same origin (same fonts and CSS): what (e6) compares with.
const peerHtml = staticPeerHtml(clientDir, (handle.sqlite.prepare('SELECT text FROM articles WHERE id = ?').get(reference.id) as { text: string }).text, reference.spans, ratingOf);
/** BENCH_TRACE=1: how long the server took over each API read, from when it got it. */
const serverLog: string[] = [];
let serverLogStart = performance.now();
const server = await new Promise<Server>((resolve) => {
  const listening = createServer((req, res) => {
    if (req.url === '/__peer/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(peerHtml);
      return;
    }
    if (process.env.BENCH_TRACE === '1' && req.url?.startsWith('/api/')) {
      const started = performance.now();
      res.on('finish', () => serverLog.push(`${req.url} ${(performance.now() - started).toFixed(0)} ms (from ${(started - serverLogStart).toFixed(0)})`));
    }
    app(req, res);
  }).listen(0, '127.0.0.1', () => resolve(listening));
});
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no address');
const base = `http://127.0.0.1:${address.port}`;
const loginCookies = await benchLoginCookies(base, 'bench@sanad.test', 'bench password');
const cookieHeader = loginCookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
// The compact index, when the code under test has it (the "before" run has not).
const indexEndpoint = (claimEndpoints as Partial<typeof claimEndpoints>).index;
const hasIndex = indexEndpoint !== undefined;

const browser: Browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
await context.addInitScript('globalThis.__name = (fn) => fn;');
await context.addCookies(loginCookies.map((cookie) => ({ ...cookie, url: base, sameSite: 'Lax' as const })));


/** Watches a page's network through the devtools protocol: bytes received, and what was asked for. */
async function watch(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const state = { bytes: 0, requests: [] as { url: string; status: number; bytes: number }[] };
  const urls = new Map<string, string>();
  const answered = new Map<string, { url: string; status: number; bytes: number }>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url.replace(base, '')));
  // Every answer, 304s included (listed when their headers arrive), with the bytes counted once loaded.
  cdp.on('Network.responseReceived', (event) => {
    const request = { url: urls.get(event.requestId) ?? event.response.url, status: event.response.status, bytes: 0 };
    answered.set(event.requestId, request);
    state.requests.push(request);
  });
  cdp.on('Network.loadingFinished', (event) => {
    state.bytes += event.encodedDataLength;
    const request = answered.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });
  return state;
}

/** Starts `page`'s paint clock `key` (before it navigates): see paintClockScript. */
const armClock = <T>(page: Page, key: string, check: (arg: T) => boolean, arg: T) => page.addInitScript({ content: paintClockScript(check, arg, key) });
/** The time its paint clock `key` stopped at, once it has. */
const clockOf = async (page: Page, key: string) =>
  Number(await (await page.waitForFunction((name) => (window as unknown as Record<string, number | undefined>)[name], key, { polling: 50, timeout: 90_000 })).jsonValue());

/** Opens `url` in a new tab until the claims on screen are painted: ms from navigation start, and the bytes received by then. */
async function open(url: string, spans: Spans): Promise<{ ms: number; appMs: number; bytes: number; requests: { url: string; status: number; bytes: number }[] }> {
  const page = await context.newPage();
  const network = await watch(page);
  await armClock(page, '__painted', highlightsInViewPainted, spans);
  await armClock(page, '__appPainted', highlightsInViewPainted, { spans, appOnly: true as const });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await clockOf(page, '__painted');
  const result = { ms, appMs: 0, bytes: network.bytes, requests: network.requests.map((request) => ({ ...request })) };
  result.appMs = await clockOf(page, '__appPainted');
  await page.close();
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const figures: Record<string, unknown> = { hasIndex };

if (ONLY.includes('e1')) {
  // (e1) the size curve, rounds interleaved over the cases.
  const cases = [...new Set([...claimCurve, ...charCurve])];
  const samples = new Map<Case, number[]>(cases.map((item) => [item, []]));
  const appSamples = new Map<Case, number[]>(cases.map((item) => [item, []]));
  await open(`${base}/articles/${reference.id}`, reference.spans); // warms the HTTP cache and the fonts
  for (let run = 0; run < RUNS; run += 1) {
    for (const item of cases) {
      const { ms, appMs } = await open(`${base}/articles/${item.id}`, item.spans);
      samples.get(item)!.push(ms);
      appSamples.get(item)!.push(appMs);
    }
  }
  console.log('\n(e1) open until the claims on screen are painted, and (app) until the app’s own highlights are (median of %d)', RUNS);
  for (const item of cases) {
    console.log(
      `  ${item.name.padEnd(34)} ${median(samples.get(item)!).toFixed(0).padStart(6)} ms   [${samples.get(item)!.map((ms) => ms.toFixed(0)).join(', ')}]   app ${median(appSamples.get(item)!).toFixed(0)} ms`,
    );
  }
  const big = median(samples.get(charCurve[2]!)!);
  const ref = median(samples.get(reference)!);
  console.log(`  1M/20,000 against 200k/5,000: ${(big / ref).toFixed(2)}× (aim < 2×); the app's own: ${(median(appSamples.get(charCurve[2]!)!) / median(appSamples.get(reference)!)).toFixed(2)}×`);
  figures.open = Object.fromEntries(cases.map((item) => [item.name, { median: median(samples.get(item)!), samples: samples.get(item), app: appSamples.get(item) }]));
}

if (ONLY.includes('e2')) {
  // (e2) bytes before the claims on screen are painted.
  // Warm (the assets and fonts in the HTTP cache) as (e1) leaves it, when (e1) did not run.
  if (!ONLY.includes('e1')) await open(`${base}/articles/${reference.id}`, reference.spans);
  const opens = [];
  for (let run = 0; run < RUNS; run += 1) opens.push(await open(`${base}/articles/${reference.id}`, reference.spans));
  const bytesBefore = median(opens.map((item) => item.bytes));
  console.log(`\n(e2) bytes received until the claims on screen are painted (${reference.name}): ${kB(bytesBefore)} (median of ${RUNS})`);
  for (const request of opens[0]!.requests.filter((item) => item.url.startsWith('/api/'))) console.log(`  ${request.status} ${request.url} ${kB(request.bytes)}`);
  figures.bytesBeforePaint = { median: bytesBefore, requests: opens[0]!.requests };
}

if (ONLY.includes('e3')) {
  // (e3) the claims on the wire for 5,000 claims.
  const sizes: Record<string, { raw: number; gzip: number; brotli: number }> = {};
  for (const [name, path] of [
    ['full list', endpointUrl(claimEndpoints.list, { id: reference.id })],
    ['compact index', indexEndpoint ? endpointUrl(indexEndpoint, { id: reference.id }) : null],
  ] as const) {
    if (path === null) continue;
    const response = await fetch(`${base}${path}`, { headers: { cookie: cookieHeader, 'accept-encoding': 'identity' } });
    if (response.status !== 200) continue;
    const raw = Buffer.from(await response.arrayBuffer());
    sizes[name] = {
      raw: raw.length,
      gzip: gzipSync(raw).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length,
    };
  }
  console.log(`\n(e3) claims of ${reference.name} on the wire (brotli at the server's quality 4)`);
  for (const [name, size] of Object.entries(sizes)) console.log(`  ${name.padEnd(14)} raw ${kB(size.raw)}, gzip ${kB(size.gzip)}, brotli ${kB(size.brotli)} (${(size.raw / reference.claims).toFixed(0)} B a claim raw)`);
  if (!sizes['compact index']) console.log('  compact index  n/a (not in this code)');
  figures.sizes = sizes;
}

if (ONLY.includes('e4')) {
  // (e4) throughput and p99 with 8 connections, and the 304 path.
  async function load(path: string, extra: Record<string, string> = {}) {
    const result = await autocannon({ url: `${base}${path}`, headers: { cookie: cookieHeader, 'accept-encoding': 'gzip, deflate, br', ...extra }, connections: 8, duration: 3 });
    const ok = extra['if-none-match'] ? result['1xx'] + result['2xx'] + result['3xx'] : result['2xx'];
    if (ok !== result.requests.total && result.non2xx > 0 && !extra['if-none-match']) throw new Error(`${path}: ${result.non2xx} non-2xx answers`);
    return { rps: result.requests.average, p99: result.latency.p99, bytesPerRequest: result.throughput.total / Math.max(1, result.requests.total) };
  }
  const loads: Record<string, { rps: number; p99: number; bytesPerRequest: number }> = {};
  for (const [name, endpoint] of [
    ['GET full list', claimEndpoints.list],
    ['GET compact index', indexEndpoint],
  ] as const) {
    if (!endpoint) continue;
    const path = endpointUrl(endpoint, { id: reference.id });
    const first = await fetch(`${base}${path}`, { headers: { cookie: cookieHeader } });
    if (first.status !== 200) continue;
    await first.arrayBuffer();
    loads[name] = await load(path);
    loads[`${name}, 304`] = await load(path, { 'if-none-match': first.headers.get('etag') ?? '' });
  }
  console.log(`\n(e4) ${reference.name}, 8 connections, 3 s each`);
  for (const [name, figure] of Object.entries(loads)) console.log(`  ${name.padEnd(24)} ${figure.rps.toFixed(0).padStart(6)} req/s   p99 ${figure.p99} ms   ${kB(figure.bytesPerRequest)} a request`);
  figures.throughput = loads;
}

// (e5) reopening in the same tab once the app's copy is stale: the reads go out with their ETags.
if (ONLY.includes('e5')) {
  const page = await context.newPage();
  const network = await watch(page);
  await page.goto(`${base}/articles/${reference.id}`, { waitUntil: 'commit' });
  await page.waitForFunction(highlightsInViewPainted, reference.spans, { polling: 'raf', timeout: 90_000 });
  await page.getByRole('link', { name: 'All articles' }).first().click();
  await page.waitForURL(`${base}/`);
  await page.waitForTimeout(16_000);
  network.requests.length = 0;
  network.bytes = 0;
  const started = await page.evaluate(() => performance.now());
  await page.locator(`a[href="/articles/${reference.id}"]`).first().click();
  await page.waitForFunction(highlightsInViewPainted, reference.spans, { polling: 'raf', timeout: 90_000 });
  const ms = (await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))))) - started;
  await page.waitForTimeout(500);
  const reads = network.requests.filter((item) => item.url.startsWith('/api/'));
  console.log(`\n(e5) reopen ${reference.name} in the same tab after 16 s: painted in ${ms.toFixed(0)} ms; its reads: ${reads.map((item) => `${item.status} ${item.url} ${kB(item.bytes)}`).join('; ')}`);
  figures.reopen = { ms, reads };
  await page.close();
}

// (e6) against the static page, interleaved: the claims on screen painted, and the whole claim list usable (scrolled
// to its end, its last entry rendered, and that far claim opened: its panel shows the claim's detail).
/** BENCH_TRACE=1: where an open of our page spends its time (requests, long tasks, and the CPU by script and function). */
const TRACE = process.env.BENCH_TRACE === '1';
async function startTrace(page: Page) {
  await page.addInitScript(() => {
    const state = window as unknown as { __longTasks: string[] };
    state.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks.push(`${Math.round(entry.startTime)}+${Math.round(entry.duration)}`);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'loading'] });
  return {
    async print(ms: number) {
      const { profile } = await cdp.send('Profiler.stop');
      // The renderer's main thread from the devtools timeline: time by event, in 100 ms windows from navigation start.
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { frame?: string } } }[] }).traceEvents;
      // The page's main thread: of the renderers' main threads, the one that laid out the most.
      const busy = new Map<string, number>();
      for (const event of events) if (event.name === 'Layout' || event.name === 'FunctionCall') busy.set(`${event.pid}.${event.tid}`, (busy.get(`${event.pid}.${event.tid}`) ?? 0) + (event.dur ?? 0));
      const mainThread = events
        .filter((event) => event.name === 'thread_name' && (event.args as { name?: string } | undefined)?.name === 'CrRendererMain')
        .sort((a, b) => (busy.get(`${b.pid}.${b.tid}`) ?? 0) - (busy.get(`${a.pid}.${a.tid}`) ?? 0))[0];
      const navigation = events.filter((event) => event.name === 'navigationStart' && event.pid === mainThread?.pid).sort((a, b) => b.ts - a.ts)[0];
      if (mainThread && navigation) {
        const windows = new Map<number, Map<string, number>>();
        const kinds = new Set(['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'HitTest', 'IntersectionObserverController::computeIntersections', 'RunMicrotasks', 'EventDispatch', 'UpdateLayer', 'CommitLoad', 'ResourceReceivedData']);
        for (const event of events) {
          if (event.pid !== mainThread.pid || event.tid !== mainThread.tid || event.ph !== 'X' || !kinds.has(event.name)) continue;
          const at = (event.ts - navigation.ts) / 1000;
          const slot = Math.floor(at / 100) * 100;
          const row = windows.get(slot) ?? new Map<string, number>();
          row.set(event.name, (row.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
          windows.set(slot, row);
        }
        for (const [slot, row] of [...windows].sort((a, b) => a[0] - b[0])) {
          console.log(`  ${String(slot).padStart(5)} ms: ${[...row].filter(([, value]) => value >= 3).sort((a, b) => b[1] - a[1]).map(([name, value]) => `${name} ${value.toFixed(0)}`).join(', ')}`);
        }
      }
      const trace = await page.evaluate(() => ({
        requests: performance
          .getEntriesByType('resource')
          .map((entry) => `${entry.name.replace(location.origin, '').slice(0, 60)} ${Math.round(entry.startTime)}–${Math.round((entry as PerformanceResourceTiming).responseEnd)}`),
        marks: performance.getEntriesByType('mark').map((entry) => `${entry.name} ${Math.round(entry.startTime)}`),
        paints: performance.getEntriesByType('paint').map((entry) => `${entry.name} ${Math.round(entry.startTime)}`),
        longTasks: (window as unknown as { __longTasks: string[] }).__longTasks,
        document: (({ requestStart, responseStart, responseEnd, domInteractive, domContentLoadedEventEnd }: PerformanceNavigationTiming) =>
          `asked ${Math.round(requestStart)}, first byte ${Math.round(responseStart)}, last byte ${Math.round(responseEnd)}, parsed ${Math.round(domInteractive)}, DOMContentLoaded done ${Math.round(domContentLoadedEventEnd)}`)(
          performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming,
        ),
      }));
      // Self time by function (script file and name), from the sampled profile.
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const deltas = profile.timeDeltas ?? [];
      const maps = new Map<string, SourceMapConsumer | null>();
      const mapOf = (url: string) => {
        if (!maps.has(url)) {
          const file = join(clientDir, url.replace(base, '') + '.map');
          maps.set(url, url.startsWith(base) && existsSync(file) ? new SourceMapConsumer(readFileSync(file, 'utf8')) : null);
        }
        return maps.get(url)!;
      };
      (profile.samples ?? []).forEach((id, i) => {
        const frame = byId.get(id)!.callFrame;
        const original = mapOf(frame.url)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
        const key = original?.source
          ? `${original.name ?? frame.functionName} ${original.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${original.line}`
          : `${frame.functionName || '(anonymous)'} ${frame.url.replace(base, '').replace(/^.*\//, '')}:${frame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      });
      // Inclusive time of the app's own functions (src/ and shared/src/): each sample counts once for every such function on its stack.
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const labelOf = new Map<number, string | null>();
      const label = (id: number) => {
        if (!labelOf.has(id)) {
          const frame = byId.get(id)!.callFrame;
          const original = mapOf(frame.url)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
          labelOf.set(id, original?.source && /(^|\/)(src)\//.test(original.source) && !original.source.includes('node_modules') ? `${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}` : null);
        }
        return labelOf.get(id)!;
      };
      const inclusive = new Map<string, number>();
      (profile.samples ?? []).forEach((id, i) => {
        const seen = new Set<string>();
        for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
          const name = label(node);
          if (name && !seen.has(name)) {
            seen.add(name);
            inclusive.set(name, (inclusive.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
          }
        }
      });
      console.log([...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([key, value]) => `  incl ${value.toFixed(0).padStart(5)} ms ${key}`).join('\n'));
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([key, value]) => `${value.toFixed(0).padStart(5)} ms ${key}`);
      console.log(`\n[trace] painted at ${ms.toFixed(0)} ms`, JSON.stringify(trace, null, 1), `\n${top.join('\n')}`);
    },
  };
}

if (ONLY.includes('e6')) {
  const statics: number[] = [];
  const painted: number[] = [];
  const appPainted: number[] = [];
  const plain: number[] = [];
  const usable: number[] = [];
  const last = reference.claims;
  const lastQuote = (handle.sqlite.prepare('SELECT quote FROM claims WHERE article_id = ? ORDER BY start DESC LIMIT 1').get(reference.id) as { quote: string }).quote;
  const frames = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  /** As a reader would: scroll the claims to the end, and open the last one; the time its detail is shown. */
  const useWholeList = async (page: Page) => {
    const lastItem = page.locator(`[data-testid="claim-list"] li[aria-posinset="${last}"]`);
    await page.locator('[data-testid="claim-list"]').waitFor({ timeout: 90_000 });
    await page.locator('.workspace__aside').evaluate((aside) => {
      performance.mark('bench scroll');
      aside.scrollTo({ top: aside.scrollHeight });
    });
    await lastItem.locator('[data-claim-entry]').click();
    await page.getByTestId('claim-panel').locator('blockquote', { hasText: lastQuote }).first().waitFor({ timeout: 90_000 });
    return frames(page);
  };
  const plainUsable: number[] = [];
  const rounds = [
    async () => {
      const page = await context.newPage();
      await armClock(page, '__painted', allMarksParsed, reference.spans);
      await page.goto(`${base}/__peer/article`, { waitUntil: 'commit' });
      statics.push(await clockOf(page, '__painted'));
      await page.close();
    },
    async () => {
      const page = await context.newPage();
      const tracer = TRACE ? await startTrace(page) : null;
      serverLog.length = 0;
      serverLogStart = performance.now();
      await armClock(page, '__painted', highlightsInViewPainted, reference.spans);
      // The app's own highlights (it takes over from the first screen the server wrote, ADR 037).
      await armClock(page, '__appPainted', highlightsInViewPainted, { spans: reference.spans, appOnly: true as const });
      await page.goto(`${base}/articles/${reference.id}`, { waitUntil: 'commit' });
      painted.push(await clockOf(page, '__painted'));
      appPainted.push(await clockOf(page, '__appPainted'));

      usable.push(await useWholeList(page));
      if (tracer) {
        await tracer.print(painted[painted.length - 1]!);
        console.log(`  server: ${serverLog.join('; ')}`);
        const after = painted[painted.length - 1]!;
        console.log('  [usable]', usable[usable.length - 1]!.toFixed(0), JSON.stringify(await page.evaluate((from) => ({
          requests: performance.getEntriesByType('resource').filter((entry) => entry.startTime >= from).map((entry) => `${entry.name.replace(location.origin, '').slice(0, 50)} ${Math.round(entry.startTime)}–${Math.round((entry as PerformanceResourceTiming).responseEnd)}`),
          marks: performance.getEntriesByType('mark').filter((entry) => entry.startTime >= from).map((entry) => `${entry.name} ${Math.round(entry.startTime)}`),
          longTasks: (window as unknown as { __longTasks: string[] }).__longTasks.filter((task) => Number(task.split('+')[0]) >= from),
        }), after)));
      }
      await page.close();
    },
    async () => {
      // The same page without the first screen: the server writes it only for the text with no view asked in the
      // query but `?claim=` (client-html.ts), and the app ignores a query key it does not know.
      const page = await context.newPage();
      await armClock(page, '__painted', highlightsInViewPainted, reference.spans);
      await page.goto(`${base}/articles/${reference.id}?bench=plain`, { waitUntil: 'commit' });
      plain.push(await clockOf(page, '__painted'));
      plainUsable.push(await useWholeList(page));
      await page.close();
    },
  ];
  for (let run = -1; run < RUNS; run += 1) {
    for (let step = 0; step < rounds.length; step += 1) await rounds[(Math.max(0, run) + step) % rounds.length]!();
    if (run < 0) [statics, painted, appPainted, plain, usable, plainUsable].forEach((samples) => (samples.length = 0));
  }
  const staticMs = median(statics);
  console.log(`\n(e6) ${reference.name} against the static page with ${reference.claims.toLocaleString('en')} <mark> (median of ${RUNS}, interleaved)`);
  console.log(`  static page, parsed with every mark    ${staticMs.toFixed(0).padStart(6)} ms   [${statics.map((ms) => ms.toFixed(0)).join(', ')}]`);
  console.log(`  ours, claims on screen painted         ${median(painted).toFixed(0).padStart(6)} ms   ${(median(painted) / staticMs).toFixed(2)}× (aim 1.0×)   [${painted.map((ms) => ms.toFixed(0)).join(', ')}]`);
  console.log(`  ours, the app's own highlights painted ${median(appPainted).toFixed(0).padStart(6)} ms   ${(median(appPainted) / staticMs).toFixed(2)}×   [${appPainted.map((ms) => ms.toFixed(0)).join(', ')}]`);
  console.log(`  ours without the first screen, painted ${median(plain).toFixed(0).padStart(6)} ms   ${(median(plain) / staticMs).toFixed(2)}×   [${plain.map((ms) => ms.toFixed(0)).join(', ')}]`);
  console.log(`  ours, whole list usable (end, far claim opened) ${median(usable).toFixed(0).padStart(6)} ms   ${(median(usable) / staticMs).toFixed(2)}× (aim 1.3×)   [${usable.map((ms) => ms.toFixed(0)).join(', ')}]`);
  console.log(`  ours without the first screen, whole list usable ${median(plainUsable).toFixed(0).padStart(6)} ms   ${(median(plainUsable) / staticMs).toFixed(2)}×   [${plainUsable.map((ms) => ms.toFixed(0)).join(', ')}]`);
  figures.againstStatic = { static: statics, painted, appPainted, withoutFirstScreen: plain, usable, withoutFirstScreenUsable: plainUsable };
}

await browser.close();
server.close();
handle.close();
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `open-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), figures }, null, 2));
console.log(`\nRaw figures: ${file}`);
