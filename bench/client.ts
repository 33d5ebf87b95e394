/// <reference lib="dom" />
/**
 * Client benchmarks (issue 7, "Client, in Chromium"), on the production build
 * served by our Express app over a temporary database:
 *  (a) open a 200,000-character Arabic article with 5,000 claims until every
 *      claim on screen is painted, against two peers (interleaved runs): the same
 *      page of our app with the claims wrapped in <mark> elements instead of
 *      highlights (a second build of the client, made here, in which the bench-only
 *      client/src/bench/marks-article-text.tsx stands in for ArticleText), and
 *      the same text served as static HTML with wrapping <mark>s, fully parsed;
 *  (b) select text with the mouse and press M until the new claim's highlight shows;
 *  (c) wheel-scroll a claim list of 10,000 entries end to end, recording long tasks;
 *  (d) initial JavaScript in gzip, against React + react-dom + react-query alone.
 * Run `npm run build -w @sanad/client` first, then `npx tsx bench/client.ts`.
 * Knobs for diagnosis: BENCH_RUNS (rounds of (a), default 5), BENCH_ONLY (e.g. `c`),
 * BENCH_SCROLL_STEPS (cap on wheel steps), BENCH_NO_HIGHLIGHTS=1 (scroll with highlights hidden),
 * BENCH_TRACE=1 (print each measured load of (a): request timings and long tasks),
 * BENCH_PROFILE=<file> (write a CPU profile of a measured load of our page in (a), for DevTools).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createApp } from '@sanad/server/app';
import { systemClock } from '@sanad/server/lib/clock';
import { createLogger } from '@sanad/server/lib/logger';
import { createServices } from '@sanad/server/services';
import { RATING_KEYS } from '@sanad/shared/rating-scale';
import { spanContext } from '@sanad/shared/text/quote';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type Spans, highlightsInViewPainted } from './paint.ts';
import { loginCookies as benchLoginCookies } from './login.ts';
import { allMarksParsed, staticPeerHtml } from './static-peer.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_ONLY ?? 'abc';
const MARK_RUNS = 7;
const CLAIMS = 5_000;
const LIST_CLAIMS = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const clientDir = join(root, 'client', 'dist');

// The whole suite stops by itself, whatever hangs.
setTimeout(() => {
  console.error('bench/client.ts: gave up after 6 minutes.');
  process.exit(1);
}, 6 * 60_000).unref();

if (!existsSync(join(clientDir, '.vite', 'manifest.json'))) {
  console.error('No production build with a manifest: run `npm run build -w @sanad/client` first.');
  process.exit(1);
}

interface Timing {
  name: string;
  median: number;
  p95: number;
  samples: number[];
  unit: string;
  peers?: { name: string; median: number; p95: number; samples: number[] }[];
  note?: string;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

// ---------------------------------------------------------------- data
const fixture = readFileSync(join(root, 'db', 'seed', 'geneva2-opinion.ar.txt'), 'utf8').normalize('NFC');
const bigText = Array.from({ length: Math.ceil(200_000 / fixture.length) }, () => fixture)
  .join('\n')
  .slice(0, 200_000);

/** `count` claims of `length` words each, spread evenly over the words of the text (never overlapping). */
function spreadSpans(count: number, length: number): { start: number; end: number }[] {
  const stride = Math.floor(words.length / count);
  if (stride < length) throw new Error(`${count} claims of ${length} words do not fit in ${words.length} words.`);
  return Array.from({ length: count }, (_, i) => ({ start: words[i * stride]!.start, end: words[i * stride + length - 1]!.end }));
}

