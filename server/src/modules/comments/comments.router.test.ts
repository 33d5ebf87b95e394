import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
let editor: TestClient;
let claim: Claim;
beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
  editor = await server.as('editor');
  claim = await buildClaim(reviewer, await buildArticle(server), 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

describe('comments', () => {
  it('adds comments to a claim\'s thread, oldest first, text kept as written', async () => {
    const first = await reviewer.request('POST', `/api/claims/${claim.id}/comments`, { body: 'هل من مصدر أممي؟ <img src=x onerror=alert(1)>' });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"v1"');
    await editor.request('POST', `/api/claims/${claim.id}/comments`, { body: 'Yes, the press release.' });
    const thread = await reviewer.request('GET', `/api/claims/${claim.id}/comments`);
    expect(thread.body.comments.map((comment: { body: string }) => comment.body)).toEqual(['هل من مصدر أممي؟ <img src=x onerror=alert(1)>', 'Yes, the press release.']);
    expect(thread.body.comments[0].author).toMatchObject({ name: 'Test reviewer' });
  });

  it('lets only the author edit the text, and anyone resolve and reopen', async () => {
    const comment = (await reviewer.request('POST', `/api/claims/${claim.id}/comments`, { body: 'Draft' })).body;
    expect((await editor.request('PATCH', `/api/comments/${comment.id}`, { body: 'Hijacked' })).status).toBe(403);
    const edited = await reviewer.request('PATCH', `/api/comments/${comment.id}`, { body: 'Edited' });
    expect(edited.body).toMatchObject({ body: 'Edited', version: 2 });
    const resolved = await editor.request('PATCH', `/api/comments/${comment.id}`, { resolved: true });
    expect(resolved.body.resolved).toBe(true);
    const reopened = await reviewer.request('PATCH', `/api/comments/${comment.id}`, { resolved: false });
    expect(reopened.body.resolved).toBe(false);
  });

  it('answers 400 for an empty comment and 404 for an unknown claim or comment', async () => {
    expect((await reviewer.request('POST', `/api/claims/${claim.id}/comments`, { body: '  ' })).status).toBe(400);
    expect((await reviewer.request('POST', '/api/claims/999/comments', { body: 'x' })).status).toBe(404);
    expect((await reviewer.request('PATCH', '/api/comments/999', { resolved: true })).status).toBe(404);
  });
});
