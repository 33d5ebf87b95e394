import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim, buildSource, tableCounts } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let editor: TestClient;
let reviewerA: TestClient;
let reviewerB: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.as('editor');
  reviewerA = await server.as('reviewer');
  const basma = await server.createUser('reviewer', 'Basma Reviewer');
  reviewerB = await server.as({ email: basma.email, password: 'correct horse battery' });
});
afterAll(async () => {
  await server.close();
});

/** An article with one claim marked by reviewer A, with A's verdict and one source. */
async function claimOfA(): Promise<{ article: Article; claim: Claim }> {
  const article = await buildArticle(reviewerA);
  const claim = await buildClaim(reviewerA, article, 'الإبراهيمي');
  expect((await reviewerA.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'A’s reasoning' })).status).toBe(200);
  const withSource = await buildSource(reviewerA, claim);
  return { article, claim: withSource };
}

/** Everything a change of the claim could touch: table counts, and the claim's rows. */
async function snapshot(claimId: number) {
  const rows = (sql: string) => server.query(sql, claimId);
  return {
    counts: await tableCounts(server),
    claim: await rows('select * from claims where id = ?'),
    verdict: await rows('select * from verdicts where claim_id = ?'),
    links: await rows('select * from claim_sources where claim_id = ?'),
    sources: await rows('select s.* from sources s join claim_sources l on l.source_id = s.id where l.claim_id = ?'),
    audit: ((await server.query<{ n: number }>('select count(*) as n from audit_log'))[0]!).n,
  };
}

/** Asserts reviewer B is refused with 403 `forbidden`, naming whose claim it is, and the database is unchanged. */
async function expectRefused(claimId: number, send: () => Promise<{ status: number; body: { error?: { code: string; message: string } } }>) {
  const before = await snapshot(claimId);
  const response = await send();
  expect(response.status).toBe(403);
  expect(response.body.error?.code).toBe('forbidden');
  expect(response.body.error?.message).toMatch(/Test reviewer/);
  expect(response.body.error?.message).toMatch(/Ask an editor to assign you/);
  expect(await snapshot(claimId)).toEqual(before);
}

async function assignToArticle(article: Article, userIds: number[]) {
  expect((await editor.request('PUT', `/api/articles/${article.id}/assignees`, { userIds })).status).toBe(200);
}

const B = () => reviewerB.user!.id;
const A = () => reviewerA.user!.id;

