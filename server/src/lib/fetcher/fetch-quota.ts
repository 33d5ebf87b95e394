import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../app-error.ts';

/** How many pages may be fetched per minute. */
export interface FetchQuotaLimits {
  /** Per user. */
  perUserPerMinute: number;
  /** For the whole server, all users together. */
  perServerPerMinute: number;
}

/** The defaults (ADR 030; `FETCH_PER_USER_PER_MINUTE`, `FETCH_PER_SERVER_PER_MINUTE`). */
export const DEFAULT_FETCH_QUOTA: FetchQuotaLimits = { perUserPerMinute: 20, perServerPerMinute: 120 };

/**
 * Limits how often the server fetches pages, per user and in total, so
 * nobody can use it to hammer a site (or fill its own queue). Counted in this
 * process's memory (rate-limiter-flexible): each server of a deployment
 * allows its own total.
 */
export class FetchQuota {
  private readonly perUser: RateLimiterMemory;
  private readonly perServer: RateLimiterMemory;

  constructor(readonly limits: FetchQuotaLimits = DEFAULT_FETCH_QUOTA) {
    this.perUser = new RateLimiterMemory({ keyPrefix: 'fetch-user', points: limits.perUserPerMinute, duration: 60 });
    this.perServer = new RateLimiterMemory({ keyPrefix: 'fetch-server', points: limits.perServerPerMinute, duration: 60 });
  }

  /** Counts one fetch for `userId`; 429 `fetch_rate_limited` with `Retry-After` when over either limit. */
  async take(userId: number): Promise<void> {
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
