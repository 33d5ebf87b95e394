import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let article: Article;
let opinion: Claim;
let fact: Claim;
let other: Claim;

/** The link rows of an opinion, as stored. */
async function linkRows(opinionId: number) {
  return server.query<{ rests_on_claim_id: number }>('select rests_on_claim_id from claim_links where opinion_claim_id = ? order by rests_on_claim_id', opinionId);
}

async function auditCount(): Promise<number> {
  return Number((await server.query<{ n: number }>('select count(*) as n from audit_log'))[0]!.n);
}

beforeEach(async () => {
  server = await startTestServer();
  // A reviewer marks the claims (an editor approves them, as the workflow wants).
  const reviewer = await server.as('reviewer');
  article = await buildArticle(reviewer);
  fact = await buildClaim(reviewer, article, 'الأخضر الإبراهيمي');
  other = await buildClaim(reviewer, article, 'جلستَيْن منفصلتَيْن');
  opinion = await buildClaim(reviewer, article, 'تكشفت معلومات مهمة');
  expect((await reviewer.request('PATCH', `/api/claims/${opinion.id}`, { kind: 'opinion' })).status).toBe(200);
});
afterEach(async () => {
  await server.close();
});

describe('POST /api/claims/:id/rests-on (ADR 033)', () => {
  it('links an opinion to claims of its article, with their quotes, a new version, an audit entry and the flag once one is rated False', async () => {
    const before = (await server.request<Claim>('GET', `/api/claims/${opinion.id}`)).body;
    const audits = await auditCount();
    const heard: unknown[] = [];
    const stop = server.services.events.subscribe(article.id, (message) => heard.push(message));
    const linked = await server.request<Claim>('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    expect(linked.status).toBe(201);
    expect(linked.body.restsOn).toEqual([{ claimId: fact.id, quote: 'الأخضر الإبراهيمي', rating: null }]);
    expect(linked.body.restsOnFalse).toBe(false);
    expect(linked.body.version).toBe(before.version + 1);
    expect(linked.headers.get('etag')).toBe(`"v${before.version + 1}"`);
    expect(await auditCount()).toBe(audits + 1);
    stop();
    // The article's live views hear the opinion changed.
    expect(heard).toEqual([{ name: 'change', data: expect.objectContaining({ type: 'claim', change: 'updated', articleId: article.id, claimId: opinion.id }) }]);
    const history = await server.request<{ entries: { action: string; entityType: string; after: unknown }[] }>('GET', `/api/claims/${opinion.id}/history`);
    expect(history.body.entries.at(-1)).toMatchObject({ action: 'claim.rests_on', entityType: 'claim_link', after: { restsOnClaimId: fact.id, quote: 'الأخضر الإبراهيمي' } });

    // Half True is the midpoint: not on the false side.
    await server.request('PUT', `/api/claims/${other.id}/verdict`, { rating: 'half_true', rationale: 'Partly.' });
    const second = await server.request<Claim>('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: other.id });
    expect(second.body.restsOn.map((claim) => [claim.claimId, claim.rating])).toEqual([
      [fact.id, null],
      [other.id, 'half_true'],
    ]);
    expect(second.body.restsOnFalse).toBe(false);

    await server.request('PUT', `/api/claims/${fact.id}/verdict`, { rating: 'false', rationale: 'He met them together.' });
    const now = await server.request<Claim>('GET', `/api/claims/${opinion.id}`);
    expect(now.body.restsOnFalse).toBe(true);
    expect(now.body.restsOn[0]).toMatchObject({ claimId: fact.id, rating: 'false' });
    // The factual claim itself carries no links.
    expect((await server.request<Claim>('GET', `/api/claims/${fact.id}`)).body).toMatchObject({ restsOn: [], restsOnFalse: false });
    const list = await server.request<{ claims: Claim[] }>('GET', `/api/articles/${article.id}/claims`);
    expect(list.body.claims.find((claim) => claim.id === opinion.id)).toMatchObject({ restsOnFalse: true });
    const links = await server.request('GET', `/api/articles/${article.id}/claims/rests-on`);
    expect(links.status).toBe(200);
    expect(links.body).toEqual({
      links: [
        { opinionClaimId: opinion.id, restsOnClaimId: fact.id },
        { opinionClaimId: opinion.id, restsOnClaimId: other.id },
      ],
    });
  });

  it('counts Misleading (off the numeric scale) on the false side, and Unverifiable not', async () => {
    await server.request('PUT', `/api/claims/${fact.id}/verdict`, { rating: 'unverifiable', rationale: 'No record.' });
    const unverifiable = await server.request<Claim>('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    expect(unverifiable.body.restsOnFalse).toBe(false);
    await server.request('PUT', `/api/claims/${fact.id}/verdict`, { rating: 'misleading', rationale: 'Out of context.' });
    expect((await server.request<Claim>('GET', `/api/claims/${opinion.id}`)).body.restsOnFalse).toBe(true);
  });

  it('refuses with 409 a claim that is not an opinion, the opinion itself, a claim of another article and a claim already linked, writing nothing', async () => {
    const elsewhere = await buildArticle(server, { title: 'أخرى' });
    const foreign = await buildClaim(server, elsewhere, 'الأخضر الإبراهيمي');
    const audits = await auditCount();
    const cases: [number, number, string, string[]][] = [
      [fact.id, other.id, 'not_an_opinion', ['params', 'id']],
      [opinion.id, opinion.id, 'rests_on_itself', ['body', 'claimId']],
      [opinion.id, foreign.id, 'rests_on_other_article', ['body', 'claimId']],
    ];
    for (const [from, to, code, path] of cases) {
      const refused = await server.request('POST', `/api/claims/${from}/rests-on`, { claimId: to });
      expect(refused.status, code).toBe(409);
      expect(refused.body.error).toMatchObject({ code, details: [{ path }] });
    }
    expect(await auditCount()).toBe(audits);
    expect((await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id })).status).toBe(201);
    const again = await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_rests_on');
    expect(await linkRows(opinion.id)).toEqual([{ rests_on_claim_id: fact.id }]);
    expect(await linkRows(fact.id)).toEqual([]);
  });

  it('answers 400 for a body that is not a claim id, 422 for a claim that does not exist and 404 for an unknown opinion', async () => {
    for (const bad of [{}, { claimId: 'x' }, { claimId: String(fact.id) }, { claimId: -1 }, { claimId: 1.5 }, { claimId: fact.id, extra: true }]) {
      const response = await server.request('POST', `/api/claims/${opinion.id}/rests-on`, bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    const missing = await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: 999_999 });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details[0].path).toEqual(['body', 'claimId']);
    expect((await server.request('POST', '/api/claims/999999/rests-on', { claimId: fact.id })).status).toBe(404);
    expect((await server.request('GET', '/api/articles/999999/claims/rests-on')).status).toBe(404);
    expect(await linkRows(opinion.id)).toEqual([]);
  });

  it('keeps an approved opinion read-only (409 claim_locked)', async () => {
    const editor = await server.as('editor');
    const reviewer = await server.as('reviewer');
    await reviewer.request('PUT', `/api/claims/${opinion.id}/verdict`, { rating: 'unverifiable', rationale: 'An opinion.' });
    expect((await reviewer.request('POST', `/api/claims/${opinion.id}/transitions`, { to: 'submitted' })).status).toBe(200);
    expect((await editor.request('POST', `/api/claims/${opinion.id}/transitions`, { to: 'approved' })).status).toBe(200);
    const locked = await editor.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('claim_locked');
  });
});

