import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { ARABIC_TEXT, buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
let editor: TestClient;
let article: Article;
let claim: Claim;

beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
  editor = await server.as('editor');
  article = await buildArticle(server);
  claim = await buildClaim(reviewer, article, 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

const move = (who: TestClient, id: number, to: string, note?: string) => who.request('POST', `/api/claims/${id}/transitions`, { to, ...(note ? { note } : {}) });
const rate = (who: TestClient, id: number, rating = 'false') => who.request('PUT', `/api/claims/${id}/verdict`, { rating, rationale: 'Rationale.' });

describe('POST /api/claims/:id/transitions', () => {
  it('runs draft → submitted → changes_requested → submitted → approved, recording who and why', async () => {
    expect((await rate(reviewer, claim.id)).status).toBe(200);
    const submitted = await move(reviewer, claim.id, 'submitted');
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', statusChangedBy: { name: 'Test reviewer' } });
    const sentBack = await move(editor, claim.id, 'changes_requested', 'Cite the UN statement.');
    expect(sentBack.body).toMatchObject({ status: 'changes_requested', statusNote: 'Cite the UN statement.' });
    await rate(reviewer, claim.id, 'mostly_false');
    expect((await move(reviewer, claim.id, 'submitted')).body.status).toBe('submitted');
    const approved = await move(editor, claim.id, 'approved');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', statusChangedBy: { name: 'Test editor' } });
  });

  it('locks an approved claim until an editor reopens it with a reason', async () => {
    await rate(reviewer, claim.id);
    await move(reviewer, claim.id, 'submitted');
    await move(editor, claim.id, 'approved');
    for (const [method, path, body] of [
      ['PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'x' }],
      ['DELETE', `/api/claims/${claim.id}/verdict`, undefined],
      ['PATCH', `/api/claims/${claim.id}`, { claimant: 'x' }],
      ['POST', `/api/claims/${claim.id}/sources`, { url: 'https://a.org', title: 't', publisher: 'p', stance: 'context' }],
      ['DELETE', `/api/claims/${claim.id}`, undefined],
    ] as const) {
      const response = await editor.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(409);
      expect(response.body.error.code).toBe('claim_locked');
    }
    expect((await move(editor, claim.id, 'draft')).status).toBe(400);
    expect((await move(reviewer, claim.id, 'draft', 'I want to change it')).status).toBe(403);
    const reopened = await move(editor, claim.id, 'draft', 'New evidence came in.');
    expect(reopened.body).toMatchObject({ status: 'draft', statusNote: 'New evidence came in.' });
    expect((await rate(reviewer, claim.id, 'true')).status).toBe(200);
  });

  it('refuses self-approval, whatever the role', async () => {
    await rate(editor, claim.id);
    await move(editor, claim.id, 'submitted');
    const self = await move(editor, claim.id, 'approved');
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('self_approval');
    const admin = await server.as('admin');
    expect((await move(admin, claim.id, 'approved')).status).toBe(200);
  });

  it('refuses a reviewer approving (403), moves the workflow does not allow (409), and a submit without a verdict', async () => {
    const noVerdict = await move(reviewer, claim.id, 'submitted');
    expect(noVerdict.status).toBe(409);
    expect(noVerdict.body.error.code).toBe('verdict_missing');
    await rate(reviewer, claim.id);
    expect((await move(reviewer, claim.id, 'approved')).status).toBe(403);
    const skip = await move(editor, claim.id, 'approved');
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('invalid_transition');
    await move(reviewer, claim.id, 'submitted');
    expect((await move(reviewer, claim.id, 'changes_requested', 'x')).status).toBe(403);
    const noNote = await move(editor, claim.id, 'changes_requested');
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details[0].path).toEqual(['body', 'note']);
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.status).toBe('submitted');
  });

  it('refuses to approve a claim whose anchor needs a reviewer after an edit', async () => {
    await rate(reviewer, claim.id);
    await move(reviewer, claim.id, 'submitted');
    await reviewer.request('PUT', `/api/articles/${article.id}/text`, { text: ARABIC_TEXT.replace('الأخضر الإبراهيمي', 'الأخضر الابراهيمي المبعوث') });
    const blocked = await move(editor, claim.id, 'approved');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('anchor_unresolved');
    await reviewer.request('POST', `/api/claims/${claim.id}/anchor/confirm`, { status: 'modified' });
    expect((await move(editor, claim.id, 'approved')).status).toBe(200);
  });
});

describe('the independent-sources rule (issue #16)', () => {
  const attach = (who: TestClient, id: number, url: string, stance: string, origin?: string) =>
    who.request('POST', `/api/claims/${id}/sources`, { url, title: `Source ${url}`, publisher: 'Publisher', stance, ...(origin !== undefined ? { origin } : {}) });
  const requireSources = async (count: number) => {
    const admin = await server.as('admin');
    const current = await admin.request('GET', '/api/organisation');
    return admin.request('PATCH', '/api/organisation', { minIndependentSources: count }, { ifMatch: current.headers.get('etag') });
  };

  it('refuses a submit short of the organisation\'s count with a 409 naming the rule, counting one origin once and context not at all', async () => {
    expect((await requireSources(2)).body).toMatchObject({ minIndependentSources: 2 });
    await rate(reviewer, claim.id);
    const first = await attach(reviewer, claim.id, 'https://wire.example/story', 'supports', 'AFP wire');
    expect(first.body.sources[0].source).toMatchObject({ origin: 'AFP wire' });
    await attach(reviewer, claim.id, 'https://paper.example/same-story', 'supports', ' afp WIRE ');
    await attach(reviewer, claim.id, 'https://background.example/', 'context');
    const refused = await move(reviewer, claim.id, 'submitted');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'independent_sources_required', details: [{ path: ['sources'] }] });
    expect(refused.body.error.message).toContain('requires 2 independent sources');
    expect(refused.body.error.message).toContain('this claim has 1');
    expect((await reviewer.request('GET', `/api/claims/${claim.id}`)).body.status).toBe('draft');
    await attach(reviewer, claim.id, 'https://ministry.example/figures', 'contradicts');
    expect((await move(reviewer, claim.id, 'submitted')).status).toBe(200);
    // The report states the count per claim: the two copies of the wire story are one source.
    const markdown = (await reviewer.request('GET', `/api/articles/${article.id}/report?format=md`)).body as string;
    expect(markdown).toContain('Independent sources: 1 supporting, 1 contradicting');
    const json = (await reviewer.request('GET', `/api/articles/${article.id}/report?format=json`)).body;
    expect(json.claims[0].independentSources).toEqual({ supports: 1, contradicts: 1 });
  });

  it('lets any claim through with the rule off (the default), and refuses a rule out of range', async () => {
    await rate(reviewer, claim.id);
    expect((await move(reviewer, claim.id, 'submitted')).status).toBe(200);
    const bad = await requireSources(9);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toEqual(['body', 'minIndependentSources']);
  });

  it('changes a source\'s origin with the source, and clears it with an empty value', async () => {
    const attached = await attach(reviewer, claim.id, 'https://wire.example/story', 'supports', 'Reuters');
    const linkId = attached.body.sources[0].id;
    const cleared = await reviewer.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, { origin: '' }, { ifMatch: `"v${attached.body.version}"` });
    expect(cleared.status).toBe(200);
    expect(cleared.body.sources[0].source.origin).toBeNull();
  });
});

