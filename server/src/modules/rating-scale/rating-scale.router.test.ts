import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RATING_KEYS } from '@sanad/shared/rating-scale';
import type { ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let admin: TestClient;
beforeEach(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
});
afterEach(async () => {
  await server.close();
});

const DISPUTED = {
  key: 'disputed',
  labelEn: 'Disputed',
  labelAr: 'متنازع عليه',
  definitionEn: 'Credible sources disagree and the evidence does not settle it.',
  definitionAr: 'تختلف المصادر الموثوقة ولا تحسم الأدلة المسألة.',
  value: null,
  color: '#6d28d9',
  tint: '#ede4ff',
};

async function scale(client: TestClient = admin): Promise<ScaleRating[]> {
  const response = await client.request<{ ratings: ScaleRating[] }>('GET', '/api/rating-scale');
  expect(response.status).toBe(200);
  return response.body.ratings;
}

async function rating(key: string): Promise<ScaleRating> {
  const found = (await scale()).find((each) => each.key === key);
  if (!found) throw new Error(`no rating ${key}`);
  return found;
}

/** A request on one rating with If-Match of its current version. */
async function onRating(method: string, key: string, suffix = '', body?: unknown, client: TestClient = admin) {
  const { version } = await rating(key);
  return client.request(method, `/api/rating-scale/${key}${suffix}`, body, { headers: { 'if-match': `"v${version}"` } });
}

async function auditActions(): Promise<string[]> {
  return (await server.query<{ action: string }>(`select action from audit_log where entity_type = 'rating' order by id`)).map((row) => row.action);
}

async function ratedClaim(key: string) {
  const article = await buildArticle(server);
  const claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
  const response = await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: key, rationale: 'Because.' });
  return { article, claim, response };
}

describe('GET /api/rating-scale', () => {
  it('serves the seeded scale in order to every role, with use counts and versions', async () => {
    await ratedClaim('false');
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      const ratings = await scale(await server.as(role));
      expect(ratings.map((each) => each.key)).toEqual([...RATING_KEYS]);
      expect(ratings.map((each) => each.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(ratings.find((each) => each.key === 'false')).toMatchObject({ labelAr: 'خاطئ', value: 1, inUse: 1, retiredAt: null, version: 1 });
    }
    expect((await server.anonymous.request('GET', '/api/rating-scale')).status).toBe(401);
  });

  it('serves one rating with its ETag, 404 for an unknown key and 400 for a malformed one', async () => {
    const one = await admin.request('GET', '/api/rating-scale/misleading');
    expect(one.status).toBe(200);
    expect(one.headers.get('etag')).toBe('"v1"');
    expect((await admin.request('GET', '/api/rating-scale/nope')).status).toBe(404);
    const malformed = await admin.request('GET', '/api/rating-scale/Not-A-Key');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].path).toEqual(['params', 'key']);
  });
});

describe('POST /api/rating-scale', () => {
  it('adds a rating at the end, offers it for verdicts and records it in the audit log', async () => {
    const response = await admin.request('POST', '/api/rating-scale', DISPUTED);
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.body).toMatchObject({ ...DISPUTED, position: 7, inUse: 0, retiredAt: null, version: 1 });
    expect((await scale()).at(-1)?.key).toBe('disputed');
    const { response: verdict } = await ratedClaim('disputed');
    expect(verdict.status).toBe(200);
    expect(verdict.body.verdict.rating).toBe('disputed');
    expect(await auditActions()).toEqual(['rating.create']);
  });

  it('inserts at a given position and moves the ratings after it down', async () => {
    const response = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, position: 2 });
    expect(response.body.position).toBe(2);
    const keys = (await scale()).map((each) => each.key);
    expect(keys).toEqual(['true', 'mostly_true', 'disputed', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable']);
    expect((await scale()).map((each) => each.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('answers 409 rating_exists for a key already on the scale', async () => {
    const response = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, key: 'false' });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'rating_exists', details: [{ path: ['body', 'key'] }] });
    expect(await scale()).toHaveLength(7);
  });

  it('answers 400 for the reserved key "unrated", a malformed key or colour, an empty label and unknown fields', async () => {
    const reserved = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, key: 'unrated' });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.details).toEqual([{ path: ['body', 'key'], message: expect.stringMatching(/reserved/) }]);
    const bad = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, key: 'Two Words', color: 'purple', labelAr: '  ' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.key', 'body.color', 'body.labelAr']));
    expect((await admin.request('POST', '/api/rating-scale', { ...DISPUTED, extra: 1 })).status).toBe(400);
    expect((await admin.request('POST', '/api/rating-scale', { ...DISPUTED, value: 1.5 })).status).toBe(400);
    expect(await scale()).toHaveLength(7);
  });

  it('answers 422 low_contrast with a detail per colour that is hard to read', async () => {
    const response = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, color: '#ffcc00', tint: '#777777' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('low_contrast');
    expect(response.body.error.details).toEqual([
      { path: ['body', 'color'], message: expect.stringMatching(/^White text on the colour #ffcc00 has contrast 1\.\d\d:1; it needs at least 4\.5:1/) },
      { path: ['body', 'tint'], message: expect.stringMatching(/^Article text on the tint #777777 has contrast \d\.\d\d:1; it needs at least 7:1/) },
    ]);
    const oneBad = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, tint: '#9999aa' });
    expect(oneBad.body.error.details.map((detail: { path: string[] }) => detail.path[1])).toEqual(['tint']);
    expect(await scale()).toHaveLength(7);
  });

  it('stores colours in lower case', async () => {
    const response = await admin.request('POST', '/api/rating-scale', { ...DISPUTED, color: '#6D28D9', tint: ' #EDE4FF ' });
    expect(response.body).toMatchObject({ color: '#6d28d9', tint: '#ede4ff' });
  });
});

