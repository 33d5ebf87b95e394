/**
 * Counts failures per key (an account, an address) in a sliding window. After
 * `limit` failures within `windowMs`, further attempts are refused until the
 * oldest failure leaves the window. In memory: one process serves the app.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
  }

  /** Records a failure. */
  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
  }

  /** Forgets a key's failures (after a successful login of that account). */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
