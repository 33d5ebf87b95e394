import { createHash } from 'node:crypto';
import type { Backend } from '@sanad/db/backend';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';

/**
 * Counts failures per key (an account, an address) on a rate-limiter-flexible
 * store. After `points` failures within the store's duration, further attempts
 * are refused until that window, begun by the first failure, ends. The store is
 * the library's interface: in memory while one process serves the app (SQLite);
 * RateLimiterPostgres (same interface) shares the counts between servers.
 * Time is the library's own (`Date.now()`), see ADR 017.
 */
export class FailureLimiter {
  /** `ready` settles when the store can be used (RateLimiterPostgres creates its table first). */
  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly ready: Promise<void> = Promise.resolve(),
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  async retryAfter(key: string): Promise<number> {
    await this.ready;
    const counted = await this.store.get(storeKey(key));
    if (!counted || counted.consumedPoints < this.store.points || counted.msBeforeNext <= 0) return 0;
    return Math.max(1, Math.ceil(counted.msBeforeNext / 1000));
  }

  /** Records a failure. */
  async fail(key: string): Promise<void> {
    await this.ready;
    await this.store.penalty(storeKey(key));
  }

  /** Forgets a key's failures (after a successful login of that account). */
  async reset(key: string): Promise<void> {
    await this.ready;
    await this.store.delete(storeKey(key));
  }
}

/**
 * The key as stored: as given up to 200 characters, else its SHA-256. The
 * PostgreSQL table's key is varchar(255), prefix included, and an address or
 * an email typed at the login form has no length limit of its own there.
 */
export function storeKey(key: string): string {
  return key.length <= 200 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** Makes the limiter `name` allowing `limit` failures per key within `windowMs`. */
export type FailureLimiterFactory = (name: string, limit: number, windowMs: number) => FailureLimiter;

/** A limiter allowing `limit` failures per key within `windowMs`, counted in this process's memory. */
export function memoryFailureLimiter(name: string, limit: number, windowMs: number): FailureLimiter {
  return new FailureLimiter(new RateLimiterMemory({ keyPrefix: name, points: limit, duration: windowMs / 1000 }));
}

/**
 * The table RateLimiterPostgres keeps the counts of every limiter in (each
 * key starts with its limiter's name). The library creates it on first use
 * (its own `CREATE TABLE IF NOT EXISTS`) and deletes rows expired an hour ago
 * every five minutes; it is not part of the migrations, so the
 * schema-parity test does not see it (ADR 025).
 */
export const PG_LIMITER_TABLE = 'rate_limiter_failures';

/** SQLSTATEs of a `CREATE TABLE IF NOT EXISTS` that lost a race with another one (another server, or another limiter): the table is there. */
const TABLE_RACE_CODES = new Set(['42710', '42P07', '23505']);

/**
 * Limiters whose counts live in PostgreSQL, shared by every server on the
 * database: five failures through server A and B together reach the limit.
 * The table is created once per factory, before any limiter is used: the
 * library's own creation, run by several limiters at once, can fail with
 * `type ... already exists` (42710), which it does not expect.
 */
export function pgFailureLimiters(pool: NonNullable<Backend['pool']>): FailureLimiterFactory {
  const table = new Promise<void>((resolve, reject) => {
    // This store only creates the table (storeType 'pool': the library's name for a pg Pool).
    new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: PG_LIMITER_TABLE, clearExpiredByTimeout: false, points: 1, duration: 1 }, (error?: Error & { code?: string }) =>
      error && !TABLE_RACE_CODES.has(error.code ?? '') ? reject(error) : resolve(),
    );
  });
  // A failed creation is reported by the first login that uses a limiter (FailureLimiter awaits it).
  table.catch(() => {});
  let first = true;
  return (name, limit, windowMs) => {
    // One store is enough to delete expired rows: the cleaning is not per key prefix.
    const store = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: PG_LIMITER_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: first,
      keyPrefix: name,
      points: limit,
      duration: windowMs / 1000,
    });
    first = false;
    return new FailureLimiter(store, table);
  };
}
