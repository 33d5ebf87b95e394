import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { createApp } from '../app.ts';
import type { Clock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';

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

/** A real server on a random port around a fresh, migrated SQLite file. */
export interface TestServer {
  url: string;
  handle: DatabaseHandle;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field in tests
  request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse<T>>;
  close(): Promise<void>;
}

/** Starts the app over HTTP on a new SQLite file in a temporary folder. */
export async function startTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-api-'));
  const handle = openDatabase(join(dir, 'test.db'));
  runMigrations(handle);
  const app = createApp({ db: handle.db, clock: testClock(), logger: createLogger('silent') });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    handle,
    async request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${url}${path}`, init);
      const text = await response.text();
      let parsed: unknown = text;
      if (response.headers.get('content-type')?.includes('application/json')) parsed = JSON.parse(text);
      return { status: response.status, headers: response.headers, body: parsed as never };
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
