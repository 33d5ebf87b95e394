/**
 * `npx tsx bench/writes.ts`: only the write rows of `npm run bench` (issue 7,
 * ADR 013, ADR 020): versioned `PATCH /api/claims/:id` against `GET`, one
 * client and 8 connections, under synchronous=FULL and NORMAL. Seeds its
 * claims with raw statements, so that the same script measures any version
 * of the transaction runner; a few minutes quicker than the whole bench.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { spanContext } from '@sanad/shared/text/quote';
import { createApp } from '@sanad/server/app';
import { createServices } from '@sanad/server/services';
import { createLogger } from '@sanad/server/lib/logger';
import { systemClock } from '@sanad/server/lib/clock';
import { startBenchServer } from './api.ts';
import { writePeers } from './peers.ts';
import { summarise, timeAsync } from './stats.ts';

const CLAIMS = 2000;
const fixture = readFileSync(new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');
const text = Array.from({ length: Math.ceil(100_000 / fixture.length) }, () => fixture).join('\n').slice(0, 100_000);

const dir = mkdtempSync(join(tmpdir(), 'sanad-bench-writes-'));
const handle = openDatabase(join(dir, 'bench.db'));
runMigrations(handle);
const services = createServices(handle.db, systemClock, { logger: createLogger('silent'), passwordCost: { N: 2 ** 14, r: 8, p: 1 } });
const benchUser = await services.users.create(null, { name: 'Bench Reviewer', email: 'bench@sanad.test', role: 'reviewer', password: 'bench password' });
const actor = { id: benchUser.id, name: benchUser.name, role: benchUser.role };
const { row: article } = await services.articles.create(actor, { title: 'Benchmark article', text, language: 'ar' });
const words = [...article.text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)];
const stride = Math.floor(words.length / CLAIMS);
const now = new Date().toISOString();
const insertClaim = handle.sqlite.prepare(
  'insert into claims (article_id, start, "end", quote, prefix, suffix, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
handle.sqlite.transaction(() => {
  for (let i = 0; i < CLAIMS; i += 1) {
    const word = words[i * stride]!;
    const start = word.index;
    const end = start + word[0].length;
    const { prefix, suffix } = spanContext(article.text, start, end);
    insertClaim.run(article.id, start, end, word[0], prefix, suffix, benchUser.id, now, now);
  }
})();

const bench = await startBenchServer(createApp({ db: handle.db, clock: systemClock, logger: createLogger('silent'), services }), 'bench@sanad.test', 'bench password');
const { base, cookie, call } = bench;

const target = (handle.sqlite.prepare('select min(id) as id from claims').get() as { id: number }).id;
let version = 1;
for (let i = 0; i < 50; i += 1) await call(claimEndpoints.get, { params: { id: target } });
const readSamples = await timeAsync(300, () => call(claimEndpoints.get, { params: { id: target } }).then(() => undefined));
const patchSamples = await timeAsync(300, async (i) => {
  const response = await call(claimEndpoints.update, { params: { id: target }, body: { claimant: `bench ${i}` }, ifMatch: version });
  version = Number(response.headers.get('etag')?.replace(/\D/g, '') ?? version + 1);
});
const readMedian = summarise('read', readSamples).median;
const patchMedian = summarise('patch', patchSamples).median;
const rows = [
  ...(await writePeers({ sqlite: handle.sqlite, ourBase: base, cookie, articleId: article.id, rounds: Number(process.env.ROUNDS ?? 3) })),
  { name: 'PATCH /api/claims/:id (If-Match) vs GET, one client', ours: 1000 / patchMedian, peer: 1000 / readMedian, unit: 'req/s', ratio: readMedian / patchMedian, aim: '(latency, for reference)' },
];

await bench.close();
await services.pdf.close();
handle.close();
rmSync(dir, { recursive: true, force: true });

const pad = (value: string, width: number) => value.padEnd(width);
console.log(`\n${pad('peer comparison', 52)} ${pad('ours', 14)} ${pad('peer', 14)} ${pad('ratio', 8)} aim`);
for (const row of rows) {
  console.log(`${pad(row.name, 52)} ${pad(`${row.ours.toFixed(1)} ${row.unit}`, 14)} ${pad(`${row.peer.toFixed(1)} ${row.unit}`, 14)} ${pad(row.ratio.toFixed(2), 8)} ${row.aim}`);
}