describe('queues and assignment', () => {
  it('puts assigned work in the reviewer\'s queue and submitted claims in the editors\' queue', async () => {
    const assigned = await editor.request('PUT', `/api/articles/${article.id}/assignees`, { userIds: [server.users.reviewer.id] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignees).toEqual([{ id: server.users.reviewer.id, name: 'Test reviewer', role: 'reviewer' }]);
    const mine = await reviewer.request('GET', '/api/queue');
    expect(mine.body.mine.map((item: { claimId: number }) => item.claimId)).toEqual([claim.id]);
    expect(mine.body.awaitingApproval).toEqual([]);
    await rate(reviewer, claim.id);
    await move(reviewer, claim.id, 'submitted');
    const editorQueue = await editor.request('GET', '/api/queue');
    expect(editorQueue.body.awaitingApproval).toHaveLength(1);
    expect(editorQueue.body.awaitingApproval[0]).toMatchObject({ claimId: claim.id, rating: 'false', verdictSetBy: { name: 'Test reviewer' } });
    expect((await reviewer.request('PUT', `/api/articles/${article.id}/assignees`, { userIds: [] })).status).toBe(403);
  });

  it('assigns a single claim to another reviewer (editors only)', async () => {
    const other = await server.createUser('reviewer', 'Other Reviewer');
    const response = await editor.request('PATCH', `/api/claims/${claim.id}`, { assigneeId: other.id });
    expect(response.status).toBe(200);
    expect(response.body.assignee).toMatchObject({ name: 'Other Reviewer' });
    const otherClient = await server.as({ email: other.email, password: 'correct horse battery' });
    expect((await otherClient.request('GET', '/api/queue')).body.mine).toHaveLength(1);
    expect((await reviewer.request('PATCH', `/api/claims/${claim.id}`, { assigneeId: server.users.reviewer.id })).status).toBe(403);
  });
});

describe('GET /api/claims/:id/history', () => {
  it('lists every change of the claim with actor, time, before and after, and nothing can rewrite it', async () => {
    await rate(reviewer, claim.id);
    await reviewer.request('POST', `/api/claims/${claim.id}/sources`, { url: 'https://www.un.org/a', title: 'UN', publisher: 'UN', stance: 'contradicts' });
    await move(reviewer, claim.id, 'submitted');
    await reviewer.request('POST', `/api/claims/${claim.id}/comments`, { body: 'Please check.' });
    const history = await editor.request('GET', `/api/claims/${claim.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.entries.map((entry: { action: string }) => entry.action)).toEqual([
      'claim.create',
      'verdict.set',
      'source.attach',
      'claim.transition',
      'comment.create',
    ]);
    const verdictEntry = history.body.entries[1];
    expect(verdictEntry.actor).toMatchObject({ name: 'Test reviewer', role: 'reviewer' });
    expect(verdictEntry.before).toBeNull();
    expect(verdictEntry.after).toMatchObject({ rating: 'false', rationale: 'Rationale.' });
    const link = (await reviewer.request('GET', `/api/claims/${claim.id}`)).body.sources[0];
    await reviewer.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'draft' });
    await reviewer.request('PATCH', `/api/claims/${claim.id}/sources/${link.id}`, { title: 'UN statement' });
    const sourceEdit = (await editor.request('GET', `/api/claims/${claim.id}/history`)).body.entries.at(-1);
    expect(sourceEdit).toMatchObject({ action: 'source.update', before: { source: { title: 'UN' } }, after: { source: { title: 'UN statement' } } });
    await expect(server.query('update audit_log set action = ?', 'forged')).rejects.toThrow(/append-only/);
    await expect(server.query('delete from audit_log')).rejects.toThrow(/append-only/);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      expect((await (await server.as('admin')).request(method, `/api/claims/${claim.id}/history`, {})).status).toBe(404);
    }
  });
});
