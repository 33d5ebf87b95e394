/**
 * `npm run bench`: measures the workbench core and prints a table; raw
 * figures go to bench/results/<time>.json. Timings are medians and p95s over
 * repeated runs on this machine, reported, never asserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { inTransaction } from '@sanad/db/transaction';
import { claims as claimsTable } from '@sanad/db/schema/index';
import { snapSelection } from '@sanad/shared/text/selection';
import { checkSpan, spanContext } from '@sanad/shared/text/quote';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { reportEndpoints } from '@sanad/shared/api/reports';
import { searchEndpoints } from '@sanad/shared/api/search';
import { summaryEndpoints } from '@sanad/shared/api/summary';
import type { ReportFormat, ReportKind } from '@sanad/shared/schemas/report';
import { createApp } from '@sanad/server/app';
import { startBenchServer } from './api.ts';
import { type BackendRow, httpOnBothBackends, serverProcesses } from './backends.ts';
import { type GrowthRow, growthCurve } from './growth.ts';
import { maintenanceUrl, pgAvailable } from '@sanad/db/pg/test-database';
import { type PeerRow, dataLayerPeers, httpPeers, writePeers } from './peers.ts';
import { type Row, mulberry32, summarise, timeAsync, timeSync } from './stats.ts';
import { createServices } from '@sanad/server/services';
import { planReanchoring } from '@sanad/server/modules/revisions/revisions.service';
import type { ClaimRow } from '@sanad/server/modules/claims/claims.repository';
import { createLogger } from '@sanad/server/lib/logger';
import { systemClock } from '@sanad/server/lib/clock';

const fixture = readFileSync(new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');
const CLAIMS = 5000;
const bigText = Array.from({ length: Math.ceil(200_000 / fixture.length) }, () => fixture).join('\n').slice(0, 200_000);

const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-'));
const handle = openDatabase(join(dir, 'bench.db'));
runMigrations(handle);
const services = createServices(handle.db, systemClock, { logger: createLogger('silent'), passwordCost: { N: 2 ** 14, r: 8, p: 1 } });
const benchUser = await services.users.create(null, { name: 'Bench Reviewer', email: 'bench@sanad.test', role: 'reviewer', password: 'bench password' });
const actor = { id: benchUser.id, name: benchUser.name, role: benchUser.role };
const { row: article } = await services.articles.create(actor, { title: 'Benchmark article', text: bigText, language: 'ar' });
const text = article.text;

// 5,000 claims on word boundaries spread through the text.
const words = [...text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)];
const spans: { start: number; end: number }[] = [];
const stride = Math.floor(words.length / CLAIMS);
for (let i = 0; i < CLAIMS; i += 1) {
  const first = words[i * stride]!;
  const last = words[Math.min(words.length - 1, i * stride + 2)]!;
  spans.push({ start: first.index, end: last.index + last[0].length });
}
const now = new Date().toISOString();
await inTransaction(handle.db, async (tx) => {
  for (const span of spans) {
    await tx.insert(claimsTable).values({
      articleId: article.id,
      start: span.start,
      end: span.end,
      quote: text.slice(span.start, span.end),
      ...spanContext(text, span.start, span.end),
      createdAt: now,
      updatedAt: now,
    });
  }
});

const results: Row[] = [];
let reanchorNote = '';

// Shared text helpers on the 200,000-character Arabic text.
results.push(
  summarise(
    'snapSelection, 200k-char Arabic text',
    timeSync(2000, (i) => {
      const span = spans[i % spans.length]!;
      snapSelection(text, span.start - 1, span.end + 1);
    }),
  ),
);
results.push(
  summarise(
    'checkSpan, 200k-char Arabic text',
    timeSync(2000, (i) => {
      const span = spans[i % spans.length]!;
      checkSpan(text, span.start, span.end, text.slice(span.start, span.end));
    }),
  ),
);

// HTTP, on a real server over loopback.
const bench = await startBenchServer(createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services }), 'bench@sanad.test', 'bench password');
const { base, cookie, call } = bench;

const firstClaimId = (handle.sqlite.prepare('select min(id) as id from claims').get() as { id: number }).id;
for (let i = 0; i < 50; i += 1) await call(claimEndpoints.get, { params: { id: firstClaimId + i } }); // warm-up
results.push(summarise('GET /api/claims/:id', await timeAsync(500, (i) => call(claimEndpoints.get, { params: { id: firstClaimId + (i % CLAIMS) } }).then(() => undefined))));
results.push(
  summarise(
    'GET /api/articles/:id/claims (5,000 claims)',
    await timeAsync(20, () => call(claimEndpoints.list, { params: { id: article.id } }).then(() => undefined)),
  ),
);
results.push(summarise('GET /api/articles/:id (200k chars)', await timeAsync(100, () => call(articleEndpoints.get, { params: { id: article.id } }).then(() => undefined))));
results.push(summarise('GET /api/articles', await timeAsync(200, () => call(articleEndpoints.list).then(() => undefined))));
results.push(
  summarise(
    'PUT /api/claims/:id/verdict',
    await timeAsync(300, async (i) => {
      // Each claim is written once, at version 1, with If-Match as a client sends it.
      await call(claimEndpoints.setVerdict, { params: { id: firstClaimId + i }, body: { rating: 'false', rationale: `Rationale ${i}` }, ifMatch: 1 });
    }),
  ),
);
const freeWords = words.filter((_, index) => index % stride === 1).slice(0, 300);
results.push(
  summarise(
    'POST /api/articles/:id/claims',
    await timeAsync(freeWords.length, (i) => {
      const word = freeWords[i]!;
      return call(claimEndpoints.create, { params: { id: article.id }, body: { start: word.index, end: word.index + word[0].length, quote: word[0] } }).then(() => undefined);
    }),
  ),
);

// Re-anchoring: 1,000 claims in a 200,000-character Arabic article after 100 scattered edits.
{
  const random = mulberry32(2014);
  const claimSpans = Array.from({ length: 1000 }, (_, i) => {
    const first = words[Math.floor((i * words.length) / 1000) + 1]!;
    const last = words[Math.floor((i * words.length) / 1000) + 3]!;
    return { start: first.index, end: last.index + last[0].length };
  });
  // 100 edits, each replacing one word somewhere in the text with another word.
  const replacements = ['المبعوث', 'الوزارة', 'ثلاث', '٢٠١٥', 'Reuters', 'الحكومة', 'قالت'];
  const editWords = new Set<number>();
  while (editWords.size < 100) editWords.add(Math.floor(random() * words.length));
  const edits = [...editWords]
    .sort((a, b) => a - b)
    .map((index) => ({ start: words[index]!.index, end: words[index]!.index + words[index]![0].length, insert: replacements[Math.floor(random() * replacements.length)]! }));
  let edited = '';
  let at = 0;
  for (const edit of edits) {
    edited += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  edited += text.slice(at);
  const shiftBefore = (offset: number) =>
    edits.filter((edit) => edit.end <= offset).reduce((sum, edit) => sum + edit.insert.length - (edit.end - edit.start), 0);
  const rows = claimSpans.map((span, i) => ({
    id: i + 1,
    articleId: 1,
    start: span.start,
    end: span.end,
    quote: text.slice(span.start, span.end),
    ...spanContext(text, span.start, span.end),
    claimant: null,
    anchorStatus: 'anchored',
    anchorRevision: 1,
    previousQuote: null,
    suggestedStart: null,
    suggestedEnd: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  })) as ClaimRow[];
  let plans = planReanchoring(text, edited, rows);
  const samples = timeSync(7, () => {
    plans = planReanchoring(text, edited, rows);
  });
  let untouched = 0;
  let untouchedRight = 0;
  let touched = 0;
  let touchedUnflagged = 0;
  for (const { claim, outcome } of plans) {
    const hit = edits.some((edit) => edit.start < claim.end! && edit.end > claim.start!);
    if (hit) {
      touched += 1;
      if (outcome.status === 'anchored') touchedUnflagged += 1;
    } else {
      untouched += 1;
      const shift = shiftBefore(claim.start!);
      if (outcome.status === 'anchored' && outcome.start === claim.start! + shift && outcome.end === claim.end! + shift) untouchedRight += 1;
    }
  }
  const note = `untouched anchored to the same characters: ${untouchedRight}/${untouched} (${((100 * untouchedRight) / untouched).toFixed(1)}%); touched anchored without a flag: ${touchedUnflagged}/${touched}`;
  reanchorNote = note;
  results.push(summarise('re-anchor 1,000 claims, 200k chars, 100 edits', samples, 'ms', note));
}

// Search over 1,000 articles.
{
  const random = mulberry32(7);
  const paragraphs = fixture.split('\n').filter((line) => line.trim() !== '');
  for (let i = 0; i < 1000; i += 1) {
    const body = Array.from({ length: 3 }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n');
    await services.articles.create(actor, { title: `مقال رقم ${i + 1}`, text: `${body}\nرقم المرجع ${i + 1}`, language: 'ar' });
  }
  for (const query of ['جلستين', 'الامم المتحدة', 'رقم المرجع 500']) {
    for (let i = 0; i < 5; i += 1) await call(searchEndpoints.search, { query: { q: query } });
    results.push(
      summarise(
        `GET /api/search?q=${query} (1,000 articles)`,
        await timeAsync(50, () => call(searchEndpoints.search, { query: { q: query } }).then(() => undefined)),
      ),
    );
  }
}

// Summaries: 50 claims in each of the 1,000 articles above (50,000), verdicts and statuses spread.
{
  const random = mulberry32(11);
  const ratings = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable'];
  const statuses = ['draft', 'draft', 'submitted', 'approved', 'approved', 'changes_requested'];
  const articleRows = handle.sqlite.prepare("select id, text from articles where title like 'مقال رقم %'").all() as { id: number; text: string }[];
  const insertClaim = handle.sqlite.prepare(
    'insert into claims (article_id, start, "end", quote, prefix, suffix, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertVerdict = handle.sqlite.prepare('insert into verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  const copyRating = handle.sqlite.prepare('update claims set rating = ? where id = ?');
  handle.sqlite.transaction(() => {
    for (const article of articleRows) {
      const spans = [...article.text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)].slice(0, 50);
      for (const word of spans) {
        const start = word.index;
        const end = start + word[0].length;
        const claimId = Number(
          insertClaim.run(article.id, start, end, word[0], '', '', statuses[Math.floor(random() * statuses.length)], benchUser.id, now, now).lastInsertRowid,
        );
        if (random() < 0.8) {
          const rating = ratings[Math.floor(random() * ratings.length)]!;
          insertVerdict.run(claimId, rating, 'Bench rationale', benchUser.id, now, now);
          copyRating.run(rating, claimId);
        }
      }
    }
  })();
  const claimCount = (handle.sqlite.prepare('select count(*) as n from claims').get() as { n: number }).n;
  for (let i = 0; i < 3; i += 1) await call(summaryEndpoints.overview);
  results.push(summarise(`GET /api/summary (${articleRows.length} articles, ${claimCount} claims)`, await timeAsync(30, () => call(summaryEndpoints.overview).then(() => undefined))));
  results.push(
    summarise(
      'GET /api/summary?language=ar&verdict=false',
      await timeAsync(30, () => call(summaryEndpoints.overview, { query: { language: 'ar', verdict: 'false' } }).then(() => undefined)),
    ),
  );
  const someArticle = articleRows[0]!.id;
  results.push(summarise('GET /api/articles/:id/summary (50 claims)', await timeAsync(100, () => call(summaryEndpoints.article, { params: { id: someArticle } }).then(() => undefined))));
}

// Exports: an article with 1,000 claims and 3,000 sources, in every report format (time and peak memory).
{
  const exportText = text.slice(0, 60_000);
  const { row: exportArticle } = await services.articles.create(actor, { title: 'Export benchmark', text: exportText, language: 'ar' });
  const exportWords = [...exportText.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)];
  const step = Math.floor(exportWords.length / 1000);
  const insertClaim = handle.sqlite.prepare(
    'insert into claims (article_id, start, "end", quote, prefix, suffix, status, rating, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertVerdict = handle.sqlite.prepare('insert into verdicts (claim_id, rating, rationale, set_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  const insertSource = handle.sqlite.prepare('insert into sources (url, title, publisher, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const insertLink = handle.sqlite.prepare('insert into claim_sources (claim_id, source_id, stance, excerpt, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  const stances = ['supports', 'contradicts', 'context'];
  handle.sqlite.transaction(() => {
    for (let i = 0; i < 1000; i += 1) {
      const word = exportWords[i * step]!;
      const claimId = Number(
        insertClaim.run(exportArticle.id, word.index, word.index + word[0].length, word[0], '', '', 'approved', 'false', benchUser.id, now, now).lastInsertRowid,
      );
      insertVerdict.run(claimId, 'false', `Rationale for claim ${i}: the official record shows otherwise.`, benchUser.id, now, now);
      for (let k = 0; k < 3; k += 1) {
        const sourceId = Number(insertSource.run(`https://example.org/export/${i}/${k}`, `Source ${i}-${k}`, `Publisher ${(i + k) % 50}`, now, now).lastInsertRowid);
        insertLink.run(claimId, sourceId, stances[k], `Excerpt ${i}-${k}`, now, now);
      }
    }
  })();
  // Publishing stores the snapshot the published exports are read from (an editor publishes; the service is called directly).
  handle.sqlite.prepare("UPDATE organisation SET name = 'Bench Desk', url = 'https://bench.example', publish_base_url = 'https://bench.example/fact-checks/'").run();
  const editor = { id: benchUser.id, name: benchUser.name, role: 'editor' as const };
  const publishStarted = performance.now();
  await services.publications.publish(editor, exportArticle.id);
  results.push(summarise('publish (1,000 approved claims, snapshot written)', [performance.now() - publishStarted], 'ms', 'one run: a second publication has nothing new'));
  const exports: [ReportFormat, ReportKind][] = [
    ...(['json', 'md', 'csv', 'w3c', 'html', 'pdf'] as const).map((format): [ReportFormat, ReportKind] => [format, 'draft']),
    ['json', 'published'],
    ['claimreview', 'published'],
  ];
  for (const [format, kind] of exports) {
    const runs = format === 'pdf' ? 3 : 7;
    let peak = 0;
    // How long other requests would wait behind the export (B1.7: p99 of the event loop's delay).
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const samples = await timeAsync(runs, async () => {
      const before = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - before)), 5);
      try {
        // call() reads the whole body and throws on an error status.
        await call(reportEndpoints.download, { params: { id: exportArticle.id }, query: { format, kind } });
      } finally {
        clearInterval(sampler);
      }
    });
    loopDelay.disable();
    const delayP99 = loopDelay.percentile(99) / 1e6;
    results.push(
      summarise(
        `report ${format}${kind === 'published' ? ' published' : ''} (1,000 claims, 3,000 sources)`,
        samples,
        'ms',
        `peak +${Math.round(peak / 1024 / 1024)} MiB RSS; event loop delay p99 ${delayP99.toFixed(0)} ms`,
      ),
    );
  }
  await services.pdf.close();
}

// Peers: HTTP against minimal Express and node:http; repositories against raw statements.
const patchTarget = firstClaimId + 1;
let patchVersion = Number((await call(claimEndpoints.get, { params: { id: patchTarget } })).headers.get('etag')?.replace(/\D/g, '') ?? 1);
const readSamples = await timeAsync(300, () => call(claimEndpoints.get, { params: { id: patchTarget } }).then(() => undefined));
const patchSamples = await timeAsync(300, async (i) => {
  const response = await call(claimEndpoints.update, { params: { id: patchTarget }, body: { claimant: `bench ${i}` }, ifMatch: patchVersion });
  patchVersion = Number(response.headers.get('etag')?.replace(/\D/g, '') ?? patchVersion + 1);
});
const readMedian = summarise('read', readSamples).median;
const patchMedian = summarise('patch', patchSamples).median;
const peerRows: PeerRow[] = [
  ...(await httpPeers({ sqlite: handle.sqlite, ourBase: base, cookie, claimId: firstClaimId, articleId: article.id })),
  ...(await writePeers({ sqlite: handle.sqlite, ourBase: base, cookie, articleId: article.id })),
  { name: 'PATCH /api/claims/:id (If-Match) vs GET, one client', ours: 1000 / patchMedian, peer: 1000 / readMedian, unit: 'req/s', ratio: readMedian / patchMedian, aim: '(latency, for reference)' },
  ...(await dataLayerPeers(services, handle.db, handle.sqlite, firstClaimId, article.id)),
];

await bench.close();
handle.close();
rmSync(dir, { recursive: true, force: true });

// SQLite and PostgreSQL side by side (issue #14): the HTTP calls above on one in-process server each, and
// how the dashboard, search and a claim list grow with the data. BENCH_MAX_CLAIMS sets the top size.
const MAX_CLAIMS = Number(process.env.BENCH_MAX_CLAIMS ?? 1_000_000);
let backendRows: BackendRow[] = [];
let growthRows: GrowthRow[] = [];
const pg = await pgAvailable();
if (pg.available) {
  backendRows = [...(await httpOnBothBackends(bigText)), ...(await serverProcesses(bigText))];
  growthRows = await growthCurve(fixture, MAX_CLAIMS, (line) => console.log(line));
} else {
  console.warn(`PostgreSQL benchmarks did not run: cannot reach ${maintenanceUrl()} (${pg.reason}). Start PostgreSQL 15 or set TEST_PG_URL.`);
}

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const file = new URL(`${new Date().toISOString().replace(/[:.]/g, '-')}.json`, resultsDir);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, results, peers: peerRows, backends: backendRows, growth: growthRows }, null, 2));

const pad = (value: string, width: number) => value.padEnd(width);
console.log(`\n${pad('benchmark', 52)} ${pad('median', 12)} ${pad('p95', 12)} samples`);
for (const row of results) {
  console.log(`${pad(row.name, 52)} ${pad(`${row.median.toFixed(3)} ${row.unit}`, 12)} ${pad(`${row.p95.toFixed(3)} ${row.unit}`, 12)} ${String(row.samples).padEnd(7)} ${row.note ?? ''}`);
}
if (reanchorNote) console.log(`\nRe-anchoring accuracy: ${reanchorNote}`);
console.log(`\n${pad('peer comparison', 52)} ${pad('ours', 14)} ${pad('peer', 14)} ${pad('ratio', 8)} aim`);
for (const row of peerRows) {
  console.log(`${pad(row.name, 52)} ${pad(`${row.ours.toFixed(1)} ${row.unit}`, 14)} ${pad(`${row.peer.toFixed(1)} ${row.unit}`, 14)} ${pad(row.ratio.toFixed(2), 8)} ${row.aim}`);
}
if (backendRows.length > 0) {
  console.log(`\n${pad('SQLite vs PostgreSQL (in-process, then server processes)', 52)} ${pad('SQLite', 14)} ${pad('PostgreSQL', 14)} PG/SQLite`);
  const figure = (value: number, unit: string) => (Number.isNaN(value) ? '—' : `${value.toFixed(unit === 'ms' ? 2 : 0)} ${unit}`);
  for (const row of backendRows) {
    console.log(`${pad(row.name, 52)} ${pad(figure(row.sqlite, row.unit), 14)} ${pad(figure(row.postgres, row.unit), 14)} ${Number.isNaN(row.sqlite) ? '' : (row.postgres / row.sqlite).toFixed(2)}`);
  }
}
if (growthRows.length > 0) {
  console.log(`\n${pad('growth (median ms; BENCH_MAX_CLAIMS=' + MAX_CLAIMS + ')', 52)} ${pad('size', 24)} ${pad('SQLite', 10)} ${pad('PostgreSQL', 10)} aim`);
  for (const row of growthRows) {
    console.log(`${pad(row.what, 52)} ${pad(row.size, 24)} ${pad(row.sqlite.toFixed(1), 10)} ${pad(row.postgres.toFixed(1), 10)} ${row.aim ?? ''}`);
  }
}
console.log(`\nRaw figures: ${file.pathname}`);