const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-client-'));
const handle = openDatabase(join(dir, 'bench.db'));
runMigrations(handle);
const services = createServices(handle.db, systemClock, { logger: createLogger('silent'), passwordCost: { N: 2 ** 14, r: 8, p: 1 } });
const benchUser = await services.users.create(null, { name: 'Bench Reviewer', email: 'bench@sanad.test', role: 'reviewer', password: 'bench password' });
const actor = { id: benchUser.id, name: benchUser.name, role: benchUser.role };
const { row: highlighted } = await services.articles.create(actor, { title: 'مقال الاختبار: ٥٠٠٠ ادعاء', text: bigText, language: 'ar' });
const { row: longList } = await services.articles.create(actor, { title: 'مقال الاختبار: ١٠٠٠٠ ادعاء', text: bigText, language: 'ar' });
// Offsets are taken from the text as the server stored it (it normalises what it is given).
const text = highlighted.text;
if (longList.text !== text) throw new Error('The two articles were stored with different texts.');
const words = [...text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

const claimSpans = spreadSpans(CLAIMS, 3);
const listSpans = spreadSpans(LIST_CLAIMS, 1);
/** Rating of claim i: most are rated, one in five is not. */
const ratingOf = (i: number) => (i % 5 === 4 ? null : RATING_KEYS[i % RATING_KEYS.length]!);

const insertClaim = handle.sqlite.prepare(
  'INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertVerdict = handle.sqlite.prepare('INSERT INTO verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
const now = new Date().toISOString();
handle.sqlite.transaction(() => {
  for (const [articleId, spans] of [
    [highlighted.id, claimSpans],
    [longList.id, listSpans],
  ] as const) {
    spans.forEach((span, i) => {
      const { prefix, suffix } = spanContext(text, span.start, span.end);
      const { lastInsertRowid } = insertClaim.run(articleId, span.start, span.end, text.slice(span.start, span.end), prefix, suffix, benchUser.id, now, now);
      const rating = ratingOf(i);
      if (rating) insertVerdict.run(lastInsertRowid, rating, 'سبب التقييم', benchUser.id, now, now);
    });
  }
})();

// ---------------------------------------------------------------- the peer page: the same text and claims as <mark> elements
const manifest = JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
>;
const peerHtml = staticPeerHtml(clientDir, text, claimSpans, ratingOf);

// ---------------------------------------------------------------- the app peer: our client built again with <mark> painting
/**
 * The production build has no peer in it (no `?peer=` switch, no peer chunk): the peer is this second build of the
 * same client with the same Vite config, in which one module, ArticleText, is swapped for the bench-only
 * client/src/bench/marks-article-text.tsx. Its assets live under /__bench/ so both builds share one origin (and
 * session); the page stays at /articles/:id, so the router, the route and its loader are the ones measured.
 */
const PEER_BASE = '/__bench/';
const peerClientDir = join(dir, 'client-peer');
async function buildMarksPeer(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: join(root, 'client'),
    configFile: join(root, 'client', 'vite.config.ts'),
    base: PEER_BASE,
    logLevel: 'silent',
    resolve: {
      alias: [{ find: /^.*\/features\/articles\/components\/article-text\.tsx$/, replacement: join(root, 'client', 'src', 'bench', 'marks-article-text.tsx') }],
    },
    build: { outDir: peerClientDir, emptyOutDir: true, sourcemap: false },
  });
  if (!readFileSync(join(peerClientDir, 'index.html'), 'utf8').includes(PEER_BASE)) throw new Error('The peer build does not load its assets from /__bench/.');
}
if (only.includes('a')) await buildMarksPeer();

// ---------------------------------------------------------------- server: our app, plus both peer pages on the same origin (same fonts and CSS)
const app = createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services, clientDir });
// The same server serving the peer build: same static headers, the same index.html fallback (and API, unused: /api goes to `app`).
const peerApp = existsSync(peerClientDir) ? createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services, clientDir: peerClientDir }) : null;
const server = await new Promise<Server>((resolve) => {
  const listening = createServer((req, res) => {
    if (req.url === '/__peer/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(peerHtml);
      return;
    }
    if (peerApp && req.url?.startsWith(PEER_BASE)) {
      req.url = req.url.slice(PEER_BASE.length - 1);
      peerApp(req, res);
      return;
    }
    if (peerApp && req.url?.startsWith('/articles/') && req.url.endsWith('?peer=marks')) {
      peerApp(req, res);
      return;
    }
    app(req, res);
  }).listen(0, '127.0.0.1', () => resolve(listening));
});
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no address');
const base = `http://127.0.0.1:${address.port}`;
const loginCookies = await benchLoginCookies(base, 'bench@sanad.test', 'bench password');

