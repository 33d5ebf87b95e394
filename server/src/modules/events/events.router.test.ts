import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEvent, Presence } from '@sanad/shared/schemas/queue';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { takeEvents } from '../../test/sse.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** Reads server-sent events from a stream until `done` says enough. */
async function readEvents(response: Response, done: (events: { name: string; data: unknown }[]) => boolean, timeoutMs = 3000) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: { name: string; data: unknown }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (!done(events) && Date.now() < deadline) {
    const { value, done: ended } = await Promise.race([
      reader.read(),
      new Promise<{ value: undefined; done: true }>((resolve) => setTimeout(() => resolve({ value: undefined, done: true }), deadline - Date.now())),
    ]);
    if (ended || !value) break;
    const taken = takeEvents(buffer + decoder.decode(value, { stream: true }));
    events.push(...taken.events);
    buffer = taken.rest;
  }
  await reader.cancel();
  return events;
}

describe('GET /api/articles/:id/events', () => {
  it('streams who is viewing and every change another user makes, within a second', async () => {
    const article = await buildArticle(server);
    const editor = await server.as('editor');
    const reviewer = await server.as('reviewer');
    const stream = await fetch(`${server.url}/api/articles/${article.id}/events`, { headers: { cookie: editor.cookie! } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const started = Date.now();
    const reading = readEvents(stream, (events) => events.some((event) => event.name === 'change' && (event.data as ArticleEvent).type === 'verdict'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const claim = await buildClaim(reviewer, article, 'الأخضر الإبراهيمي');
    await reviewer.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r' });
    const events = await reading;
    expect(Date.now() - started).toBeLessThan(1500);
    const presence = events.find((event) => event.name === 'presence')?.data as Presence;
    expect(presence.viewers.map((viewer) => viewer.name)).toEqual(['Test editor']);
    const changes = events.filter((event) => event.name === 'change').map((event) => event.data as ArticleEvent);
    expect(changes.map((change) => [change.type, change.change, change.claimId, change.actor?.name])).toEqual([
      ['claim', 'created', claim.id, 'Test reviewer'],
      ['verdict', 'updated', claim.id, 'Test reviewer'],
    ]);
  });

  it('answers 404 for an unknown article', async () => {
    expect((await server.request('GET', '/api/articles/999/events')).status).toBe(404);
  });
});
