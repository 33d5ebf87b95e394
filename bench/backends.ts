/**
 * The HTTP figures of `npm run bench` on both backends in the same run
 * (issue #14, B1.8): one in-process server on a fresh SQLite file, then one
 * on a fresh PostgreSQL database, each with the same 200,000-character Arabic
 * article and 5,000 claims, the same calls, interleaved backend by backend.
 */
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import type { Dialect } from '@sanad/db/backend';
import { type Bench, openBench, settle } from './growth.ts';
import { freePort, loginCookie, startChild, stopChild, type ChildServer } from '@sanad/server/durability/child-server';
import { throughput } from './peers.ts';
import { summarise, timeAsync } from './stats.ts';

/** One call measured on both backends: medians (ms) or throughput (req/s). */
export interface BackendRow {
  name: string;
  unit: 'ms' | 'req/s';
  sqlite: number;
  postgres: number;
}

const CLAIMS = 5000;

/** Loads the article and its claims (bulk, as growth.ts does) and returns the ids to call. */
async function load(bench: Bench, text: string): Promise<{ articleId: number; claimIds: number[] }> {
  const actor = { id: bench.userId, name: 'Growth Editor', role: 'editor' as const };
  const { row: article } = await bench.services.articles.create(actor, { title: 'Benchmark article', text, language: 'ar' });
  const words = [...text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)];
  const stride = Math.floor(words.length / CLAIMS);
  const now = new Date().toISOString();
  const rows = Array.from({ length: CLAIMS }, (_, i) => {
    const first = words[i * stride]!;
    const last = words[Math.min(words.length - 1, i * stride + 2)]!;
    const start = first.index;
    const end = last.index + last[0].length;
    return [i + 1, article.id, start, end, text.slice(start, end), text.slice(Math.max(0, start - 32), start), text.slice(end, end + 32), bench.userId, now, now];
  });
  await bench.insert('claims', ['id', 'article_id', 'start', 'end', 'quote', 'prefix', 'suffix', 'created_by', 'created_at', 'updated_at'], rows);
  await settle(bench);
  return { articleId: article.id, claimIds: rows.map((row) => row[0] as number) };
}

