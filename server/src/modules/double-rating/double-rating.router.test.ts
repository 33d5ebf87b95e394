import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim, buildSource, tableCounts } from '../../test/factories.ts';
import { TEST_PASSWORD, type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let first: TestClient;
let second: TestClient;
let third: TestClient;
let editor: TestClient;
let article: Article;
let claim: Claim;

const FIRST_RATIONALE = 'Rationale of the first rater: the two sessions were held together.';
const SECOND_RATIONALE = 'Rationale of the second rater, written blind.';

beforeEach(async () => {
  server = await startTestServer();
  first = await server.as('reviewer');
  const other = await server.createUser('reviewer', 'Second Rater');
  second = await server.as({ email: other.email, password: TEST_PASSWORD });
  const yetAnother = await server.createUser('reviewer', 'Third Reviewer');
  third = await server.as({ email: yetAnother.email, password: TEST_PASSWORD });
  editor = await server.as('editor');
  article = await buildArticle(server);
  claim = await buildClaim(first, article, 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

const requireSecond = (who: TestClient, id: number, body: object = { required: true }) => who.request('PUT', `/api/claims/${id}/double-rating`, body);
const setVerdict = (who: TestClient, id: number, rating = 'false', rationale = FIRST_RATIONALE) => who.request('PUT', `/api/claims/${id}/verdict`, { rating, rationale });
const rateSecond = (who: TestClient, id: number, rating = 'false', rationale = SECOND_RATIONALE) => who.request('PUT', `/api/claims/${id}/second-rating`, { rating, rationale, confidence: 'medium' });
const move = (who: TestClient, id: number, to: string) => who.request('POST', `/api/claims/${id}/transitions`, { to });

/** Every answer a blind reviewer's article page reads, as text. */
async function pageReads(who: TestClient, id: number): Promise<string> {
  const paths = [
    `/api/claims/${id}`,
    `/api/articles/${article.id}/claims`,
    `/api/articles/${article.id}/claims/index`,
    `/api/claims/${id}/history`,
    `/api/articles`,
    `/api/queue`,
    `/api/articles/${article.id}/summary`,
    `/api/search?q=${encodeURIComponent('sessions')}`,
  ];
  const bodies = await Promise.all(paths.map(async (path) => JSON.stringify((await who.request('GET', path)).body)));
  return bodies.join('\n');
}

describe('PUT /api/claims/:id/double-rating', () => {
  it('lets an editor require a second rating, and refuses reviewers (403)', async () => {
    expect((await requireSecond(first, claim.id)).status).toBe(403);
    const response = await requireSecond(editor, claim.id);
    expect(response.status).toBe(200);
    expect(response.body.doubleRating).toMatchObject({ required: true, state: 'awaiting_both', blind: false, second: null, agreement: null });
    expect(response.body.version).toBe(claim.version + 1);
  });

  it('refuses to ask the verdict’s setter for the second rating (409) and a user who cannot rate (422)', async () => {
    await setVerdict(first, claim.id);
    const own = await requireSecond(editor, claim.id, { required: true, assignedTo: server.users.reviewer.id });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('second_rater_is_first');
    const unknown = await requireSecond(editor, claim.id, { required: true, assignedTo: 9999 });
    expect(unknown.status).toBe(422);
    expect((await requireSecond(editor, claim.id, { required: 'yes' })).status).toBe(400);
  });

  it('lifts the requirement; lifting one that is not there answers 409', async () => {
    await requireSecond(editor, claim.id);
    const lifted = await requireSecond(editor, claim.id, { required: false });
    expect(lifted.status).toBe(200);
    expect(lifted.body.doubleRating).toBeNull();
    expect((await requireSecond(editor, claim.id, { required: false })).body.error.code).toBe('second_rating_not_required');
  });
});

describe('a blind second rating', () => {
  beforeEach(async () => {
    await requireSecond(editor, claim.id);
    await setVerdict(first, claim.id);
    await buildSource(first, claim, { url: 'https://example.org/first-raters-source' });
  });

  it('hides the first rating, its rationale and its sources from every other reviewer in every answer the page reads', async () => {
    for (const blindReviewer of [second, third]) {
      const claimSeen = (await blindReviewer.request('GET', `/api/claims/${claim.id}`)).body;
      expect(claimSeen.verdict).toBeNull();
      expect(claimSeen.sources).toEqual([]);
      expect(claimSeen.doubleRating).toMatchObject({ state: 'awaiting_second', blind: true });
      const reads = await pageReads(blindReviewer, claim.id);
      expect(reads).not.toContain(FIRST_RATIONALE);
      expect(reads).not.toContain('first-raters-source');
      expect(reads).not.toContain('"rating":"false"');
    }
    const queue = (await second.request('GET', '/api/queue')).body;
    expect(queue.secondRatingDue).toEqual([expect.objectContaining({ claimId: claim.id, rating: null, rationale: null, verdictSetBy: null })]);
    // The first rater and an editor who is not rating see it.
    expect((await first.request('GET', `/api/claims/${claim.id}`)).body.verdict.rationale).toBe(FIRST_RATIONALE);
    expect((await editor.request('GET', `/api/claims/${claim.id}`)).body.verdict.rationale).toBe(FIRST_RATIONALE);
  });

  it('refuses the blind reviewer a change of the verdict or the sources (409 blind_rating), and the first rater a second rating', async () => {
    // Both reviewers are assigned to the article, so either may change its claims: only the blind rule stands in the way.
    const assignees = [server.users.reviewer.id, second.user!.id];
    expect((await editor.request('PUT', `/api/articles/${article.id}/assignees`, { userIds: assignees })).status).toBe(200);
    expect((await setVerdict(second, claim.id, 'true', 'overwrite')).body.error?.code).toBe('blind_rating');
    expect((await buildSourceRaw(second, claim.id)).body.error?.code).toBe('blind_rating');
    expect((await move(second, claim.id, 'submitted')).body.error?.code).toBe('blind_rating');
    const own = await rateSecond(first, claim.id);
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('second_rater_is_first');
    expect((await tableCounts(server)).second_ratings).toBe(1);
  });

  it('records agreement when both ratings match, then shows both to everyone, and approval is allowed', async () => {
    const rated = await rateSecond(second, claim.id, 'false');
    expect(rated.status).toBe(200);
    expect(rated.body.doubleRating).toMatchObject({ state: 'agreed', blind: false, agreement: { firstRating: 'false', secondRating: 'false', agreed: true } });
    expect((await first.request('GET', `/api/claims/${claim.id}`)).body.doubleRating.second).toMatchObject({ rating: 'false', rationale: SECOND_RATIONALE, rater: { name: 'Second Rater' } });
    expect((await second.request('GET', `/api/claims/${claim.id}`)).body.verdict.rationale).toBe(FIRST_RATIONALE);
    expect((await rateSecond(second, claim.id, 'true')).body.error.code).toBe('second_rating_complete');
    expect((await move(first, claim.id, 'submitted')).status).toBe(200);
    expect((await move(editor, claim.id, 'approved')).status).toBe(200);
  });

  it('holds back the raters’ comments from each other until both ratings are in, in the thread, by id and in the history', async () => {
    const say = async (who: TestClient, body: string) => (await who.request('POST', `/api/claims/${claim.id}/comments`, { body })).body;
    const firstSays = await say(first, 'I rated it false: the ministry denied it.');
    const editorSays = await say(editor, 'Second rater: please look at the ministry statement.');
    const secondSays = await say(second, 'Looking at the wire copy now.');
    const thread = async (who: TestClient) => (await who.request('GET', `/api/claims/${claim.id}/comments`)).body;
    const bodies = (list: { comments: { body: string }[] }) => list.comments.map((comment) => comment.body);
    expect(await thread(second)).toEqual(expect.objectContaining({ hidden: 1 }));
    expect(bodies(await thread(second))).toEqual([editorSays.body, secondSays.body]);
    expect(bodies(await thread(first))).toEqual([firstSays.body, editorSays.body]);
    expect((await thread(editor)).hidden).toBe(0);
    expect(bodies(await thread(editor))).toHaveLength(3);
    const byId = await second.request('GET', `/api/comments/${firstSays.id}`);
    expect(byId.status).toBe(404);
    const resolve = await second.request('PATCH', `/api/comments/${firstSays.id}`, { resolved: true }, { ifMatch: `"v${firstSays.version}"` });
    expect(resolve.status).toBe(404);
    const history = JSON.stringify((await second.request('GET', `/api/claims/${claim.id}/history`)).body);
    expect(history).not.toContain('the ministry denied it');
    expect(history).toContain('Looking at the wire copy now.');
    // Both in: the whole thread for everyone.
    expect((await rateSecond(second, claim.id, 'false')).status).toBe(200);
    expect(bodies(await thread(second))).toEqual([firstSays.body, editorSays.body, secondSays.body]);
    expect((await thread(first)).hidden).toBe(0);
    expect((await second.request('GET', `/api/comments/${firstSays.id}`)).status).toBe(200);
  });

  it('counts a hidden rating as unrated on the dashboard, for everyone and under every filter, until both are in', async () => {
    const dashboard = async (who: TestClient, query = '') => (await who.request('GET', `/api/summary${query}`)).body;
    for (const who of [second, first, editor]) {
      const summary = await dashboard(who);
      expect(summary.totals.verdicts).toMatchObject({ false: 0, unrated: 1 });
      expect(summary.articles.find((row: { id: number }) => row.id === article.id).verdicts).toMatchObject({ false: 0, unrated: 1 });
      expect(summary.workload[0].claims).toBe(1);
      expect((await dashboard(who, '?verdict=false')).totals.claims).toBe(0);
      expect((await dashboard(who, '?verdict=unrated')).totals.claims).toBe(1);
    }
    expect((await rateSecond(second, claim.id, 'false')).status).toBe(200);
    const after = await dashboard(second);
    expect(after.totals.verdicts).toMatchObject({ false: 1, unrated: 0 });
    expect((await dashboard(second, '?verdict=false')).totals.claims).toBe(1);
  });

  it('hides the second rating from the first rater until both are in', async () => {
    await requireSecond(editor, claim.id, { required: false });
    const other = await buildClaim(first, article, 'جنيف');
    await requireSecond(editor, other.id);
    expect((await rateSecond(second, other.id, 'true')).status).toBe(200);
    const seenByFirst = (await first.request('GET', `/api/claims/${other.id}`)).body;
    expect(seenByFirst.doubleRating).toMatchObject({ state: 'awaiting_first', second: null });
    expect(JSON.stringify(seenByFirst)).not.toContain(SECOND_RATIONALE);
    expect((await first.request('GET', `/api/claims/${other.id}/history`)).body.entries.some((entry: { action: string }) => entry.action === 'second_rating.set')).toBe(false);
    // The verdict coming in second completes the pair.
    const verdict = await setVerdict(first, other.id, 'false');
    expect(verdict.body.doubleRating).toMatchObject({ state: 'disagreed', agreement: { firstRating: 'false', secondRating: 'true', agreed: false } });
  });

  it('blocks approval until both are in and a disagreement is resolved by an editor with a note', async () => {
    await move(first, claim.id, 'submitted');
    const early = await move(editor, claim.id, 'approved');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('second_rating_missing');
    await rateSecond(second, claim.id, 'misleading');
    const disagreed = await move(editor, claim.id, 'approved');
    expect(disagreed.body.error.code).toBe('disagreement_unresolved');
    expect((await first.request('POST', `/api/claims/${claim.id}/double-rating/resolve`, { choice: 'second', note: 'n' })).status).toBe(403);
    expect((await editor.request('POST', `/api/claims/${claim.id}/double-rating/resolve`, { choice: 'other', note: 'n' })).status).toBe(400);
    expect((await editor.request('POST', `/api/claims/${claim.id}/double-rating/resolve`, { choice: 'second', note: ' ' })).status).toBe(400);
    const resolved = await editor.request('POST', `/api/claims/${claim.id}/double-rating/resolve`, { choice: 'second', note: 'The second rater read the full transcript.' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.verdict).toMatchObject({ rating: 'misleading', rationale: SECOND_RATIONALE, setBy: { name: 'Second Rater' } });
    expect(resolved.body.doubleRating).toMatchObject({ state: 'resolved', resolution: { choice: 'second', note: 'The second rater read the full transcript.', by: { role: 'editor' } } });
    expect((await editor.request('POST', `/api/claims/${claim.id}/double-rating/resolve`, { choice: 'first', note: 'again' })).body.error.code).toBe('no_disagreement');
    expect((await move(editor, claim.id, 'approved')).status).toBe(200);
  });
});

describe('PUT /api/articles/:id/double-rating and the organisation default', () => {
  it('requires a second rating of every open claim of the article and of claims marked later', async () => {
    expect((await first.request('PUT', `/api/articles/${article.id}/double-rating`, { required: true })).status).toBe(403);
    const response = await editor.request('PUT', `/api/articles/${article.id}/double-rating`, { required: true });
    expect(response.status).toBe(200);
    expect(response.body.doubleRating).toBe(true);
    expect((await first.request('GET', `/api/claims/${claim.id}`)).body.doubleRating).toMatchObject({ required: true, state: 'awaiting_both' });
    const later = await buildClaim(first, article, 'جنيف');
    expect(later.doubleRating).toMatchObject({ required: true });
    const lifted = await editor.request('PUT', `/api/articles/${article.id}/double-rating`, { required: false });
    expect(lifted.body.doubleRating).toBe(false);
    expect((await first.request('GET', `/api/claims/${later.id}`)).body.doubleRating).toBeNull();
  });

  it('starts new articles with the organisation’s default', async () => {
    const admin = await server.as('admin');
    const settings = await admin.request('GET', '/api/organisation');
    expect((await admin.request('PATCH', '/api/organisation', { doubleRatingDefault: true }, { ifMatch: settings.headers.get('etag') })).status).toBe(200);
    const fresh = await buildArticle(server, { title: 'Another' });
    expect(fresh.doubleRating).toBe(true);
    const marked = await buildClaim(first, fresh, 'الأخضر الإبراهيمي');
    expect(marked.doubleRating).toMatchObject({ required: true });
  });
});

describe('GET /api/agreement', () => {
  it('gives raw agreement, kappa and ordinal alpha for the desk, per article and per pair of raters (editors only)', async () => {
    const quotes = ['الأخضر الإبراهيمي', 'جنيف'];
    const pairs: [string, string][] = [
      ['false', 'false'],
      ['true', 'false'],
    ];
    const claims = [claim, await buildClaim(first, article, quotes[1]!)];
    for (const [i, [a, b]] of pairs.entries()) {
      await requireSecond(editor, claims[i]!.id);
      await setVerdict(first, claims[i]!.id, a);
      await rateSecond(second, claims[i]!.id, b);
    }
    expect((await first.request('GET', '/api/agreement')).status).toBe(403);
    const response = await editor.request('GET', '/api/agreement');
    expect(response.status).toBe(200);
    expect(response.body.desk).toMatchObject({ pairs: 2, rawAgreement: 0.5, numericPairs: 2 });
    expect(response.body.articles).toEqual([expect.objectContaining({ article: { id: article.id, title: article.title }, pairs: 2 })]);
    expect(response.body.raters).toEqual([expect.objectContaining({ pairs: 2, rawAgreement: 0.5 })]);
    expect(response.body.raters[0].pair.map((user: { name: string }) => user.name).sort()).toEqual(['Second Rater', 'Test reviewer']);
    const none = await editor.request('GET', '/api/agreement?from=2000-01-01&to=2000-01-02');
    expect(none.body.desk).toMatchObject({ pairs: 0, rawAgreement: null, kappa: null, alpha: null });
    expect((await editor.request('GET', '/api/agreement?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await editor.request('GET', '/api/agreement?from=yesterday')).status).toBe(400);
  });
});

function buildSourceRaw(who: TestClient, claimId: number) {
  return who.request('POST', `/api/claims/${claimId}/sources`, { url: 'https://example.org/second', title: 'A source', publisher: 'Publisher', stance: 'supports' });
}
