import pg from 'pg';

/**
 * PostgreSQL's NOTIFY limit on a payload: 8000 bytes with the default build
 * (the payload must be shorter than that). `send` refuses anything longer.
 */
export const NOTIFY_PAYLOAD_LIMIT = 7999;

/** What the channel tells its owner. */
export interface NotifyChannelHandlers {
  /** A payload sent on the channel by any connection (this server's sends included). */
  message(payload: string): void;
  /**
   * The listening connection is (again) listening. `again` is false the first
   * time and true after every reconnect: whatever was sent meanwhile is lost,
   * PostgreSQL keeps no backlog for a connection that was not listening.
   */
  listening(again: boolean): void;
  /** The listening connection failed (it is being reconnected): nothing is heard until `listening(true)`. */
  problem(error: Error): void;
}

/** How quickly a lost listening connection is retried. */
export interface ReconnectBackoff {
  /** The first retry's delay, in milliseconds. */
  initialMs: number;
  /** The longest delay between two retries, in milliseconds. */
  maxMs: number;
}

/** From 100 ms, doubling to at most 10 s. */
export const DEFAULT_BACKOFF: ReconnectBackoff = { initialMs: 100, maxMs: 10_000 };

/** The delay before retry number `attempt` (0-based): exponential, capped, with "full jitter" so servers do not retry in step. */
export function backoffDelay(attempt: number, backoff: ReconnectBackoff = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** An open channel: send on it through the pool; the listening connection is its own. */
export interface NotifyChannel {
  /** Sends `payload` to every connection listening on the channel (on every server), through a pooled connection. */
  send(payload: string): Promise<void>;
  /** The backend process id of the listening connection (null while it is reconnecting): for tests and diagnostics. */
  listenerPid(): number | null;
  /** Stops listening and closes the listening connection (no reconnect after this). */
  close(): Promise<void>;
}

/**
 * Listens on `channel` on one dedicated connection, not a pooled one: a pool
 * hands its connections to other work, and a LISTEN lives and dies with its
 * session. The connection is made with the pool's settings, named
 * `sanad-listen` (`pg_stat_activity.application_name`). When it fails or is
 * ended by the server it is reconnected with backoff, and `listening(true)`
 * says so. A half-open TCP connection is detected by TCP keep-alive.
 *
 * Not usable through a transaction-mode pooler (PgBouncer): LISTEN needs a
 * session of its own (ADR 019, ADR 025).
 */
export function openNotifyChannel(pool: pg.Pool, channel: string, handlers: NotifyChannelHandlers, backoff: ReconnectBackoff = DEFAULT_BACKOFF): NotifyChannel {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`channel name ${channel} must be a plain lower-case identifier`);
  const options = (pool as pg.Pool & { options: pg.PoolConfig }).options;
  let client: pg.Client | null = null;
  let pid: number | null = null;
  let closed = false;
  let connectedBefore = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | null = null;

  const schedule = () => {
    if (closed || retry) return;
    const delay = backoffDelay(attempt, backoff);
    attempt += 1;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
  };

  const lost = (failed: pg.Client, error: Error) => {
    if (client !== failed) return;
    client = null;
    pid = null;
    failed.removeAllListeners('notification');
    // Ending a broken connection cannot fail usefully; its error was reported below.
    failed.end().catch(() => {});
    if (closed) return;
    handlers.problem(error);
    schedule();
  };

  async function connect(): Promise<void> {
    if (closed) return;
    // The pool's own settings (pg-pool keeps the password and an ssl key non-enumerable, so they are named).
    const next = new pg.Client({ ...options, password: options.password, ssl: options.ssl, application_name: 'sanad-listen', keepAlive: true });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the listening connection ended')));
    next.on('notification', (notification) => {
      if (notification.channel === channel && notification.payload !== undefined) handlers.message(notification.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      const result = await next.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      if (client !== next) return;
      pid = result.rows[0]?.pid ?? null;
      attempt = 0;
      const again = connectedBefore;
      connectedBefore = true;
      handlers.listening(again);
    } catch (error) {
      lost(next, error instanceof Error ? error : new Error(String(error)));
    }
  }

  void connect();

  return {
    async send(payload) {
      if (Buffer.byteLength(payload) > NOTIFY_PAYLOAD_LIMIT) throw new Error(`NOTIFY payload of ${Buffer.byteLength(payload)} bytes is over ${NOTIFY_PAYLOAD_LIMIT}`);
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    listenerPid: () => pid,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      retry = null;
      const open = client;
      client = null;
      pid = null;
      if (open) {
        open.removeAllListeners('notification');
        await open.end().catch(() => {});
      }
    },
  };
}
