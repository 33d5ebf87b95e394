import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FailureLimiter, memoryFailureLimiter } from './rate-limiter.ts';

// rate-limiter-flexible reads Date.now(); Date alone is faked, its expiry timers stay real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe(FailureLimiter.name, () => {
  it('lets five failures through, then gives the seconds until the window begun by the first one ends', async () => {
    const limiter = memoryFailureLimiter('test', 5, 60_000);
    for (let i = 0; i < 5; i += 1) {
      expect(await limiter.retryAfter('a@example.org')).toBe(0);
      await limiter.fail('a@example.org');
      later(1_000);
    }
    expect(await limiter.retryAfter('a@example.org')).toBe(55);
    later(54_500);
    expect(await limiter.retryAfter('a@example.org')).toBe(1);
    later(500);
    expect(await limiter.retryAfter('a@example.org')).toBe(0);
    await limiter.fail('a@example.org');
    expect(await limiter.retryAfter('a@example.org')).toBe(0);
  });

  it('counts each key apart, and forgets a key that is reset', async () => {
    const limiter = memoryFailureLimiter('test', 2, 60_000);
    await limiter.fail('one');
    await limiter.fail('one');
    await limiter.fail('two');
    expect(await limiter.retryAfter('one')).toBe(60);
    expect(await limiter.retryAfter('two')).toBe(0);
    await limiter.reset('one');
    expect(await limiter.retryAfter('one')).toBe(0);
  });
});