describe('DELETE /api/claims/:id/rests-on/:restsOnId', () => {
  it('removes a link with If-Match, answers 412 on a stale version and 404 for a link that does not exist', async () => {
    const linked = await server.request<Claim>('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    const stale = await server.request('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`, undefined, { ifMatch: `"v${linked.body.version - 1}"` });
    expect(stale.status).toBe(412);
    expect(await linkRows(opinion.id)).toHaveLength(1);
    const missingIfMatch = await server.request('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`, undefined, { ifMatch: null });
    expect(missingIfMatch.status).toBe(428);
    const removed = await server.request<Claim>('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`, undefined, { ifMatch: `"v${linked.body.version}"` });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ restsOn: [], restsOnFalse: false, version: linked.body.version + 1 });
    const history = await server.request<{ entries: { action: string; before: unknown }[] }>('GET', `/api/claims/${opinion.id}/history`);
    expect(history.body.entries.at(-1)).toMatchObject({ action: 'claim.rests_on_removed', before: { restsOnClaimId: fact.id } });
    const gone = await server.request('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`);
    expect(gone.status).toBe(404);
    expect((await server.request('DELETE', `/api/claims/${opinion.id}/rests-on/abc`)).status).toBe(400);
  });

  it('goes with either claim when it is deleted, and keeps the opinion an opinion while it rests on claims', async () => {
    await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: other.id });
    const kind = await server.request('PATCH', `/api/claims/${opinion.id}`, { kind: 'factual' });
    expect(kind.status).toBe(409);
    expect(kind.body.error).toMatchObject({ code: 'opinion_rests_on_claims', details: [{ path: ['body', 'kind'] }] });
    expect((await server.request('DELETE', `/api/claims/${fact.id}`)).status).toBe(204);
    expect(await linkRows(opinion.id)).toEqual([{ rests_on_claim_id: other.id }]);
    expect((await server.request('DELETE', `/api/claims/${opinion.id}`)).status).toBe(204);
    expect(Number((await server.query<{ n: number }>('select count(*) as n from claim_links'))[0]!.n)).toBe(0);
  });
});

