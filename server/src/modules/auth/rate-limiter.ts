import { createHash } from 'node:crypto';
import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';
import type { RateLimitStoreFactory } from '../../lib/rate-limit-stores.ts';

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

/** Failure limiters on the stores `stores` makes (in memory, or shared in PostgreSQL). */
export function failureLimitersOn(stores: RateLimitStoreFactory): FailureLimiterFactory {
  return (name, limit, windowMs) => {
    const { store, ready } = stores(name, limit, windowMs / 1000);
    return new FailureLimiter(store, ready);
  };
}
