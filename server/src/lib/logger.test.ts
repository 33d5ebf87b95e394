import { describe, expect, it } from 'vitest';
import { type LogLevel, createLogger, isLogLevel } from './logger.ts';

/** A logger at `level` and the lines it wrote. */
function capture(level: LogLevel) {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => lines.push(line) });
  return { logger, lines, events: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe(createLogger.name, () => {
  it('writes one JSON line per event with the level name, an ISO time, the message and the fields', () => {
    const { logger, lines, events } = capture('info');
    logger.info('login', { userId: 7, outcome: 'ok' });
    logger.warn('plain');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('}\n') && line.indexOf('\n') === line.length - 1)).toBe(true);
    expect(events()[0]).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), message: 'login', userId: 7, outcome: 'ok' });
    expect(events()[1]).toEqual({ level: 'warn', time: expect.any(String), message: 'plain' });
  });

  it('never writes passwords, session tokens, cookies or authorization headers (ASVS 16.2.5)', () => {
    const { logger, lines } = capture('debug');
    logger.warn('login failed', {
      email: 'a@example.org',
      password: 'secret password 1',
      body: { currentPassword: 'secret password 2', newPassword: 'secret password 3' },
      token: 'session-token-value',
      headers: { cookie: 'sanad_session=cookie-value', authorization: 'Bearer bearer-value', 'set-cookie': 'sanad_session=set-value' },
      req: { headers: { cookie: 'sanad_session=req-cookie', authorization: 'Basic req-auth' } },
    });
    const text = lines.join('');
    expect(text).not.toMatch(/secret password|session-token-value|cookie-value|bearer-value|set-value|req-cookie|req-auth/);
    expect(JSON.parse(text)).toMatchObject({ email: 'a@example.org', password: '[redacted]', headers: { cookie: '[redacted]' } });
  });

  it('keeps a message with a line break in one escaped line (ASVS 16.4.1)', () => {
    const { logger, lines, events } = capture('info');
    logger.warn('login failed', { email: 'x\n2026-01-01 admin login ok' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd()).not.toContain('\n');
    expect(events()[0]!.email).toBe('x\n2026-01-01 admin login ok');
  });

  it('writes nothing below its level, and says so', () => {
    const { logger, lines } = capture('warn');
    logger.debug('no');
    logger.info('no');
    logger.error('yes');
    expect(lines).toHaveLength(1);
    expect([logger.enabled('debug'), logger.enabled('info'), logger.enabled('warn'), logger.enabled('error')]).toEqual([false, false, true, true]);
    const silent = capture('silent');
    silent.logger.error('no');
    expect(silent.lines).toEqual([]);
    expect(silent.logger.enabled('error')).toBe(false);
  });
});

describe(isLogLevel.name, () => {
  it('accepts the five level names only', () => {
    expect(['debug', 'info', 'warn', 'error', 'silent'].every(isLogLevel)).toBe(true);
    expect(isLogLevel('trace')).toBe(false);
    expect(isLogLevel('constructor')).toBe(false);
    expect(isLogLevel(undefined)).toBe(false);
  });
});