describe('who may link an opinion (every role)', () => {
  it('lets the reviewer who marked it, an editor and an admin link it; refuses another reviewer (403) and an anonymous request (401)', async () => {
    const basma = await server.createUser('reviewer', 'Basma Reviewer');
    const outsider = await server.as({ email: basma.email, password: 'correct horse battery' });
    // The article is the marking reviewer's: another reviewer may read it, not change it.
    expect((await server.request('PUT', `/api/articles/${article.id}/assignees`, { userIds: [server.users.reviewer.id] })).status).toBe(200);
    const refused = await outsider.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await server.anonymous.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id })).status).toBe(401);
    expect(await linkRows(opinion.id)).toEqual([]);
    // Every role may read the links.
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      expect((await (await server.as(role)).request('GET', `/api/articles/${article.id}/claims/rests-on`)).status, role).toBe(200);
    }
    expect((await outsider.request('GET', `/api/articles/${article.id}/claims/rests-on`)).status).toBe(200);
    let version = (await server.request<Claim>('GET', `/api/claims/${opinion.id}`)).body.version;
    for (const [role, target] of [
      ['reviewer', fact],
      ['editor', other],
      ['admin', fact],
    ] as const) {
      const client = await server.as(role);
      if (role === 'admin') {
        const removed = await client.request<Claim>('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`, undefined, { ifMatch: `"v${version}"` });
        expect(removed.status, role).toBe(200);
        version = removed.body.version;
      }
      const linked = await client.request<Claim>('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: target.id });
      expect(linked.status, role).toBe(201);
      version = linked.body.version;
    }
    const removedByOutsider = await outsider.request('DELETE', `/api/claims/${opinion.id}/rests-on/${fact.id}`);
    expect(removedByOutsider.status).toBe(403);
    expect(await linkRows(opinion.id)).toHaveLength(2);
  });
});

