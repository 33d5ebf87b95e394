/**
 * Peer comparisons for `npm run bench` (issue 7): our authenticated API against
 * a minimal Express app and bare node:http running the same prepared query
 * without auth, measured with autocannon in the same run, interleaved, median
 * of several rounds; and our repositories against raw better-sqlite3
 * prepared statements.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type Database from 'better-sqlite3';
import express from 'express';
import type { Db } from '@sanad/db/client';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { endpointUrl, prepareRequest } from '@sanad/shared/api/endpoint';
import type { Services } from '@sanad/server/services';

/** GET requests per second of one autocannon run (8 connections, 2 s); `path` picks each request's path (default: the URL's). */
export async function throughput(url: string, headers: Record<string, string>, path?: () => string, connections = 8): Promise<number> {
  const result = await autocannon({
    url,
    headers,
    connections,
    duration: 2,
    ...(path ? { requests: [{ method: 'GET' as const, headers, setupRequest: (request: autocannon.Request) => ({ ...request, path: path() }) }] } : {}),
  });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return result.requests.average;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A peer row: ours, the peer, and the ratio ours/peer (higher is better for throughput). */
export interface PeerRow {
  name: string;
  ours: number;
  peer: number;
  unit: string;
  ratio: number;
  aim: string;
}

/** HTTP throughput of our routes against minimal Express and bare node:http peers. */
export async function httpPeers(options: { sqlite: Database.Database; ourBase: string; cookie: string; claimId: number; articleId: number; rounds?: number }): Promise<PeerRow[]> {
  const { sqlite, ourBase, cookie, claimId, articleId } = options;
  const claimById = sqlite.prepare('select * from claims where id = ?');
  const verdictOf = sqlite.prepare('select * from verdicts where claim_id = ?');
  const claimsOf = sqlite.prepare('select * from claims where article_id = ? order by start, "end", id');

  const peerExpress = express();
  peerExpress.get('/claims/:id', (req, res) => {
    const claim = claimById.get(Number(req.params.id));
    res.json({ ...(claim as object), verdict: verdictOf.get(Number(req.params.id)) ?? null });
  });
  peerExpress.get('/articles/:id/claims', (req, res) => {
    res.json({ claims: claimsOf.all(Number(req.params.id)) });
  });
  const expressServer = createServer(peerExpress);
  const expressBase = await listen(expressServer);
  const bareServer = createServer((req, res) => {
    const claimMatch = /^\/claims\/(\d+)$/.exec(req.url ?? '');
    const listMatch = /^\/articles\/(\d+)\/claims$/.exec(req.url ?? '');
    const body = claimMatch
      ? { ...(claimById.get(Number(claimMatch[1])) as object), verdict: verdictOf.get(Number(claimMatch[1])) ?? null }
      : listMatch
        ? { claims: claimsOf.all(Number(listMatch[1])) }
        : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  const bareBase = await listen(bareServer);

  const rounds = options.rounds ?? 3;
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  for (let round = 0; round < rounds; round += 1) {
    // Interleaved: each round measures every contender once, in turn.
    add('ours claim', await throughput(`${ourBase}${endpointUrl(claimEndpoints.get, { id: claimId })}`, { cookie }));
    add('express claim', await throughput(`${expressBase}/claims/${claimId}`, {}));
    add('bare claim', await throughput(`${bareBase}/claims/${claimId}`, {}));
    add('ours list', await throughput(`${ourBase}${endpointUrl(claimEndpoints.list, { id: articleId })}`, { cookie }));
    add('express list', await throughput(`${expressBase}/articles/${articleId}/claims`, {}));
    add('bare list', await throughput(`${bareBase}/articles/${articleId}/claims`, {}));
  }
  for (const server of [expressServer, bareServer]) {
    server.closeAllConnections();
    server.close();
  }
  const m = (key: string) => median(samples[key]!);
  return [
    { name: 'GET /api/claims/:id vs minimal Express', ours: m('ours claim'), peer: m('express claim'), unit: 'req/s', ratio: m('ours claim') / m('express claim'), aim: '≥ 0.6' },
    { name: 'GET /api/claims/:id vs node:http', ours: m('ours claim'), peer: m('bare claim'), unit: 'req/s', ratio: m('ours claim') / m('bare claim'), aim: '' },
    { name: 'GET /api/articles/:id/claims vs minimal Express', ours: m('ours list'), peer: m('express list'), unit: 'req/s', ratio: m('ours list') / m('express list'), aim: '≥ 0.7' },
    { name: 'GET /api/articles/:id/claims vs node:http', ours: m('ours list'), peer: m('bare list'), unit: 'req/s', ratio: m('ours list') / m('bare list'), aim: '' },
  ];
}

interface WriteRound {
  reads: number;
  writes: number;
  preconditionFailed: number;
  otherErrors: number;
  lastError: string;
}

/**
 * B1.4: versioned `PATCH /api/claims/:id` with If-Match on random claims, as
 * many connections as the reads, against `GET /api/claims/:id` on random
 * claims, interleaved. Each connection sends the version the last answer for
 * that claim gave (a shared map), as a client that read before writing would.
 */
async function writeRound(options: { ourBase: string; cookie: string; claimIds: number[]; versions: Map<number, number>; random: () => number }): Promise<WriteRound> {
  const { ourBase, cookie, claimIds, versions, random } = options;
  const pick = () => claimIds[Math.floor(random() * claimIds.length)]!;
  const reads = await throughput(ourBase, { cookie }, () => endpointUrl(claimEndpoints.get, { id: pick() }));
  let counter = 0;
  let lastError = '';
  let preconditionFailed = 0;
  let otherErrors = 0;
  const writes = await autocannon({
    url: ourBase,
    connections: 8,
    duration: 2,
    requests: [
      {
        method: claimEndpoints.update.method,
        setupRequest: (request: autocannon.Request, context: object) => {
          const id = pick();
          (context as { id?: number }).id = id;
          counter += 1;
          const { url, headers, body } = prepareRequest(claimEndpoints.update, {
            params: { id },
            body: { claimant: `bench writer ${counter}` },
            ifMatch: versions.get(id)!,
          });
          return { ...request, path: url, headers: { ...headers, cookie }, body };
        },
        onResponse: (status: number, body: string, context: object, headers: IncomingHttpHeaders | undefined) => {
          // autocannon keeps the header names as sent (ETag).
          const etag = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'etag')?.[1];
          const version = Number(/\d+/.exec(String(etag ?? ''))?.[0]);
          if (status === 200 && Number.isInteger(version)) versions.set((context as { id: number }).id, version);
          else if (status === 412) preconditionFailed += 1;
          else {
            otherErrors += 1;
            lastError = `${status} ${body.slice(0, 200)}`;
          }
        },
      },
    ],
  });
  return { reads, writes: writes.requests.average, preconditionFailed, otherErrors, lastError };
}

/** PATCH throughput against GET, under synchronous=FULL (the app's setting) and NORMAL (for the cost of the fsync). */
export async function writePeers(options: { sqlite: Database.Database; ourBase: string; cookie: string; articleId: number; rounds?: number }): Promise<PeerRow[]> {
  const { sqlite, ourBase, cookie, articleId } = options;
  const rows = sqlite.prepare('select id, version from claims where article_id = ? and status <> ?').all(articleId, 'approved') as { id: number; version: number }[];
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  const claimIds = rows.map((row) => row.id);
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const samples: Record<string, number[]> = {};
  const add = (key: string, value: number) => (samples[key] ??= []).push(value);
  let refused = 0;
  let failed = 0;
  let lastError = '';
  const setting = Number(sqlite.pragma('synchronous', { simple: true }));
  try {
    for (let round = 0; round < (options.rounds ?? 3); round += 1) {
      for (const mode of ['FULL', 'NORMAL'] as const) {
        sqlite.pragma(`synchronous = ${mode}`);
        const result = await writeRound({ ourBase, cookie, claimIds, versions, random });
        add(`read ${mode}`, result.reads);
        add(`write ${mode}`, result.writes);
        refused += result.preconditionFailed;
        failed += result.otherErrors;
        lastError ||= result.lastError;
      }
    }
  } finally {
    sqlite.pragma(`synchronous = ${setting}`);
  }
  if (failed > 0) throw new Error(`PATCH /api/claims/:id: ${failed} answers neither 200 nor 412, e.g. ${lastError}`);
  const m = (key: string) => median(samples[key]!);
  const note = refused > 0 ? ` (${refused} stale writes answered 412)` : '';
  return [
    { name: 'PATCH /api/claims/:id (If-Match) vs GET, random claims', ours: m('write FULL'), peer: m('read FULL'), unit: 'req/s', ratio: m('write FULL') / m('read FULL'), aim: `≥ 0.5${note}` },
    { name: 'PATCH under synchronous=FULL vs NORMAL', ours: m('write FULL'), peer: m('write NORMAL'), unit: 'req/s', ratio: m('write FULL') / m('write NORMAL'), aim: '≥ 0.7' },
  ];
}

/** Time per call of `ours` and of `peer`, in microseconds: batches of `batch` calls, alternating, median of `rounds` each. */
async function perCallPair(ours: () => unknown, peer: () => unknown, batch = 2000, rounds = 5): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round += 1) {
    // Interleaved, and the order swaps each round, so that a busy spell on the machine falls on both.
    const order: [0 | 1, () => unknown][] = round % 2 === 0 ? [[0, ours], [1, peer]] : [[1, peer], [0, ours]];
    for (const [slot, work] of order) {
      const started = performance.now();
      for (let i = 0; i < batch; i += 1) await work();
      times[slot].push(((performance.now() - started) * 1000) / batch);
    }
  }
  return [median(times[0]), median(times[1])];
}

