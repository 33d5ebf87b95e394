import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../app-error.ts';
import { type RateLimitStoreFactory, memoryRateLimitStores } from '../rate-limit-stores.ts';

/** How many pages may be fetched per minute. */
export interface FetchQuotaLimits {
  /** Per user. */
  perUserPerMinute: number;
  /** For the whole deployment, all users and servers together. */
  perServerPerMinute: number;
}

/** The defaults (ADR 030; `FETCH_PER_USER_PER_MINUTE`, `FETCH_PER_SERVER_PER_MINUTE`). */
export const DEFAULT_FETCH_QUOTA: FetchQuotaLimits = { perUserPerMinute: 20, perServerPerMinute: 120 };

/**
 * Limits how often the server fetches pages, per user and in total, so
 * nobody can use it to hammer a site (or fill its own queue). Counted with
 * rate-limiter-flexible on the stores given: in memory on SQLite (one
 * server), in PostgreSQL otherwise, where every server of a deployment counts
 * against the same per-user and total limits (ADR 025, ADR 030).
 */
export class FetchQuota {
  private readonly perUser: RateLimiterAbstract;
  private readonly perServer: RateLimiterAbstract;
  private readonly ready: Promise<unknown>;

  constructor(
    readonly limits: FetchQuotaLimits = DEFAULT_FETCH_QUOTA,
    stores: RateLimitStoreFactory = memoryRateLimitStores,
  ) {
    const perUser = stores('fetch-user', limits.perUserPerMinute, 60);
    const perServer = stores('fetch-server', limits.perServerPerMinute, 60);
    this.perUser = perUser.store;
    this.perServer = perServer.store;
    this.ready = Promise.all([perUser.ready, perServer.ready]);
  }

  /** Counts one fetch for `userId`; 429 `fetch_rate_limited` with `Retry-After` when over either limit. */
  async take(userId: number): Promise<void> {
    await this.ready;
    try {
      await this.perUser.consume(String(userId));
    } catch (error) {
      throw refusal(error, `You can fetch ${this.limits.perUserPerMinute} pages a minute; try again shortly.`);
    }
    try {
      await this.perServer.consume('all');
    } catch (error) {
      await this.perUser.reward(String(userId));
      throw refusal(error, 'The server is fetching as many pages as it allows right now; try again shortly.');
    }
  }
}

function refusal(error: unknown, message: string): AppError {
  if (!(error instanceof RateLimiterRes)) throw error;
  return new AppError('fetch_rate_limited', 429, message, [], { retryAfter: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) });
}