describe('claim ownership: ASVS 8.2.2 (A3.2)', () => {
  it('ASVS 8.2.2 (A3.2) refuses reviewer B moving or deleting reviewer A’s claim, until an editor assigns B to the article', async () => {
    const { article, claim } = await claimOfA();
    await expectRefused(claim.id, () => reviewerB.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'B was here' }));
    await expectRefused(claim.id, () => reviewerB.request('DELETE', `/api/claims/${claim.id}`));
    expect((await reviewerA.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'الأخضر الإبراهيمي' })).status).toBe(200);
    await assignToArticle(article, [B()]);
    expect((await reviewerB.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'Lakhdar Brahimi' })).body.claimant).toBe('Lakhdar Brahimi');
    expect((await reviewerB.request('DELETE', `/api/claims/${claim.id}`)).status).toBe(204);
    expect((await snapshot(claim.id)).claim).toEqual([]);
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B a claim assigned to A, even without a verdict, and names the assignee', async () => {
    const article = await buildArticle(reviewerA);
    const claim = await buildClaim(reviewerA, article, 'الإبراهيمي');
    expect((await editor.request('PATCH', `/api/claims/${claim.id}`, { assigneeId: A() })).status).toBe(200);
    const before = await snapshot(claim.id);
    const refused = await reviewerB.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      `You may not change claim ${claim.id}. This claim is assigned to Test reviewer. Ask an editor to assign you to the claim or its article to change it.`,
    );
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('ASVS 8.2.2 (A3.2) keeps unassigned, unrated work open to the whole desk', async () => {
    const article = await buildArticle(reviewerA);
    const claim = await buildClaim(reviewerA, article, 'الإبراهيمي');
    expect((await reviewerB.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'B’s reasoning' })).status).toBe(200);
    // B set the verdict; A still may change the claim A marked.
    expect((await reviewerA.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'A' })).status).toBe(200);
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B overwriting or deleting A’s verdict, until assigned to the article', async () => {
    const { article, claim } = await claimOfA();
    await expectRefused(claim.id, () => reviewerB.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'B overwrites' }));
    await expectRefused(claim.id, () => reviewerB.request('DELETE', `/api/claims/${claim.id}/verdict`));
    expect((await reviewerA.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'misleading', rationale: 'A again' })).status).toBe(200);
    await assignToArticle(article, [A(), B()]);
    const set = await reviewerB.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'B, assigned' });
    expect(set.body.verdict).toMatchObject({ rating: 'true', setBy: { id: B() } });
    expect((await reviewerB.request('DELETE', `/api/claims/${claim.id}/verdict`)).body.verdict).toBeNull();
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B attaching, changing or detaching sources of A’s claim, until assigned to the article', async () => {
    const { article, claim } = await claimOfA();
    const linkId = claim.sources[0]!.id;
    await expectRefused(claim.id, () =>
      reviewerB.request('POST', `/api/claims/${claim.id}/sources`, { url: 'https://example.org/b', title: 'B', publisher: 'B', stance: 'supports' }),
    );
    await expectRefused(claim.id, () => reviewerB.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, { stance: 'contradicts', title: 'Renamed by B' }));
    await expectRefused(claim.id, () => reviewerB.request('DELETE', `/api/claims/${claim.id}/sources/${linkId}`));
    expect((await reviewerA.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, { stance: 'supports' })).status).toBe(200);
    await assignToArticle(article, [B()]);
    expect((await reviewerB.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, { stance: 'contradicts' })).status).toBe(200);
    expect((await reviewerB.request('DELETE', `/api/claims/${claim.id}/sources/${linkId}`)).body.sources).toEqual([]);
    expect((await buildSource(reviewerB, claim, { url: 'https://example.org/b' })).sources).toHaveLength(1);
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B submitting or withdrawing A’s claim, until assigned to the article', async () => {
    const { article, claim } = await claimOfA();
    await expectRefused(claim.id, () => reviewerB.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' }));
    expect((await reviewerA.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' })).body.status).toBe('submitted');
    await expectRefused(claim.id, () => reviewerB.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'draft' }));
    await assignToArticle(article, [B()]);
    expect((await reviewerB.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'draft' })).body.status).toBe('draft');
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B confirming the changed text of A’s claim, until assigned to the article', async () => {
    const article = await buildArticle(reviewerA);
    const claim = await buildClaim(reviewerA, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    expect((await reviewerA.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'A’s reasoning' })).status).toBe(200);
    const edited = await reviewerA.request('PUT', `/api/articles/${article.id}/text`, { text: article.text.replace('جلستَيْن منفصلتَيْن', 'ثلاث جلسات منفصلة') });
    expect(edited.status).toBe(200);
    const modified = (await reviewerA.request('GET', `/api/claims/${claim.id}`)).body;
    expect(modified.anchor.status).toBe('modified');
    await expectRefused(claim.id, () => reviewerB.request('POST', `/api/claims/${claim.id}/anchor/confirm`, { status: 'modified' }));
    await assignToArticle(article, [B()]);
    expect((await reviewerB.request('POST', `/api/claims/${claim.id}/anchor/confirm`, { status: 'modified' })).body.anchor.status).toBe('anchored');
  });

  it('ASVS 8.2.2 (A3.2) lets editors change any claim, assigned or not', async () => {
    const { article, claim } = await claimOfA();
    await assignToArticle(article, [A()]);
    expect((await editor.request('PATCH', `/api/claims/${claim.id}`, { claimant: 'Editor' })).status).toBe(200);
    expect((await editor.request('PATCH', `/api/claims/${claim.id}/sources/${claim.sources[0]!.id}`, { stance: 'contradicts' })).status).toBe(200);
    expect((await editor.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'true', rationale: 'Editor' })).status).toBe(200);
    expect((await editor.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'submitted' })).status).toBe(200);
    expect((await editor.request('POST', `/api/claims/${claim.id}/transitions`, { to: 'draft' })).status).toBe(200);
    expect((await editor.request('DELETE', `/api/claims/${claim.id}/verdict`)).status).toBe(200);
    expect((await editor.request('DELETE', `/api/claims/${claim.id}`)).status).toBe(204);
  });

  it('ASVS 8.2.2 (A3.2) refuses reviewer B editing reviewer A’s comment, with the comment unchanged', async () => {
    const { article, claim } = await claimOfA();
    await assignToArticle(article, [A(), B()]);
    const comment = (await reviewerA.request('POST', `/api/claims/${claim.id}/comments`, { body: 'A’s note' })).body;
    const refused = await reviewerB.request('PATCH', `/api/comments/${comment.id}`, { body: 'Rewritten by B' });
    expect(refused.status).toBe(403);
    const [row] = await server.query('select body, version from comments where id = ?', comment.id);
    expect(row).toEqual({ body: 'A’s note', version: 1 });
  });
});
