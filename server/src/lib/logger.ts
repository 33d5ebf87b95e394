import { type DestinationStream, type LoggerOptions, pino } from 'pino';

/** Log levels in increasing order of severity. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** A structured logger: one JSON line per event. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** True when messages at `level` are written (so callers can skip building them). */
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
}

/** Field names whose values never reach a log line (ASVS 16.2.5). */
const SECRET_FIELDS = ['password', 'currentPassword', 'newPassword', 'token', 'sessionId', 'cookie', 'authorization'];

/**
 * What pino redacts: the secret fields at the top of an event, in a logged
 * request body, and the headers that carry a session (in case a request, a
 * response or their headers are ever logged). Named paths only: a wildcard
 * (`*.password`) costs about 23 µs a line here, more than writing the line (ADR 017).
 */
export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `body.${field}`),
  ...['headers', 'req.headers', 'res.headers'].flatMap((at) => [`${at}.cookie`, `${at}.authorization`, `${at}["set-cookie"]`]),
];

/** Our line shape on pino: `{ level: "info", time: ISO, message, ...fields }`, no pid or host name. */
const OPTIONS: LoggerOptions = {
  base: undefined,
  messageKey: 'message',
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
};

/**
 * A pino logger at or above `level`, writing one JSON line per event: debug
 * and info to stdout, warn and error to stderr (or everything to
 * `destination`, which tests pass to read the lines).
 */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const streams =
    destination ??
    pino.multistream(
      [
        { level: 'debug', stream: pino.destination({ fd: 1, sync: true }) },
        { level: 'warn', stream: pino.destination({ fd: 2, sync: true }) },
      ],
      { dedupe: true },
    );
  const log = pino({ ...OPTIONS, level }, streams);
  const write = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (fields === undefined) log[at](message);
    else log[at](fields, message);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    enabled: (at) => log.isLevelEnabled(at),
  };
}

/** True when `value` names a log level. */
export function isLogLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && (LEVELS as readonly string[]).includes(value);
}
