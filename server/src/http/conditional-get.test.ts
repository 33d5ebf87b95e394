import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
});
afterEach(async () => {
  await server.close();
});

const get = (path: string, ifNoneMatch?: string) =>
  fetch(`${server.url}${path}`, { headers: { cookie: reviewer.cookie!, ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}) } });

describe('conditional reads (If-None-Match)', () => {
  it('answers 304 with no body for a claim list the client holds, and 200 with a new ETag once it changed', async () => {
    const article = await buildArticle(reviewer, { title: 'قراءة مشروطة', text: 'قال الوزير إن البطالة انخفضت إلى أربعة في المئة في العام الماضي.' });
    await buildClaim(reviewer, article, 'البطالة انخفضت');
    const path = `/api/articles/${article.id}/claims`;

    const first = await get(path);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]{22}"$/);
    const body = await first.text();

    const again = await get(path, tag!);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(await again.text()).toBe('');
    // Another tag, or none, gets the whole answer, the same as before.
    const other = await get(path, '"something-else"');
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(body);

    await buildClaim(reviewer, article, 'أربعة في المئة');
    const changed = await get(path, tag!);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect(((await changed.json()) as { claims: unknown[] }).claims).toHaveLength(2);
  });

  it('uses the version as the ETag of one claim: 304 while it is unchanged, 200 after a write', async () => {
    const article = await buildArticle(reviewer, { title: 'نسخة الادعاء', text: 'قال المتحدث إن الاجتماع سيُعقد غدًا في جنيف.' });
    const claim = await buildClaim(reviewer, article, 'الاجتماع سيُعقد غدًا');
    const path = `/api/claims/${claim.id}`;
    const first = await get(path);
    expect(first.headers.get('etag')).toBe(`"v${claim.version}"`);
    expect((await get(path, `"v${claim.version}"`)).status).toBe(304);
    expect((await reviewer.request('PATCH', path, { claimant: 'المتحدث' })).status).toBe(200);
    const after = await get(path, `"v${claim.version}"`);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe(`"v${claim.version + 1}"`);
  });

  it('never answers 304 to a write', async () => {
    const article = await buildArticle(reviewer, { title: 'كتابة', text: 'نص يكفي لادعاء واحد على الأقل هنا.' });
    const claim = await buildClaim(reviewer, article, 'ادعاء واحد');
    const response = await fetch(`${server.url}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { cookie: reviewer.cookie!, 'content-type': 'application/json', 'if-match': `"v${claim.version}"`, 'if-none-match': '*', origin: server.url },
      body: JSON.stringify({ claimant: 'أحد' }),
    });
    expect(response.status).toBe(200);
  });
});