// ---------------------------------------------------------------- browser
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  return '/usr/bin/chromium';
}
const browser: Browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
// tsx compiles this file with esbuild's keepNames, which wraps functions declared inside page.evaluate callbacks in a `__name` helper the page lacks.
await context.addInitScript('globalThis.__name = (fn) => fn;');
await context.addCookies(loginCookies.map((cookie) => ({ ...cookie, url: base, sameSite: 'Lax' as const })));

/** Milliseconds from navigation start to two frames after `done` first holds (checked every frame). */
/** Claims as article offsets, the argument of both page checks below. */

async function timeToPainted(page: Page, url: string, done: (spans: Spans) => boolean, spans: Spans): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(done, spans, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
}

/**
 * The same condition for the app peer (`?peer=marks`, served from the peer build): every claim in a paragraph on screen is
 * wrapped in its <mark> (matched by the marks' article offsets) and the marks are laid out.
 */
const marksInViewPainted = (spans: Spans) => {
  const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p[data-start]'));
  if (paragraphs.length === 0) return false;
  let inView = 0;
  for (const paragraph of paragraphs) {
    const box = paragraph.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) continue;
    const marks = new Map(Array.from(paragraph.querySelectorAll<HTMLElement>('mark[data-start]'), (mark) => [`${mark.dataset.start}-${mark.dataset.end}`, mark]));
    const from = Number(paragraph.dataset.start);
    const to = from + (paragraph.textContent?.length ?? 0);
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      const mark = marks.get(`${span.start}-${span.end}`);
      if (!mark) return false;
      const rect = mark.getBoundingClientRect();
      if (rect.height === 0) return false;
      if (rect.bottom <= 0 || rect.top >= window.innerHeight) continue;
      inView += 1;
    }
  }
  return inView > 0;
};

const timings: Timing[] = [];

// (a) open the article until every claim on screen is painted, interleaved with its two <mark> peers.
if (only.includes('a')) {
  const ours: number[] = [];
  const appMarks: number[] = [];
  const staticMarks: number[] = [];
  // One unmeasured round of each warms the HTTP cache and the fonts; the order within a round rotates.
  const rounds = [
    () => timeOn(`${base}/articles/${highlighted.id}`, highlightsInViewPainted, ours),
    () => timeOn(`${base}/articles/${highlighted.id}?peer=marks`, marksInViewPainted, appMarks),
    () => timeOn(`${base}/__peer/article`, allMarksParsed, staticMarks),
  ];
  let warm = true;
  async function timeOn(url: string, done: (spans: Spans) => boolean, into: number[]) {
    const page = await context.newPage();
    if (process.env.BENCH_TRACE) {
      await page.addInitScript(() => {
        const state = window as unknown as { __longTasks: { start: number; duration: number }[] };
        state.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) state.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }).observe({ type: 'longtask', buffered: true });
      });
    }
    const cdp = process.env.BENCH_PROFILE && !warm && url.endsWith(`/articles/${highlighted.id}`) ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const time = await timeToPainted(page, url, done, claimSpans);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    if (process.env.BENCH_TRACE && !warm) {
      // Where the time went: when each request started and ended, and the long tasks, in ms from navigation start.
      const trace = await page.evaluate(() => ({
        requests: performance
          .getEntriesByType('resource')
          .map((entry) => `${entry.name.replace(location.origin, '')} ${Math.round(entry.startTime)}–${Math.round((entry as PerformanceResourceTiming).responseEnd)}`),
        longTasks: (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.map((task) => `${task.start}+${task.duration}`),
        domContentLoaded: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
      }));
      console.log(`${url} painted at ${Math.round(time)} ms`, JSON.stringify(trace, null, 1));
    }
    await page.close();
    if (!warm) into.push(time);
  }
  for (let run = -1; run < RUNS; run += 1) {
    warm = run < 0;
    for (let step = 0; step < rounds.length; step += 1) await rounds[(Math.max(0, run) + step) % rounds.length]!();
  }
  const peerOf = (name: string, samples: number[]) => ({ name, median: percentile(samples, 50), p95: percentile(samples, 95), samples });
  timings.push({
    name: '(a) open 200k-char Arabic article (5,000 claims), claims in view painted',
    median: percentile(ours, 50),
    p95: percentile(ours, 95),
    samples: ours,
    unit: 'ms',
    peers: [
      peerOf('the same app page, claims as wrapping <mark> (peer build)', appMarks),
      peerOf('static page with 5,000 wrapping <mark>', staticMarks),
    ],
    note: 'aim: ≤ 0.8× the app <mark> peer, ≤ 300 ms',
  });
}

