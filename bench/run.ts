/**
 * `npm run bench`: measures the workbench core and prints a table; raw
 * figures go to bench/results/<time>.json. Timings are medians and p95s over
 * repeated runs on this machine, reported, never asserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { inTransaction } from '@sanad/db/transaction';
import { claims as claimsTable } from '@sanad/db/schema/index';
import { snapSelection } from '@sanad/shared/text/selection';
import { checkSpan, spanContext } from '@sanad/shared/text/quote';
import { createApp } from '@sanad/server/app';
import { createLogger } from '@sanad/server/lib/logger';
import { systemClock } from '@sanad/server/lib/clock';
import { ArticlesRepository } from '@sanad/server/modules/articles/articles.repository';
import { ArticlesService } from '@sanad/server/modules/articles/articles.service';

interface Row {
  name: string;
  unit: string;
  median: number;
  p95: number;
  samples: number;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summarise(name: string, samples: number[], unit = 'ms', note?: string): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, unit, median: percentile(sorted, 50), p95: percentile(sorted, 95), samples: samples.length, ...(note ? { note } : {}) };
}

function timeSync(runs: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function timeAsync(runs: number, work: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

const fixture = readFileSync(new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');
const CLAIMS = 5000;
const bigText = Array.from({ length: Math.ceil(200_000 / fixture.length) }, () => fixture).join('\n').slice(0, 200_000);

const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-'));
const handle = openDatabase(join(dir, 'bench.db'));
runMigrations(handle);
const articles = new ArticlesService(handle.db, new ArticlesRepository(handle.db), systemClock);
const article = await articles.create({ title: 'Benchmark article', text: bigText, language: 'ar' });
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
await inTransaction(handle.db, (tx) => {
  for (const span of spans) {
    tx.insert(claimsTable)
      .values({
        articleId: article.id,
        start: span.start,
        end: span.end,
        quote: text.slice(span.start, span.end),
        ...spanContext(text, span.start, span.end),
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
});

const rows: Row[] = [];

// Shared text helpers on the 200,000-character Arabic text.
rows.push(
  summarise(
    'snapSelection, 200k-char Arabic text',
    timeSync(2000, (i) => {
      const span = spans[i % spans.length]!;
      snapSelection(text, span.start - 1, span.end + 1);
    }),
  ),
);
rows.push(
  summarise(
    'checkSpan, 200k-char Arabic text',
    timeSync(2000, (i) => {
      const span = spans[i % spans.length]!;
      checkSpan(text, span.start, span.end, text.slice(span.start, span.end));
    }),
  ),
);

// HTTP, on a real server over loopback.
const app = createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent') });
const server = await new Promise<Server>((resolve) => {
  const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
});
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no address');
const base = `http://127.0.0.1:${address.port}`;

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status}`);
  return response;
}

const firstClaimId = (handle.sqlite.prepare('select min(id) as id from claims').get() as { id: number }).id;
for (let i = 0; i < 50; i += 1) await call('GET', `/api/claims/${firstClaimId + i}`); // warm-up
rows.push(summarise('GET /api/claims/:id', await timeAsync(500, (i) => call('GET', `/api/claims/${firstClaimId + (i % CLAIMS)}`).then(() => undefined))));
rows.push(
  summarise(
    'GET /api/articles/:id/claims (5,000 claims)',
    await timeAsync(20, () => call('GET', `/api/articles/${article.id}/claims`).then(() => undefined)),
  ),
);
rows.push(summarise('GET /api/articles/:id (200k chars)', await timeAsync(100, () => call('GET', `/api/articles/${article.id}`).then(() => undefined))));
rows.push(summarise('GET /api/articles', await timeAsync(200, () => call('GET', '/api/articles').then(() => undefined))));
rows.push(
  summarise(
    'PUT /api/claims/:id/verdict',
    await timeAsync(300, (i) =>
      call('PUT', `/api/claims/${firstClaimId + (i % CLAIMS)}/verdict`, { rating: 'false', rationale: `Rationale ${i}` }).then(() => undefined),
    ),
  ),
);
const freeWords = words.filter((_, index) => index % stride === 1).slice(0, 300);
rows.push(
  summarise(
    'POST /api/articles/:id/claims',
    await timeAsync(freeWords.length, (i) => {
      const word = freeWords[i]!;
      return call('POST', `/api/articles/${article.id}/claims`, { start: word.index, end: word.index + word[0].length, quote: word[0] }).then(() => undefined);
    }),
  ),
);

await new Promise<void>((resolve) => server.close(() => resolve()));
handle.close();
rmSync(dir, { recursive: true, force: true });

const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const file = new URL(`${new Date().toISOString().replace(/[:.]/g, '-')}.json`, resultsDir);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));

const pad = (value: string, width: number) => value.padEnd(width);
console.log(`\n${pad('benchmark', 48)} ${pad('median', 10)} ${pad('p95', 10)} samples`);
for (const row of rows) {
  console.log(`${pad(row.name, 48)} ${pad(`${row.median.toFixed(3)} ${row.unit}`, 10)} ${pad(`${row.p95.toFixed(3)} ${row.unit}`, 10)} ${row.samples}`);
}
console.log(`\nRaw figures: ${file.pathname}`);
