import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEvent, ArticleRefetch, Presence } from '@sanad/shared/schemas/queue';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { takeEvents } from '../../test/sse.ts';
import { TEST_DIALECT, type TestServer, startTestServer } from '../../test/test-server.ts';

/** An open server-sent event stream, read in the background. */
interface Stream {
  events: { name: string; data: unknown }[];
  /** Resolves with the first event (from `from` on) that `match` accepts; fails after `ms`. */
  next(match: (event: { name: string; data: unknown }) => boolean, from?: number, ms?: number): Promise<{ name: string; data: unknown }>;
  close(): Promise<void>;
}

async function openStream(server: TestServer, cookie: string, articleId: number): Promise<Stream> {
  const response = await fetch(`${server.url}/api/articles/${articleId}/events`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: { name: string; data: unknown }[] = [];
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done || !value) return;
      const taken = takeEvents(buffer + decoder.decode(value, { stream: true }));
      events.push(...taken.events);
      buffer = taken.rest;
    }
  })();
  return {
    events,
    async next(match, from = 0, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = events.slice(from).find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await reader.cancel().catch(() => {});
      await reading;
    },
  };
}

const isChange = (type: ArticleEvent['type'], change: ArticleEvent['change']) => (event: { name: string; data: unknown }) =>
  event.name === 'change' && (event.data as ArticleEvent).type === type && (event.data as ArticleEvent).change === change;
const viewersOf = (event: { data: unknown }) => (event.data as Presence).viewers.map((viewer) => viewer.name).sort();

/** Resolves when `check` holds, polling; fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Two app servers on one PostgreSQL database (issue #14): each has its own pool, event relay and services.
describe.skipIf(TEST_DIALECT !== 'postgres')('live updates across two servers on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  let streams: Stream[];
  beforeEach(async () => {
    a = await startTestServer();
    b = await startTestServer({ sameDatabaseAs: a });
    streams = [];
  });
  afterEach(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await b.close();
    await a.close();
  });

  it('streams a change saved through A to a browser on B within a second, once', async () => {
    const article = await buildArticle(a);
    const editorOnB = await b.as('editor');
    const stream = await openStream(b, editorOnB.cookie!, article.id);
    streams.push(stream);
    await stream.next((event) => event.name === 'presence');
    const reviewerOnA = await a.as('reviewer');
    const started = Date.now();
    const claim = await buildClaim(reviewerOnA, article, 'الأخضر الإبراهيمي');
    const change = await stream.next(isChange('claim', 'created'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(change.data).toMatchObject({ articleId: article.id, claimId: claim.id, actor: { name: 'Test reviewer' } });
    await reviewerOnA.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r' });
    await stream.next(isChange('verdict', 'updated'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.events.filter((event) => event.name === 'change').map((event) => (event.data as ArticleEvent).type)).toEqual(['claim', 'verdict']);
  });

  it('delivers a change saved through B to a browser on B once (its own NOTIFY coming back is ignored)', async () => {
    const article = await buildArticle(a);
    const stream = await openStream(b, (await b.as('editor')).cookie!, article.id);
    streams.push(stream);
    await buildClaim(await b.as('reviewer'), article, 'الأخضر الإبراهيمي');
    await stream.next(isChange('claim', 'created'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.events.filter((event) => event.name === 'change')).toHaveLength(1);
  });

  it('shows who views the article on either server, and drops a viewer who leaves', async () => {
    const article = await buildArticle(a);
    const onA = await openStream(a, (await a.as('reviewer')).cookie!, article.id);
    streams.push(onA);
    const onB = await openStream(b, (await b.as('editor')).cookie!, article.id);
    streams.push(onB);
    await onB.next((event) => event.name === 'presence' && viewersOf(event).length === 2);
    await onA.next((event) => event.name === 'presence' && viewersOf(event).length === 2);
    expect(b.services.events.presence(article.id).viewers.map((viewer) => viewer.name).sort()).toEqual(['Test editor', 'Test reviewer']);
    const seen = onB.events.length;
    await onA.close();
    const after = await onB.next((event) => event.name === 'presence', seen);
    expect(viewersOf(after)).toEqual(['Test editor']);
  });

  it('after its listening connection is killed, B reconnects, tells its streams to refetch, and later changes arrive', async () => {
    const article = await buildArticle(a);
    const stream = await openStream(b, (await b.as('editor')).cookie!, article.id);
    streams.push(stream);
    await until(() => b.services.events.listenerPid() !== null);
    const pid = b.services.events.listenerPid();
    await a.query('SELECT pg_terminate_backend(?)', pid);
    const refetch = await stream.next((event) => event.name === 'refetch');
    expect(refetch.data).toEqual({ articleId: article.id, reason: 'reconnected' } satisfies ArticleRefetch);
    expect(b.services.events.listenerPid()).not.toBe(pid);
    await buildClaim(await a.as('reviewer'), article, 'الأخضر الإبراهيمي');
    await stream.next(isChange('claim', 'created'));
  });
});