// (b) select a word with the mouse, press M, until its highlight is painted.
if (only.includes('b')) {
  const samples: number[] = [];
  const saved: number[] = [];
  const stride = Math.floor(words.length / CLAIMS);
  for (let run = 0; run < MARK_RUNS; run += 1) {
    let lastWord: { start: number; end: number } | undefined;
    const page = await context.newPage();
    await timeToPainted(page, `${base}/articles/${highlighted.id}`, highlightsInViewPainted, claimSpans);
    // Positions are stable only once the article's web font is in (fonts load lazily).
    await page.evaluate(async () => {
      const article = document.querySelector<HTMLElement>('[data-testid="article-text"]')!;
      const style = getComputedStyle(article);
      await document.fonts.load(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, article.textContent?.slice(0, 500) ?? '');
      await document.fonts.ready;
    });
    // A word between two claims (claims cover words i*stride .. i*stride+2), a different one each run. A drag can miss (the
    // selection collapses, e.g. on a loaded machine): the next gap word is tried, up to three.
    const markButton = page.getByRole('button', { name: /Mark as claim/ });
    for (let attempt = 0; ; attempt += 1) {
      const word = words[(400 + run * 97 + attempt) * stride + 4]!;
      lastWord = word;
      const points = await page.evaluate(async ({ start, end }) => {
        const paragraph = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="article-text"] > p')).find((element) => {
          const from = Number(element.dataset.start);
          return from <= start && start < from + (element.textContent?.length ?? 0);
        });
        const node = paragraph?.firstChild;
        if (!paragraph || !(node instanceof Text)) throw new Error('word not found');
        const offset = Number(paragraph.dataset.start);
        const range = document.createRange();
        range.setStart(node, start - offset);
        range.setEnd(node, end - offset);
        // Off-screen paragraphs are not laid out (content-visibility, ADR 012): bring the paragraph on screen and let the
        // browser lay it out before measuring the word, as a reader's scrolling would.
        const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        paragraph.scrollIntoView({ block: 'center', behavior: 'instant' });
        await frames();
        window.scrollBy({ top: range.getBoundingClientRect().top - window.innerHeight / 3, behavior: 'instant' });
        await frames();
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        // Right to left: the word starts at its right edge.
        return { from: { x: first.right - 1.5, y: first.top + first.height / 2 }, to: { x: last.left + 1.5, y: last.top + last.height / 2 } };
      }, word);
      await page.mouse.move(points.from.x, points.from.y);
      await page.mouse.down();
      await page.mouse.move(points.to.x, points.to.y, { steps: 5 });
      await page.mouse.up();
      try {
        await markButton.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 2) throw error;
        await page.keyboard.press('Escape');
      }
    }
    // Painted: a range of the unrated highlight over exactly the word (by article offsets, so ranges that come and go as
    // paragraphs near the screen are registered do not count). Saved: the server answered and the claim is in the
    // client's list (the toolbar's count of claims went up).
    await page.evaluate((word) => {
      const startOf = (node: Node) => Number(node.parentElement?.dataset.start ?? Number.NaN);
      const painted = () => {
        const highlight = (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get('sanad-unrated');
        for (const range of highlight ?? []) {
          if (startOf(range.startContainer) + range.startOffset === word.start && startOf(range.endContainer) + range.endOffset === word.end) return true;
        }
        return false;
      };
      const count = () => Number(/(\d+) claims?/.exec(document.querySelector('.article-toolbar__meta')?.textContent ?? '')?.[1] ?? Number.NaN);
      if (painted()) throw new Error('The word is painted before it is marked.');
      const before = count();
      const state = window as unknown as { __mark?: Promise<{ painted: number; saved: number }> };
      state.__mark = new Promise((resolve) => {
        let pressed = 0;
        let paintedAt = 0;
        document.addEventListener(
          'keydown',
          (event) => {
            pressed = event.timeStamp;
          },
          { capture: true, once: true },
        );
        const check = () => {
          if (pressed && !paintedAt && painted()) requestAnimationFrame(() => (paintedAt = performance.now() - pressed));
          if (pressed && count() > before) {
            requestAnimationFrame(() => resolve({ painted: paintedAt || performance.now() - pressed, saved: performance.now() - pressed }));
            return;
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, lastWord);
    await page.keyboard.press('m');
    const result = await page.evaluate(() => (window as unknown as { __mark: Promise<{ painted: number; saved: number }> }).__mark);
    samples.push(result.painted);
    saved.push(result.saved);
    await page.close();
  }
  timings.push({
    name: '(b) select with the mouse, press M, highlight painted',
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    samples,
    unit: 'ms',
    note: 'aim: median < 100 ms',
  });
  timings.push({
    name: '(b) … and saved: the server answered, the claim is listed',
    median: percentile(saved, 50),
    p95: percentile(saved, 95),
    samples: saved,
    unit: 'ms',
    note: 'includes the POST to the server',
  });
}

// (c) wheel-scroll the list of 10,000 claims from top to bottom, recording long tasks.
const scroll = await (async () => {
  const page = await context.newPage();
  await page.goto(`${base}/articles/${longList.id}`);
  await page.locator('[data-testid="claim-entry"]').first().waitFor({ timeout: 60_000 });
  // Let loading settle (painting 10,000 highlights is a long task of its own, reported apart).
  await page.waitForTimeout(1500);
  if (process.env.BENCH_NO_HIGHLIGHTS) await page.getByLabel('Show highlights').uncheck();
  await page.evaluate(() => {
    const state = window as unknown as { __longTasks: number[] };
    state.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const aside = page.locator('.workspace__aside');
  const box = await aside.boundingBox();
  if (!box) throw new Error('no sidebar');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const started = Date.now();
  let steps = 0;
  let mostRendered = 0;
  for (; steps < Number(process.env.BENCH_SCROLL_STEPS ?? 5_000); steps += 1) {
    await page.mouse.wheel(0, 1_200);
    const state = await aside.evaluate((element) => ({
      end: element.scrollTop + element.clientHeight >= element.scrollHeight - 2,
      rendered: element.querySelectorAll('[data-claim-entry]').length,
    }));
    mostRendered = Math.max(mostRendered, state.rendered);
    if (state.end && steps > 10) break;
  }
  const seconds = (Date.now() - started) / 1000;
  const last = await page.locator('li[aria-posinset]').last().getAttribute('aria-posinset');
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  return { steps, seconds, mostRendered, lastPosition: Number(last), longTasks };
})();

// (d) initial JavaScript: the entry and every chunk it imports statically, gzipped as Vite reports it.
function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1000;
}
const initialFiles = new Set<string>();
(function walk(key: string) {
  const chunk = manifest[key];
  if (!chunk || initialFiles.has(chunk.file)) return;
  initialFiles.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
})('index.html');
const initialKb = [...initialFiles].reduce((sum, file) => sum + gzipKb(join(clientDir, file)), 0);
const allJsKb = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js'))
  .reduce((sum, chunk) => sum + gzipKb(join(clientDir, chunk.file)), 0);

/** React + react-dom + react-query and nothing else, built by the same Vite in a throwaway directory. */
async function baselineKb(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'sanad-bench-baseline-'));
  try {
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    writeFileSync(join(work, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/main.tsx"></script>');
    writeFileSync(
      join(work, 'main.tsx'),
      [
        "import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';",
        "import { createRoot } from 'react-dom/client';",
        "function App() { const query = useQuery({ queryKey: ['n'], queryFn: async () => 1 }); return <p>{String(query.data)}</p>; }",
        "createRoot(document.getElementById('root')!).render(<QueryClientProvider client={new QueryClient()}><App /></QueryClientProvider>);",
      ].join('\n'),
    );
    const { build } = await import('vite');
    const { default: react } = await import('@vitejs/plugin-react');
    await build({ root: work, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: join(work, 'dist'), manifest: true } });
    const built = JSON.parse(readFileSync(join(work, 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
    return Object.values(built)
      .filter((chunk) => chunk.file.endsWith('.js'))
      .reduce((sum, chunk) => sum + gzipKb(join(work, 'dist', chunk.file)), 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const reactBaselineKb = await baselineKb();

await browser.close();
await new Promise<void>((resolve) => server.close(() => resolve()));
handle.close();
rmSync(dir, { recursive: true, force: true });

// ---------------------------------------------------------------- report
const longest = scroll.longTasks.length === 0 ? 0 : Math.max(...scroll.longTasks);
const sizes = {
  initialJsGzipKb: Number(initialKb.toFixed(2)),
  initialFiles: [...initialFiles],
  allJsGzipKb: Number(allJsKb.toFixed(2)),
  reactBaselineGzipKb: Number(reactBaselineKb.toFixed(2)),
};
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `client-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      chromium: browser.version(),
      timings,
      scroll: { ...scroll, longestTaskMs: longest, claims: LIST_CLAIMS },
      sizes,
    },
    null,
    2,
  ),
);

const pad = (value: string, width: number) => value.padEnd(width);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`\n${pad('client benchmark', 62)} ${pad('median', 11)} ${pad('p95', 11)} note`);
for (const row of timings) {
  console.log(`${pad(row.name, 62)} ${pad(ms(row.median), 11)} ${pad(ms(row.p95), 11)} ${row.note ?? ''}`);
  for (const peer of row.peers ?? []) {
    console.log(`${pad(`   peer: ${peer.name}`, 62)} ${pad(ms(peer.median), 11)} ${pad(ms(peer.p95), 11)} ratio ours/peer ${(row.median / peer.median).toFixed(2)}`);
  }
}
console.log(
  `${pad(`(c) wheel-scroll ${LIST_CLAIMS.toLocaleString('en')} claims to the end`, 62)} longest task ${ms(longest)}, ${scroll.longTasks.length} over 50 ms; ` +
    `≤ ${scroll.mostRendered} entries rendered; reached #${scroll.lastPosition} in ${scroll.steps} wheel steps, ${scroll.seconds.toFixed(1)} s`,
);
console.log(
  `${pad('(d) initial JavaScript, gzip', 62)} ${sizes.initialJsGzipKb.toFixed(1)} kB (${initialFiles.size} files; all chunks ${sizes.allJsGzipKb.toFixed(1)} kB); ` +
    `React + react-dom + react-query alone ${sizes.reactBaselineGzipKb.toFixed(1)} kB; aim < 150 kB`,
);
console.log(`\nRaw figures: ${file}`);