/** Times the main HTTP calls of bench/run.ts on SQLite and PostgreSQL, interleaved per call. */
export async function httpOnBothBackends(text: string): Promise<BackendRow[]> {
  const dialects: Dialect[] = ['sqlite', 'postgres'];
  const benches = new Map<Dialect, Bench>();
  const ids = new Map<Dialect, { articleId: number; claimIds: number[] }>();
  try {
    for (const dialect of dialects) {
      const bench = await openBench(dialect, 'http');
      benches.set(dialect, bench);
      ids.set(dialect, await load(bench, text));
    }
    const rows: BackendRow[] = [];
    const timed = async (name: string, runs: number, call: (bench: Bench, at: { articleId: number; claimIds: number[] }, i: number) => Promise<unknown>) => {
      const medians = {} as Record<Dialect, number>;
      for (const dialect of dialects) {
        const bench = benches.get(dialect)!;
        for (let i = 0; i < 5; i += 1) await call(bench, ids.get(dialect)!, i); // warm-up
        medians[dialect] = summarise(name, await timeAsync(runs, (i) => call(bench, ids.get(dialect)!, i + 5).then(() => undefined))).median;
      }
      rows.push({ name, unit: 'ms', sqlite: medians.sqlite, postgres: medians.postgres });
    };
    await timed('GET /api/claims/:id', 300, (bench, at, i) => bench.server.call(claimEndpoints.get, { params: { id: at.claimIds[i % CLAIMS]! } }));
    await timed(`GET /api/articles/:id/claims (${CLAIMS.toLocaleString('en')} claims)`, 15, (bench, at) => bench.server.call(claimEndpoints.list, { params: { id: at.articleId } }));
    await timed('GET /api/articles/:id (200k chars)', 50, (bench, at) => bench.server.call(articleEndpoints.get, { params: { id: at.articleId } }));
    await timed('GET /api/articles', 100, (bench) => bench.server.call(articleEndpoints.list));
    // Each claim written once, at version 1, as a client sends it; then a PATCH of other claims.
    await timed('PUT /api/claims/:id/verdict', 200, (bench, at, i) =>
      bench.server.call(claimEndpoints.setVerdict, { params: { id: at.claimIds[i]! }, body: { rating: 'false', rationale: `Rationale ${i}` }, ifMatch: 1 }),
    );
    await timed('PATCH /api/claims/:id (If-Match)', 200, (bench, at, i) =>
      bench.server.call(claimEndpoints.update, { params: { id: at.claimIds[1000 + i]! }, body: { claimant: `bench ${i}` }, ifMatch: 1 }),
    );
    // Throughput with 8 connections (autocannon, 2 s), backends alternating, median of 3.
    const rounds: Record<Dialect, number[]> = { sqlite: [], postgres: [] };
    for (let round = 0; round < 3; round += 1) {
      for (const dialect of dialects) {
        const bench = benches.get(dialect)!;
        rounds[dialect].push(await throughput(`${bench.server.base}${endpointUrl(claimEndpoints.get, { id: ids.get(dialect)!.claimIds[7]! })}`, { cookie: bench.server.cookie }));
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    rows.push({ name: 'GET /api/claims/:id, 8 connections', unit: 'req/s', sqlite: median(rounds.sqlite), postgres: median(rounds.postgres) });
    return rows;
  } finally {
    for (const bench of benches.values()) await bench.close();
  }
}

/**
 * Real server processes, as deployments run them: one process on SQLite, one
 * on PostgreSQL, and two processes on the same PostgreSQL database sharing the
 * load (4 connections each, at the same time), all on the same data. Each
 * figure is the median of three 2-second autocannon runs of GET /api/claims/:id
 * over the claims in turn. On this 2-core machine the load generator and the
 * servers share the cores, so two processes cannot double the throughput:
 * the figure shows what the second server costs or gains here.
 */
export async function serverProcesses(text: string): Promise<BackendRow[]> {
  const children: ChildServer[] = [];
  const benches: Bench[] = [];
  try {
    const start = async (bench: Bench) => {
      const child = await startChild(bench.database, await freePort());
      children.push(child);
      return { url: child.url, cookie: await loginCookie(child.url) };
    };
    const sqlite = await openBench('sqlite', 'procs');
    benches.push(sqlite);
    const sqliteIds = await load(sqlite, text);
    const postgres = await openBench('postgres', 'procs');
    benches.push(postgres);
    const pgIds = await load(postgres, text);
    const one = { sqlite: await start(sqlite), postgres: await start(postgres) };
    const second = await start(postgres);
    let turn = 0;
    const path = (ids: number[]) => () => endpointUrl(claimEndpoints.get, { id: ids[(turn += 1) % ids.length]! });
    const rounds = { sqlite: [] as number[], postgres: [] as number[], both: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      rounds.sqlite.push(await throughput(one.sqlite.url, { cookie: one.sqlite.cookie }, path(sqliteIds.claimIds)));
      rounds.postgres.push(await throughput(one.postgres.url, { cookie: one.postgres.cookie }, path(pgIds.claimIds)));
      const split = await Promise.all([
        throughput(one.postgres.url, { cookie: one.postgres.cookie }, path(pgIds.claimIds), 4),
        throughput(second.url, { cookie: second.cookie }, path(pgIds.claimIds), 4),
      ]);
      rounds.both.push(split[0] + split[1]);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    return [
      { name: 'GET claim, 1 server process, 8 connections', unit: 'req/s', sqlite: median(rounds.sqlite), postgres: median(rounds.postgres) },
      { name: 'GET claim, 2 processes on one PG, 4+4 conns', unit: 'req/s', sqlite: Number.NaN, postgres: median(rounds.both) },
    ];
  } finally {
    for (const child of children) await stopChild(child, 'SIGTERM');
    for (const bench of benches) await bench.close();
  }
}
