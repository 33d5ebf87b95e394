import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failures per key (an account, an address) on a rate-limiter-flexible
 * store. After `points` failures within the store's duration, further attempts
 * are refused until that window, begun by the first failure, ends. The store is
 * the library's interface: in memory while one process serves the app (SQLite);
 * RateLimiterPostgres (same interface) shares the counts between servers.
 * Time is the library's own (`Date.now()`), see ADR 017.
 */
export class FailureLimiter {
  constructor(private readonly store: RateLimiterAbstract) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  async retryAfter(key: string): Promise<number> {
    const counted = await this.store.get(key);
    if (!counted || counted.consumedPoints < this.store.points || counted.msBeforeNext <= 0) return 0;
    return Math.max(1, Math.ceil(counted.msBeforeNext / 1000));
  }

  /** Records a failure. */
  async fail(key: string): Promise<void> {
    await this.store.penalty(key);
  }

  /** Forgets a key's failures (after a successful login of that account). */
  async reset(key: string): Promise<void> {
    await this.store.delete(key);
  }
}

/** A limiter allowing `limit` failures per key within `windowMs`, counted in this process's memory. */
export function memoryFailureLimiter(name: string, limit: number, windowMs: number): FailureLimiter {
  return new FailureLimiter(new RateLimiterMemory({ keyPrefix: name, points: limit, duration: windowMs / 1000 }));
}
