import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { type Dialect, openBackend } from '@sanad/db/backend';
import type { DatabaseHandle } from '@sanad/db/client';
import { createTestDatabase } from '@sanad/db/pg/test-database';
import type { Role } from '@sanad/shared/permissions';
import type { User } from '@sanad/shared/schemas/user';
import { createApp } from '../app.ts';
import { checkResponse } from './contract.ts';
import type { Clock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import type { ScryptCost } from '../lib/password.ts';
import { type ServiceOptions, type Services, createServices } from '../services.ts';

/** scrypt cost for test accounts: cheap, so suites stay fast (production uses N=2^17). */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
/** The password of every test account. */
export const TEST_PASSWORD = 'correct horse battery';

/** A fixed, steppable clock for tests. */
export function testClock(start = '2026-01-01T00:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A JSON response read by the test helpers. */
export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Request options: extra headers, and `ifMatch` (left out: the current version is read first; null: none is sent). */
export interface RequestOptions {
  headers?: Record<string, string>;
  ifMatch?: string | null;
}

/** Someone making requests: a logged-in user, or nobody. */
export interface TestClient {
  user: User | null;
  cookie: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field in tests
  request<T = any>(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<TestResponse<T>>;
}

/** A real server on a random port around a fresh, migrated database, with one account per role. */
export interface TestServer extends TestClient {
  url: string;
  /** The backend the server runs on: env `TEST_BACKEND=postgres` chooses PostgreSQL, SQLite otherwise. */
  dialect: Dialect;
  /** The PostgreSQL database's URL (PostgreSQL only), for a second server on it (`startTestServer({ sameDatabaseAs })`). */
  databaseUrl: string | null;
  /** The database; `handle.sqlite` (raw SQL in tests) exists on SQLite only and throws on PostgreSQL. */
  handle: DatabaseHandle;
  /**
   * Runs raw SQL on either backend with `?` placeholders, returning its rows
   * (none for a write). Counts come back as numbers on both (PostgreSQL's
   * bigint is parsed); keep the SQL to what both dialects accept.
   */
  query<T = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<T[]>;
  services: Services;
  clock: ReturnType<typeof testClock>;
  users: Record<Role, User>;
  /** A client logged in as the user of this role (or any user by email and password). */
  as(who: Role | { email: string; password: string }): Promise<TestClient>;
  /** A client with no session. */
  anonymous: TestClient;
  /** Creates another account through the admin API. */
  createUser(role: Role, name?: string): Promise<User>;
  close(): Promise<void>;
}

/** The resource whose version governs a write to `path`, for automatic If-Match. */
function governingResource(path: string): string | null {
  const match = /^\/api\/(articles|claims|comments|users)\/(\d+)/.exec(path);
  return match ? `/api/${match[1]}/${match[2]}` : null;
}

/** A resolver for tests: every host name is unknown (IP literals never reach it). */
export const offlineResolver = async (hostname: string): Promise<never> => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (tests resolve no names)`), { code: 'ENOTFOUND' });
};

/** The backend test servers run on: env `TEST_BACKEND=postgres` for PostgreSQL, SQLite otherwise. */
export const TEST_DIALECT: Dialect = process.env.TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

/** Stands in for the raw SQLite connection on PostgreSQL: a test that reaches for it is SQLite-specific. */
const NO_SQLITE = new Proxy({} as Database.Database, {
  get() {
    throw new Error('handle.sqlite is SQLite-only: this test reads the database with raw SQLite calls (TEST_BACKEND=postgres).');
  },
});

/** How a test server starts. */
export interface TestServerOptions {
  clock?: ReturnType<typeof testClock>;
  /**
   * Another test server whose PostgreSQL database this one shares, as a
   * second app server of one deployment would (its own pool, event relay and
   * services; the same accounts). Its database is the first server's: close
   * this one first, the first drops the database.
   */
  sameDatabaseAs?: TestServer;
  /** How often the event relay says this server is alive (PostgreSQL only). */
  liveHeartbeatMs?: number;
  /** The backend, overriding TEST_BACKEND. */
  backend?: Dialect;
  /** The page fetcher's options (tests that serve pages on loopback allow it here: `{ allowForTests: ['loopback'] }`). */
  fetcher?: ServiceOptions['fetcher'];
  /** Fetches allowed per minute (per user, per server). */
  fetchQuota?: ServiceOptions['fetchQuota'];
  /** Storage budget of source snapshots, in bytes. */
  snapshotBudgetBytes?: number;
  /** Limits of the extraction worker threads. */
  extract?: ServiceOptions['extract'];
  /** A built client's folder to serve (its index.html), as the production server does. */
  clientDir?: string;
}

/**
 * Starts the app over HTTP on a fresh database: a new SQLite file in a
 * temporary folder, or (TEST_BACKEND=postgres) a new PostgreSQL database,
  * migrated and dropped on close (or, with `sameDatabaseAs`, the database of
  * another test server). On PostgreSQL the services get the pool, as at
  * start-up: events and login limits span the servers on the database.
  * `backend` overrides TEST_BACKEND, for tests that compare the two (the
  * search parity test).
  */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-api-'));
  const first = options.sameDatabaseAs;
  if (first && !first.databaseUrl) throw new Error('sameDatabaseAs: a second server shares a PostgreSQL database only (TEST_BACKEND=postgres)');
  const pgDatabase = (options.backend ?? TEST_DIALECT) === 'postgres' && !first ? await createTestDatabase('server') : null;
  const databaseUrl = first?.databaseUrl ?? pgDatabase?.url ?? null;
  const backend = openBackend({ databasePath: join(dir, 'test.db'), ...(databaseUrl ? { databaseUrl } : {}) });
  await backend.migrate();
  const handle: DatabaseHandle = backend.sqlite
    ? { db: backend.db, sqlite: backend.sqlite, close: () => void backend.close() }
    : { db: backend.db, sqlite: NO_SQLITE, close: () => void backend.close() };
  const clock = options.clock ?? testClock();
  const logger = createLogger('silent');
  const services = createServices(handle.db, clock, {
    logger,
    passwordCost: TEST_PASSWORD_COST,
    ...(backend.pool ? { pool: backend.pool } : {}),
    ...(options.liveHeartbeatMs ? { liveHeartbeatMs: options.liveHeartbeatMs } : {}),
    // No test reaches real DNS: host names fail as unknown unless a test brings its own resolver.
    fetcher: { resolve: offlineResolver, ...options.fetcher },
    ...(options.fetchQuota ? { fetchQuota: options.fetchQuota } : {}),
    ...(options.snapshotBudgetBytes ? { snapshotBudgetBytes: options.snapshotBudgetBytes } : {}),
    ...(options.extract ? { extract: options.extract } : {}),
  });
  const app = createApp({ db: handle.db, clock, logger, services, clientDir: options.clientDir });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;

  const client = (user: User | null, cookie: string | null): TestClient => {
    const self: TestClient = {
      user,
      cookie,
      async request(method, path, body, requestOptions = {}) {
        const headers: Record<string, string> = { ...requestOptions.headers };
        if (cookie) headers.cookie = cookie;
        const writes = ['PATCH', 'PUT', 'DELETE'].includes(method) || /\/(transitions|anchor\/confirm|double-rating\/resolve)$/.test(path);
        const ifMatch = requestOptions.ifMatch;
        if (writes && ifMatch === undefined) {
          const resource = governingResource(path);
          if (resource) {
            const current = await self.request<{ version?: number }>('GET', resource);
            headers['if-match'] = `"v${current.status === 200 ? (current.body.version ?? 1) : 1}"`;
          }
        } else if (writes && typeof ifMatch === 'string') {
          headers['if-match'] = ifMatch;
        }
        const init: RequestInit = { method, headers };
        if (body !== undefined) {
          init.body = typeof body === 'string' ? body : JSON.stringify(body);
          headers['content-type'] ??= 'application/json';
        }
        const response = await fetch(`${url}${path}`, init);
        const text = await response.text();
        let parsed: unknown = text;
        const contentType = response.headers.get('content-type');
        if (contentType?.includes('application/json')) parsed = JSON.parse(text);
        if (path.startsWith('/api/')) await checkResponse(method, path, response.status, contentType, parsed);
        return { status: response.status, headers: response.headers, body: parsed as never };
      },
    };
    return self;
  };
  const anonymous = client(null, null);

  const login = async (email: string, password: string): Promise<TestClient> => {
    const response = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const session = (await response.json()) as { user: User };
    return client(session.user, cookie);
  };

  const users = first ? first.users : ({} as Record<Role, User>);
  if (!first) {
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      const row = await services.users.create(null, { name: `Test ${role}`, email: `${role}@test.sanad`, role, password: TEST_PASSWORD });
      users[role] = { id: row.id, name: row.name, email: row.email, role: row.role, active: row.active, createdAt: row.createdAt, version: row.version };
    }
  }
  const clients = new Map<Role, TestClient>();
  for (const role of ['reviewer', 'editor', 'admin'] as const) clients.set(role, await login(`${role}@test.sanad`, TEST_PASSWORD));
  const editor = clients.get('editor')!;
  let created = 0;

  return {
    user: editor.user,
    cookie: editor.cookie,
    request: (method, path, body, options) => editor.request(method, path, body, options),
    url,
    dialect: backend.dialect,
    databaseUrl,
    query: <T,>(text: string, ...params: unknown[]) => backend.query<T>(text, params),
    handle,
    services,
    clock,
    users,
    anonymous,
    async as(who) {
      if (typeof who === 'string') return clients.get(who)!;
      return login(who.email, who.password);
    },
    async createUser(role, name) {
      created += 1;
      const response = await clients.get('admin')!.request<User>('POST', '/api/users', {
        name: name ?? `Extra ${role} ${created}`,
        email: `extra-${role}-${created}@test.sanad`,
        role,
        password: TEST_PASSWORD,
      });
      if (response.status !== 201) throw new Error(`createUser: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await services.close();
      await backend.close();
      await pgDatabase?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
