/**
 * How the cost of the dashboard, search and an article's claim list grows with
 * the data (issue #14), on SQLite and PostgreSQL in the same run. Rows are
 * bulk-loaded with raw multi-row INSERTs (not through HTTP, which would take
 * hours at a million claims); the timed calls go through the real app over
 * HTTP. Two databases per backend: one with claims on 1,000 articles (the
 * dashboard lists every article, so its size must stay a dashboard's), one
 * with articles to search (as many articles as the step has claims).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, type Dialect, openBackend } from '@sanad/db/backend';
import { createTestDatabase, type TestDatabase } from '@sanad/db/pg/test-database';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { searchEndpoints } from '@sanad/shared/api/search';
import { summaryEndpoints } from '@sanad/shared/api/summary';
import { searchForm } from '@sanad/shared/text/search-form';
import { createApp } from '@sanad/server/app';
import { systemClock } from '@sanad/server/lib/clock';
import { createLogger } from '@sanad/server/lib/logger';
import { wordsOnly } from '@sanad/server/modules/search/search.repository';
import { type Services, createServices } from '@sanad/server/services';
import { type BenchServer, startBenchServer } from './api.ts';
import { mulberry32, summarise, timeAsync } from './stats.ts';

/** Articles the claims are spread over (the dashboard lists each one). */
const CLAIM_ARTICLES = 1000;
/** Claims of the first article, whose list is timed at every size. */
const LISTED_CLAIMS = 100;
const RATINGS = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable'];
const STATUSES = ['draft', 'draft', 'submitted', 'approved', 'approved', 'changes_requested'];

/** One backend's database with a server on it and a bulk loader. */
export interface Bench {
  dialect: Dialect;
  backend: Backend;
  server: BenchServer;
  userId: number;
  services: Services;
  /** Where the data lives, for server processes started on it: the SQLite file, or the PostgreSQL URL. */
  database: string | { databaseUrl: string };
  /** Inserts rows with multi-row INSERTs (SQLite: in one transaction). */
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
}