/** Our repositories against raw prepared statements (ratio = ours / raw time: lower is better). */
export async function dataLayerPeers(services: Services, db: Db, sqlite: Database.Database, claimId: number, articleId: number): Promise<PeerRow[]> {
  const { claims } = services.repositories;
  const rawPoint = sqlite.prepare('select * from claims where id = ?');
  const rawList = sqlite.prepare('select * from claims where article_id = ? order by id');
  const rawUpdate = sqlite.prepare('update claims set claimant = ?, updated_at = ?, version = ? where id = ? and version = ? returning *');
  const rawVersion = sqlite.prepare('select version from claims where id = ?');
  const at = new Date().toISOString();
  const [pointOurs, pointRaw] = await perCallPair(
    () => claims.get(db, claimId),
    () => rawPoint.get(claimId),
    2000,
    7,
  );
  const [listOurs, listRaw] = await perCallPair(
    () => claims.listRowsOf(articleId),
    () => rawList.all(articleId),
    20,
    7,
  );
  const version = () => (rawVersion.get(claimId) as { version: number }).version;
  const [updateOurs, updateRaw] = await perCallPair(
    () => claims.update(db, claimId, { claimant: 'bench', updatedAt: at }, version()),
    () => {
      const current = version();
      return rawUpdate.get('bench', at, current + 1, claimId, current);
    },
    500,
    7,
  );
  return [
    { name: 'repository point read vs raw statement', ours: pointOurs, peer: pointRaw, unit: 'µs', ratio: pointOurs / pointRaw, aim: '≤ 1.5' },
    { name: 'repository list (5,000 claims) vs raw statement', ours: listOurs, peer: listRaw, unit: 'µs', ratio: listOurs / listRaw, aim: '≤ 1.5' },
    { name: 'repository versioned update vs raw statement', ours: updateOurs, peer: updateRaw, unit: 'µs', ratio: updateOurs / updateRaw, aim: '≤ 1.5' },
  ];
}
