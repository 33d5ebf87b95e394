import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPgDatabase, type PgDatabaseHandle } from './client.ts';
import { NOTIFY_PAYLOAD_LIMIT, type NotifyChannel, backoffDelay, openNotifyChannel } from './notify-channel.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './test-database.ts';

const pgTier = await pgTestTier('db/src/pg/notify-channel.test.ts');

describe(backoffDelay.name, () => {
  it('doubles from the first delay up to the ceiling, each delay jittered between half and all of it', () => {
    const backoff = { initialMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, backoff, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, backoff, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
  });
});

/** Resolves when `check` holds, polling; fails after `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!pgTier)(openNotifyChannel.name, () => {
  let database: TestDatabase;
  let handles: PgDatabaseHandle[];
  let channels: NotifyChannel[];

  beforeEach(async () => {
    database = await createTestDatabase('notify');
    handles = [];
    channels = [];
  });
  afterEach(async () => {
    await Promise.all(channels.map((channel) => channel.close()));
    await Promise.all(handles.map((handle) => handle.close()));
    await database.drop();
  });

  /** A server's pool and its channel, recording what it hears. */
  function server() {
    const handle = openPgDatabase({ url: database.url, onIdleError: () => {} });
    handles.push(handle);
    const heard: string[] = [];
    const listening: boolean[] = [];
    const problems: string[] = [];
    const channel = openNotifyChannel(
      handle.pool,
      'sanad_test',
      { message: (payload) => heard.push(payload), listening: (again) => listening.push(again), problem: (error) => problems.push(error.message) },
      { initialMs: 50, maxMs: 200 },
    );
    channels.push(channel);
    return { handle, channel, heard, listening, problems };
  }

  it('delivers a payload sent through one pool to the listeners of every pool, the sender included, on a connection of its own', async () => {
    const a = server();
    const b = server();
    await until(() => a.listening.length === 1 && b.listening.length === 1);
    expect(a.listening).toEqual([false]);
    await a.channel.send('{"hello":"مرحبا"}');
    await until(() => a.heard.length === 1 && b.heard.length === 1);
    expect(b.heard).toEqual(['{"hello":"مرحبا"}']);
    const { rows } = await a.handle.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'sanad-listen'",
    );
    expect(rows[0]?.n).toBe(2);
    await expect(a.channel.send('x'.repeat(NOTIFY_PAYLOAD_LIMIT + 1))).rejects.toThrow(/over 7999/);
  });

  it('reconnects after its connection is terminated, says so, and hears later payloads', async () => {
    const a = server();
    const b = server();
    await until(() => a.listening.length === 1 && b.listening.length === 1);
    const pid = b.channel.listenerPid();
    expect(pid).toBeTypeOf('number');
    await a.handle.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    await until(() => b.listening.length === 2);
    expect(b.listening).toEqual([false, true]);
    expect(b.problems.length).toBeGreaterThan(0);
    expect(b.channel.listenerPid()).not.toBe(pid);
    await a.channel.send('after');
    await until(() => b.heard.includes('after'));
    expect(b.heard.filter((payload) => payload === 'after')).toEqual(['after']);
  });
});