/** A fresh database of `dialect` (a PostgreSQL one is dropped on close), migrated, with an editor logged in over HTTP. */
export async function openBench(dialect: Dialect, name: string): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), `sanad-growth-${name}-`));
  const pgDatabase: TestDatabase | null = dialect === 'postgres' ? await createTestDatabase(`bench_${name}`) : null;
  const backend = openBackend({ databasePath: join(dir, 'growth.db'), ...(pgDatabase ? { databaseUrl: pgDatabase.url } : {}) });
  await backend.migrate();
  const logger = createLogger('silent');
  const services = createServices(backend.db, systemClock, { logger, passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
  const user = await services.users.create(null, { name: 'Growth Editor', email: 'growth@sanad.test', role: 'editor', password: 'bench password' });
  const server = await startBenchServer(createApp({ db: backend.db, clock: systemClock, logger, services }), 'growth@sanad.test', 'bench password');
  // Statements of at most ~30,000 parameters (SQLite's default limit is 32,766; PostgreSQL's 65,535).
  const insert = async (table: string, columns: string[], rows: unknown[][]) => {
    const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
    const head = `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `;
    if (backend.sqlite) {
      const sqlite = backend.sqlite;
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      sqlite.transaction(() => {
        for (let at = 0; at < rows.length; at += perStatement) {
          const batch = rows.slice(at, at + perStatement);
          sqlite.prepare(head + batch.map(() => tuple).join(', ')).run(...batch.flat());
        }
      })();
      return;
    }
    for (let at = 0; at < rows.length; at += perStatement) {
      const batch = rows.slice(at, at + perStatement);
      let n = 0;
      const values = batch.map(() => `(${columns.map(() => `$${(n += 1)}`).join(', ')})`).join(', ');
      await backend.pool!.query(head + values, batch.flat());
    }
  };
  return {
    dialect,
    backend,
    server,
    userId: user.id,
    services,
    database: pgDatabase ? { databaseUrl: pgDatabase.url } : join(dir, 'growth.db'),
    insert,
    async close() {
      await server.close();
      await services.pdf.close();
      await backend.close();
      await pgDatabase?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** After a bulk load: PostgreSQL's planner statistics and visibility map, as autovacuum would leave them; SQLite's ANALYZE. */
export async function settle(bench: Bench): Promise<void> {
  if (bench.dialect === 'postgres') {
    for (const table of ['articles', 'claims', 'verdicts', 'search_docs', 'search_fts']) await bench.backend.query(`VACUUM ANALYZE ${table}`);
    for (const table of ['articles', 'claims', 'search_docs']) await bench.backend.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  } else {
    bench.backend.sqlite!.exec('ANALYZE');
  }
}

/** One line of the growth table. */
export interface GrowthRow {
  what: string;
  size: string;
  sqlite: number;
  postgres: number;
  aim?: string;
}

/**
 * Loads both backends step by step up to `maxClaims` (10k, 100k, 1M, ...) and
 * times the dashboard, search and a claim list at each step.
 */
export async function growthCurve(fixture: string, maxClaims: number, log: (line: string) => void = () => {}): Promise<GrowthRow[]> {
  const sizes = [10_000, 100_000, 1_000_000, 10_000_000].filter((size) => size <= maxClaims);
  const sentences = fixture
    .split(/(?<=[.،؛])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
  const dialects: Dialect[] = ['sqlite', 'postgres'];
  const claimsDb = new Map<Dialect, Bench>();
  const searchDb = new Map<Dialect, Bench>();
  for (const dialect of dialects) {
    claimsDb.set(dialect, await openBench(dialect, 'claims'));
    searchDb.set(dialect, await openBench(dialect, 'search'));
  }
  const now = new Date().toISOString();
  const rows: GrowthRow[] = [];
  let claimsLoaded = 0;
  let articlesLoaded = 0;
  try {
    // The 1,000 articles the claims belong to, the same on both backends.
    for (const bench of claimsDb.values()) {
      await bench.insert(
        'articles',
        ['id', 'title', 'text', 'language', 'direction', 'created_at', 'updated_at'],
        Array.from({ length: CLAIM_ARTICLES }, (_, i) => [i + 1, `مقال رقم ${i + 1}`, sentences[i % sentences.length]!, 'ar', 'rtl', now, now]),
      );
    }
    for (const size of sizes) {
      const started = performance.now();
      // Claims up to `size`: the first article holds LISTED_CLAIMS, the others share the rest; 80% have a verdict.
      const random = mulberry32(size);
      const claimRows: unknown[][] = [];
      const verdictRows: unknown[][] = [];
      for (let id = claimsLoaded + 1; id <= size; id += 1) {
        const articleId = id <= LISTED_CLAIMS ? 1 : 2 + (id % (CLAIM_ARTICLES - 1));
        const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
        const rating = random() < 0.8 ? RATINGS[Math.floor(random() * RATINGS.length)]! : null;
        claimRows.push([id, articleId, id, id + 6, 'استأنف', '', ' مؤتمر', status, rating, 1, now, now]);
        if (rating) verdictRows.push([id, rating, 'Bench rationale', 1, now, now]);
      }
      // Articles to search up to `size`, each two sentences and a reference number.
      const articleRows: unknown[][] = [];
      const docRows: unknown[][] = [];
      const bodies: string[] = [];
      for (let id = articlesLoaded + 1; id <= size; id += 1) {
        const title = `تقرير رقم ${id}`;
        const text = `${sentences[Math.floor(random() * sentences.length)]!} ${sentences[Math.floor(random() * sentences.length)]!}\nرقم المرجع ${id}`;
        articleRows.push([id, title, text, 'ar', 'rtl', now, now]);
        docRows.push([2 * id - 1, 'article', id, 'title', id], [2 * id, 'article', id, 'text', id]);
        bodies.push(searchForm(title), searchForm(text));
      }
      for (const dialect of dialects) {
        const claimsBench = claimsDb.get(dialect)!;
        await claimsBench.insert('claims', ['id', 'article_id', 'start', 'end', 'quote', 'prefix', 'suffix', 'status', 'rating', 'created_by', 'created_at', 'updated_at'], claimRows);
        await claimsBench.insert('verdicts', ['claim_id', 'rating', 'rationale', 'set_by', 'created_at', 'updated_at'], verdictRows);
        await settle(claimsBench);
        const searchBench = searchDb.get(dialect)!;
        await searchBench.insert('articles', ['id', 'title', 'text', 'language', 'direction', 'created_at', 'updated_at'], articleRows);
        await searchBench.insert('search_docs', ['id', 'kind', 'ref_id', 'field', 'article_id'], docRows);
        // The index body as the search repository writes it on each backend.
        const first = 2 * articlesLoaded + 1;
        await searchBench.insert(
          'search_fts',
          ['rowid', 'body'],
          bodies.map((body, i) => [first + i, dialect === 'postgres' ? wordsOnly(body) : body]),
        );
        await settle(searchBench);
      }
      claimsLoaded = size;
      articlesLoaded = size;
      const label = `${size.toLocaleString('en')} claims | articles`;
      log(`growth: loaded ${label} on both in ${((performance.now() - started) / 1000).toFixed(0)} s`);

      const measure = async (what: string, runs: number, aim: string | undefined, call: (server: BenchServer, i: number) => Promise<unknown>) => {
        const medians: Record<Dialect, number> = { sqlite: 0, postgres: 0 };
        // Interleaved: a run on one backend, then the other, so noise falls on both.
        for (const dialect of dialects) for (let i = 0; i < 3; i += 1) await call(pick(what, dialect).server, i); // warm-up
        const samples: Record<Dialect, number[]> = { sqlite: [], postgres: [] };
        for (let i = 0; i < runs; i += 1) {
          for (const dialect of dialects) samples[dialect].push(...(await timeAsync(1, () => call(pick(what, dialect).server, i).then(() => undefined))));
        }
        for (const dialect of dialects) medians[dialect] = summarise(what, samples[dialect]).median;
        rows.push({ what, size: label, sqlite: medians.sqlite, postgres: medians.postgres, ...(aim ? { aim } : {}) });
      };
      const pick = (what: string, dialect: Dialect) => (what.startsWith('GET /api/search') ? searchDb : claimsDb).get(dialect)!;
      const summaryRuns = size >= 1_000_000 ? 5 : 15;
      await measure(`GET /api/summary (${CLAIM_ARTICLES.toLocaleString('en')} articles)`, summaryRuns, 'PostgreSQL < 100 ms at 1M claims', (server) =>
        server.call(summaryEndpoints.overview),
      );
      await measure('GET /api/summary?verdict=false&status=approved', summaryRuns, undefined, (server) =>
        server.call(summaryEndpoints.overview, { query: { verdict: 'false', status: 'approved' } }),
      );
      await measure(`GET /api/articles/:id/claims (${LISTED_CLAIMS} claims)`, 30, undefined, (server) => server.call(claimEndpoints.list, { params: { id: 1 } }));
      await measure('GET /api/search?q=رقم المرجع <n> (one article)', 30, 'both < 50 ms at 100k articles', (server, i) =>
        server.call(searchEndpoints.search, { query: { q: `رقم المرجع ${1 + ((i * 7919) % size)}` } }),
      );
      await measure('GET /api/search?q=الامم المتحدة (common words)', 15, 'both < 50 ms at 100k articles', (server) =>
        server.call(searchEndpoints.search, { query: { q: 'الامم المتحدة' } }),
      );
    }
  } finally {
    for (const bench of [...claimsDb.values(), ...searchDb.values()]) await bench.close();
  }
  return rows;
}
