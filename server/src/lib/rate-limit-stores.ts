import type { Backend } from '@sanad/db/backend';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';

/** A rate-limiter-flexible store and when it can be used (RateLimiterPostgres creates its table first). */
export interface RateLimitStore {
  store: RateLimiterAbstract;
  ready: Promise<void>;
}

/** Makes the store `name` allowing `points` per key within `durationSeconds`. */
export type RateLimitStoreFactory = (name: string, points: number, durationSeconds: number) => RateLimitStore;

/** Stores counted in this process's memory (SQLite: one server). */
export const memoryRateLimitStores: RateLimitStoreFactory = (name, points, durationSeconds) => ({
  store: new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
  ready: Promise.resolve(),
});

/**
 * The table RateLimiterPostgres keeps the counts of every limiter in (each
 * key starts with its limiter's name: login failures, fetch quotas). The
 * library creates it on first use (its own `CREATE TABLE IF NOT EXISTS`) and
 * deletes rows expired an hour ago every five minutes; it is not part of the
 * migrations, so the schema-parity test does not see it (ADR 025).
 */
export const PG_LIMITER_TABLE = 'rate_limiter_failures';

/** SQLSTATEs of a `CREATE TABLE IF NOT EXISTS` that lost a race with another one (another server, or another limiter): the table is there. */
const TABLE_RACE_CODES = new Set(['42710', '42P07', '23505']);

/**
 * Stores whose counts live in PostgreSQL, shared by every server on the
 * database. The table is created once per factory, before any store is used:
 * the library's own creation, run by several stores at once, can fail with
 * `type ... already exists` (42710), which it does not expect.
 */
export function pgRateLimitStores(pool: NonNullable<Backend['pool']>): RateLimitStoreFactory {
  const table = new Promise<void>((resolve, reject) => {
    // This store only creates the table (storeType 'pool': the library's name for a pg Pool).
    new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: PG_LIMITER_TABLE, clearExpiredByTimeout: false, points: 1, duration: 1 }, (error?: Error & { code?: string }) =>
      error && !TABLE_RACE_CODES.has(error.code ?? '') ? reject(error) : resolve(),
    );
  });
  // A failed creation is reported by the first use of a store (each awaits `ready`).
  table.catch(() => {});
  let first = true;
  return (name, points, durationSeconds) => {
    // One store is enough to delete expired rows: the cleaning is not per key prefix.
    const store = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: PG_LIMITER_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: first,
      keyPrefix: name,
      points,
      duration: durationSeconds,
    });
    first = false;
    return { store, ready: table };
  };
}