describe('PATCH /api/rating-scale/:key', () => {
  it('changes labels, definitions, value and colours, bumps the version and audits before and after', async () => {
    const response = await onRating('PATCH', 'misleading', '', { labelAr: 'مضلل عمداً', value: null, color: '#7c2d12', tint: '#fde7d9' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"v2"');
    expect(response.body).toMatchObject({ key: 'misleading', labelAr: 'مضلل عمداً', labelEn: 'Misleading', value: null, color: '#7c2d12', version: 2 });
    const [entry] = await server.query<{ actor_role: string; before: string; after: string }>(`select actor_role, before, after from audit_log where action = 'rating.update'`);
    expect(entry!.actor_role).toBe('admin');
    expect(JSON.parse(entry!.before)).toMatchObject({ key: 'misleading', labelAr: 'مضلِّل' });
    expect(JSON.parse(entry!.after)).toMatchObject({ key: 'misleading', labelAr: 'مضلل عمداً' });
  });

  it('moves a rating to a new position and renumbers the others', async () => {
    const response = await onRating('PATCH', 'unverifiable', '', { position: 0 });
    expect(response.body.position).toBe(0);
    expect((await scale()).map((each) => each.key)).toEqual(['unverifiable', 'true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading']);
    await onRating('PATCH', 'unverifiable', '', { position: 99 });
    expect((await scale()).map((each) => each.key)).toEqual([...RATING_KEYS]);
    expect((await scale()).map((each) => each.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('checks the contrast of the colour pair that would result', async () => {
    const response = await onRating('PATCH', 'true', '', { tint: '#3d7a52' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'low_contrast', details: [{ path: ['body', 'tint'] }] });
    expect((await rating('true')).version).toBe(1);
  });

  it('answers 412 with the current rating for a stale version and 428 without If-Match', async () => {
    await onRating('PATCH', 'mostly_false', '', { labelEn: 'Mostly wrong' });
    const stale = await admin.request('PATCH', '/api/rating-scale/mostly_false', { labelEn: 'Parody' }, { ifMatch: '"v1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'precondition_failed', current: { key: 'mostly_false', labelEn: 'Mostly wrong', version: 2 } });
    expect((await admin.request('PATCH', '/api/rating-scale/mostly_false', { labelEn: 'Parody' }, { ifMatch: null })).status).toBe(428);
    expect((await rating('mostly_false')).labelEn).toBe('Mostly wrong');
  });

  it('answers 400 for an empty change, a new key or a malformed value; 404 for an unknown rating', async () => {
    expect((await onRating('PATCH', 'true', '', {})).status).toBe(400);
    expect((await onRating('PATCH', 'true', '', { key: 'other' })).status).toBe(400);
    expect((await onRating('PATCH', 'true', '', { value: 'five' })).status).toBe(400);
    expect((await onRating('PATCH', 'true', '', { position: -1 })).status).toBe(400);
    expect((await admin.request('PATCH', '/api/rating-scale/nope', { labelEn: 'x' }, { ifMatch: '"v1"' })).status).toBe(404);
  });
});

describe('retiring and restoring', () => {
  it('keeps a retired rating on its verdicts but refuses it for new ones, until it is restored', async () => {
    const { claim } = await ratedClaim('mostly_false');
    const retired = await onRating('POST', 'mostly_false', '/retire');
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ key: 'mostly_false', retiredAt: expect.any(String), inUse: 1, version: 2 });
    expect((await scale()).map((each) => each.key)).toContain('mostly_false');

    // The claim keeps its rating, and its rationale can still be edited.
    expect((await server.request('GET', `/api/claims/${claim.id}`)).body.verdict.rating).toBe('mostly_false');
    expect((await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'mostly_false', rationale: 'Edited.' })).status).toBe(200);

    const { response: refused } = await ratedClaim('mostly_false');
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'retired_rating', details: [{ path: ['body', 'rating'] }] });
    expect(refused.body.error.message).toMatch(/"Mostly false" is retired/);

    expect((await onRating('POST', 'mostly_false', '/retire')).status).toBe(409);
    const restored = await onRating('POST', 'mostly_false', '/restore');
    expect(restored.body).toMatchObject({ retiredAt: null, version: 3 });
    expect((await onRating('POST', 'mostly_false', '/restore')).status).toBe(409);
    const { response: accepted } = await ratedClaim('mostly_false');
    expect(accepted.status).toBe(200);
    expect(await auditActions()).toEqual(['rating.retire', 'rating.restore']);
  });

  it('never leaves the scale without an active rating', async () => {
    for (const key of RATING_KEYS.slice(1)) expect((await onRating('POST', key, '/retire')).status).toBe(200);
    const last = await onRating('POST', 'true', '/retire');
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('last_active_rating');
    const deleting = await onRating('DELETE', 'true');
    expect(deleting.status).toBe(409);
    expect(deleting.body.error.code).toBe('last_active_rating');
    // A retired rating no verdict uses may still be deleted.
    expect((await onRating('DELETE', 'mostly_false')).status).toBe(204);
  });

  it('answers 412 for a stale version', async () => {
    const response = await admin.request('POST', '/api/rating-scale/mostly_false/retire', undefined, { headers: { 'if-match': '"v7"' } });
    expect(response.status).toBe(412);
    expect((await rating('mostly_false')).retiredAt).toBeNull();
  });
});

describe('DELETE /api/rating-scale/:key', () => {
  it('deletes a rating no verdict uses and closes the gap in the order', async () => {
    const response = await onRating('DELETE', 'half_true');
    expect(response.status).toBe(204);
    const ratings = await scale();
    expect(ratings.map((each) => each.key)).not.toContain('half_true');
    expect(ratings.map((each) => each.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await auditActions()).toEqual(['rating.delete']);
    const { response: verdict } = await ratedClaim('half_true');
    expect(verdict.status).toBe(422);
    expect(verdict.body.error.code).toBe('unknown_rating');
  });

  it('answers 409 rating_in_use naming how many verdicts use it', async () => {
    await ratedClaim('false');
    await ratedClaim('false');
    const response = await onRating('DELETE', 'false');
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('rating_in_use');
    expect(response.body.error.message).toMatch(/2 verdicts/);
    expect((await rating('false')).inUse).toBe(2);
  });

  it('answers 412 for a stale version and 404 for an unknown rating', async () => {
    expect((await admin.request('DELETE', '/api/rating-scale/true', undefined, { ifMatch: '"v9"' })).status).toBe(412);
    expect((await admin.request('DELETE', '/api/rating-scale/nope', undefined, { ifMatch: '"v1"' })).status).toBe(404);
    expect(await scale()).toHaveLength(7);
  });
});

describe('who may change the scale', () => {
  it('answers 403 to editors and reviewers for every change, and leaves the scale as it was', async () => {
    for (const role of ['editor', 'reviewer'] as const) {
      const client = await server.as(role);
      expect((await client.request('POST', '/api/rating-scale', DISPUTED)).status).toBe(403);
      expect((await onRating('PATCH', 'true', '', { labelEn: 'Correct' }, client)).status).toBe(403);
      expect((await onRating('POST', 'true', '/retire', undefined, client)).status).toBe(403);
      expect((await onRating('POST', 'true', '/restore', undefined, client)).status).toBe(403);
      expect((await onRating('DELETE', 'true', '', undefined, client)).status).toBe(403);
    }
    expect((await scale()).map((each) => [each.key, each.version])).toEqual(RATING_KEYS.map((key) => [key, 1]));
    expect(await auditActions()).toEqual([]);
  });
});

describe('the live scale in summaries', () => {
  it('counts a new rating in the dashboard and the article summary, and filters by it', async () => {
    await admin.request('POST', '/api/rating-scale', DISPUTED);
    const { article } = await ratedClaim('disputed');
    const editor = await server.as('editor');
    const summary = await editor.request('GET', '/api/summary');
    expect(summary.body.totals.verdicts).toMatchObject({ disputed: 1, true: 0, unrated: 0 });
    const filtered = await editor.request('GET', '/api/summary?verdict=disputed');
    expect(filtered.body.articles.map((row: { id: number }) => row.id)).toEqual([article.id]);
    expect((await editor.request('GET', `/api/articles/${article.id}/summary`)).body.verdicts).toMatchObject({ disputed: 1, unrated: 0 });
    const unknown = await editor.request('GET', '/api/summary?verdict=nothing_like_it');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toEqual(['query', 'verdict']);
  });

  it('lists a retired rating while claims still have it, and drops it once none do', async () => {
    const { claim } = await ratedClaim('mostly_false');
    await onRating('POST', 'mostly_false', '/retire');
    const editor = await server.as('editor');
    expect((await editor.request('GET', '/api/summary')).body.totals.verdicts).toHaveProperty('mostly_false', 1);
    await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'Changed.' });
    expect((await editor.request('GET', '/api/summary')).body.totals.verdicts).not.toHaveProperty('mostly_false');
  });
});