describe('reports of an opinion that rests on claims', () => {
  it('show the linked claims and the flag in JSON, CSV, Markdown and HTML, and ClaimReview keeps to its fields', async () => {
    await server.request('PUT', `/api/claims/${fact.id}/verdict`, { rating: 'false', rationale: 'He met them together.' });
    await server.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    const report = `/api/articles/${article.id}/report`;
    const json = await server.request<{ claims: { id: number; restsOn: unknown; restsOnFalse: boolean }[] }>('GET', `${report}?format=json`);
    const inReport = json.body.claims.find((claim) => claim.id === opinion.id)!;
    expect(inReport).toMatchObject({ restsOn: [{ id: fact.id, quote: 'الأخضر الإبراهيمي' }], restsOnFalse: true });
    expect(json.body.claims.find((claim) => claim.id === fact.id)).toMatchObject({ restsOn: [], restsOnFalse: false });
    const csv = (await server.request('GET', `${report}?format=csv`)).body as string;
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toMatch(/,kind,rests_on_false,rests_on,raters,raters_agreed,/);
    expect(rows.find((row) => row.startsWith(`مؤتمر جنيف,${opinion.id},`))).toMatch(new RegExp(`,opinion,true,${fact.id},0,,[0-9]*,[0-9]*,,$`));
    expect(rows.find((row) => row.startsWith(`مؤتمر جنيف,${fact.id},`))).toMatch(/,factual,,,1,,[0-9]*,[0-9]*,,$/);
    const markdown = (await server.request('GET', `${report}?format=md`)).body as string;
    expect(markdown).toContain('**Rests on a false or misleading factual claim**');
    expect(markdown).toContain('Rests on:\n\n- Claim 1: “الأخضر الإبراهيمي”');
    const html = (await server.request('GET', `${report}?format=html`)).body as string;
    expect(html).toContain('<p class="rests-on-false"><strong>Rests on a false or misleading factual claim</strong></p>');
    expect(html).toContain(`<a href="#claim-${fact.id}">Claim 1</a>`);
  });

  it('count in a published report only the claims it publishes', async () => {
    const editor = await server.as('editor');
    const reviewer = await server.as('reviewer');
    await reviewer.request('PUT', `/api/claims/${fact.id}/verdict`, { rating: 'false', rationale: 'Not yet approved.' });
    await reviewer.request('POST', `/api/claims/${opinion.id}/rests-on`, { claimId: fact.id });
    await reviewer.request('PUT', `/api/claims/${opinion.id}/verdict`, { rating: 'unverifiable', rationale: 'An opinion.' });
    expect((await reviewer.request('POST', `/api/claims/${opinion.id}/transitions`, { to: 'submitted' })).status).toBe(200);
    expect((await editor.request('POST', `/api/claims/${opinion.id}/transitions`, { to: 'approved' })).status).toBe(200);
    expect((await editor.request('POST', `/api/articles/${article.id}/publications`, {}, { ifMatch: null })).status).toBe(201);
    const published = await server.request<{ claims: { id: number; restsOn: unknown[]; restsOnFalse: boolean }[] }>('GET', `/api/articles/${article.id}/report?format=json&kind=published`);
    expect(published.status).toBe(200);
    expect(published.body.claims).toEqual([expect.objectContaining({ id: opinion.id, restsOn: [], restsOnFalse: false })]);
    const admin = await server.as('admin');
    const organisation = await admin.request('GET', '/api/organisation');
    const named = await admin.request('PATCH', '/api/organisation', { name: 'مرصد سند', publishBaseUrl: 'https://sanad.example/fact-checks/' }, { ifMatch: organisation.headers.get('etag') });
    expect(named.status).toBe(200);
    const claimReview = await server.request('GET', `/api/articles/${article.id}/report?format=claimreview&kind=published`);
    expect(claimReview.status).toBe(200);
    expect(JSON.stringify(claimReview.body)).not.toMatch(/restsOn|rests_on/);
  });
});
