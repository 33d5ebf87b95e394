import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action, ROLES, can } from '@sanad/shared/permissions';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
let setter: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  // A fourth person sets verdicts, so nobody under test is blocked by separation of duties.
  const person = await server.createUser('editor', 'Verdict Setter');
  setter = await server.as({ email: person.email, password: 'correct horse battery' });
});
afterAll(async () => {
  await server.close();
});

async function claimIn(status: 'draft' | 'submitted' | 'approved') {
  const article = await buildArticle(setter, { text: `نص تجريبي رقم ${Math.random()} عن المفاوضات.` });
  const claim = await buildClaim(setter, article, 'المفاوضات');
  await setter.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'r' });
  if (status !== 'draft') await setter.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' });
  if (status === 'approved') {
    const admin = await server.as('admin');
    expect((await admin.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'approved' })).status).toBe(200);
  }
  return { article, claim };
}

/** One HTTP request per action; its status says whether the role was allowed. */
const probes: Record<Action, (client: TestClient) => Promise<number>> = {
  'article.create': async (client) => (await client.request('POST', '/api/articles', { title: 't', text: 'some text' })).status,
  'article.edit': async (client) => (await client.request('PATCH', `/api/articles/${(await buildArticle(setter)).id}`, { title: 'new' })).status,
  'article.delete': async (client) => (await client.request('DELETE', `/api/articles/${(await buildArticle(setter)).id}`)).status,
  'article.assign': async (client) =>
    (await client.request('PUT', `/api/articles/${(await buildArticle(setter)).id}/assignees`, { userIds: [server.users.reviewer.id] })).status,
  'claim.edit': async (client) => {
    const article = await buildArticle(setter);
    const start = article.text.indexOf('الإبراهيمي');
    return (await client.request('POST', `/api/articles/${article.id}/claims`, { start, end: start + 10, quote: 'الإبراهيمي' })).status;
  },
  'claim.edit_any': async (client) => {
    // The setter's claim and verdict, with nobody assigned: only a role that may change any claim may change it.
    const { claim } = await claimIn('draft');
    return (await client.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'someone else' })).status;
  },
  'claim.submit': async (client) => {
    const { article, claim } = await claimIn('draft');
    // Submitting is a change of the claim: the desk assigns the prober to the article, as it would a reviewer.
    expect((await setter.request('PUT', `/api/articles/${article.id}/assignees`, { userIds: [client.user!.id] })).status).toBe(200);
    return (await client.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' })).status;
  },
  'claim.approve': async (client) => {
    const { claim } = await claimIn('submitted');
    return (await client.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'approved' })).status;
  },
  'claim.request_changes': async (client) => {
    const { claim } = await claimIn('submitted');
    return (await client.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'changes_requested', note: 'n' })).status;
  },
  'claim.reopen': async (client) => {
    const { claim } = await claimIn('approved');
    return (await client.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'draft', note: 'reason' })).status;
  },
  'comment.write': async (client) => {
    const { claim } = await claimIn('draft');
    return (await client.request('POST', `/api/claims/${claim.id}/comments`, { body: 'hello' })).status;
  },
  'queue.approvals': async (client) => {
    await claimIn('submitted');
    const queue = await client.request('GET', '/api/queue');
    return queue.body.awaitingApproval.length > 0 ? 200 : 403;
  },
  'report.publish': async (client) => {
    const { article } = await claimIn('approved');
    return (await client.request('POST', `/api/articles/${article.id}/publications`, {}, { ifMatch: null })).status;
  },
  'user.manage': async (client) =>
    (await client.request('POST', '/api/users', { name: 'N', email: `u${Math.random()}@test.sanad`, role: 'reviewer', password: 'long enough pass' })).status,
  'settings.manage': async (client) => {
    const current = await client.request('GET', '/api/organisation');
    return (await client.request('PATCH', '/api/organisation', { name: `Desk ${Math.random()}` }, { ifMatch: current.headers.get('etag') })).status;
  },
};

describe('the permission table (ASVS 8.2.1, 8.3.1)', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      it(`${can(role, action) ? 'lets' : 'stops'} a ${role} ${can(role, action) ? 'to ' : 'from '}${action}`, async () => {
        const status = await probes[action](await server.as(role));
        if (can(role, action)) expect(status, `${role} ${action}`).toBeLessThan(300);
        else expect(status, `${role} ${action}`).toBe(403);
      });
    }
  }
});
