import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { LatestSnapshot, SnapshotStorage, SourceSnapshot } from '@sanad/shared/schemas/source-snapshot';
import { buildArticle, buildClaim, buildSource } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

const page = readFileSync(new URL('../../lib/extract/fixtures/english-news.html', import.meta.url));

let server: TestServer;
let site: Server;
let origin = '';
/** What the source page answers now: the saved page, an edited copy, or 404. */
let answer: 'page' | 'edited' | 'gone' = 'page';

beforeEach(async () => {
  answer = 'page';
  site = createServer((_req, res) => {
    if (answer === 'gone') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Gone</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(answer === 'page' ? page : Buffer.from(page.toString('utf8').replace('from £2.50 to £2.80', 'from £2.50 to £2.90')));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  server = await startTestServer({ fetcher: { allowForTests: ['loopback'] } });
});

afterEach(async () => {
  await server.close();
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

/** A claim with the source page attached; resolves with the claim and the source's id. */
async function claimCiting(url: string): Promise<{ claim: Claim; sourceId: number }> {
  const article = await buildArticle(server);
  const claim = await buildClaim(server, article, 'جنيف');
  const cited = await buildSource(server, claim, { url, title: 'Bus fares', publisher: 'Ledger' });
  return { claim: cited, sourceId: cited.sources[0]!.source.id };
}

async function latest(sourceId: number): Promise<NonNullable<LatestSnapshot['snapshot']>> {
  await server.services.snapshots.idle();
  const response = await server.request<LatestSnapshot>('GET', `/api/sources/${sourceId}/snapshot`);
  expect(response.status).toBe(200);
  return response.body.snapshot!;
}

describe('source snapshots', () => {
  it('keeps a snapshot of the page when a source is attached: text, compressed HTML, hash, status, time and suggested details', async () => {
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    const pending = await server.request<LatestSnapshot>('GET', `/api/sources/${sourceId}/snapshot`);
    expect(['pending', 'ok']).toContain(pending.body.snapshot?.status);

    const snapshot = await latest(sourceId);
    expect(snapshot).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      errorCode: null,
      finalUrl: `${origin}/local/bus-fares`,
      title: 'Bus fares to rise 12% in April, council says',
      publisher: 'The Northern Ledger',
      publishedOn: '2026-02-03',
      rawBytes: page.length,
      changed: null,
      gone: false,
    });
    expect(snapshot.text).toContain('taking a single adult ticket from £2.50 to £2.80');
    expect(snapshot.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.fetchedAt).not.toBeNull();
    const [stored] = await server.query<{ raw_html_gzip: Buffer }>('select raw_html_gzip from source_snapshots where id = ?', snapshot.id);
    expect(gunzipSync(stored!.raw_html_gzip).equals(page)).toBe(true);
  });

  it('is cited with its date in the report (Markdown and HTML), and not before it is kept', async () => {
    const { claim, sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    await server.services.snapshots.idle();
    const markdown = await server.request<string>('GET', `/api/articles/${claim.articleId}/report?format=md&kind=draft`);
    expect(markdown.status).toBe(200);
    expect(markdown.body).toMatch(/— Ledger، لقطة بتاريخ 2026-01-01|— Ledger, snapshot of 2026-01-01/);
    const html = await server.request<string>('GET', `/api/articles/${claim.articleId}/report?format=html&kind=draft`);
    expect(html.body).toMatch(/(snapshot of|لقطة بتاريخ) <bdi dir="ltr">2026-01-01<\/bdi>/);
    const json = await server.request<{ claims: { sources: { context: { snapshotOn: string | null }[] } }[] }>('GET', `/api/articles/${claim.articleId}/report?format=json&kind=draft`);
    const report = typeof json.body === 'string' ? (JSON.parse(json.body) as typeof json.body) : json.body;
    expect(report.claims[0]!.sources.context[0]!.snapshotOn).toBe('2026-01-01');
    await server.query('delete from source_snapshots where source_id = ?', sourceId);
    const without = await server.request<string>('GET', `/api/articles/${claim.articleId}/report?format=md&kind=draft`);
    expect(without.body).not.toMatch(/snapshot of|لقطة بتاريخ/);
  });

  it('fetches a source once, however many claims cite it', async () => {
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    const article = await buildArticle(server, { title: 'Second', text: 'The council said fares rise.', language: 'en' });
    const claim = await buildClaim(server, article, 'fares rise');
    await buildSource(server, claim, { url: `${origin}/local/bus-fares` });
    await server.services.snapshots.idle();
    const rows = await server.query<{ n: number }>('select cast(count(*) as integer) as n from source_snapshots where source_id = ?', sourceId);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('says on a re-fetch whether the page changed, and when it is gone', async () => {
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    const first = await latest(sourceId);

    const again = await server.request<SourceSnapshot>('POST', `/api/sources/${sourceId}/snapshots`);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ sourceId, status: 'pending', fetchedAt: null });
    expect(await latest(sourceId)).toMatchObject({ status: 'ok', changed: false, contentHash: first.contentHash });

    answer = 'edited';
    await server.request('POST', `/api/sources/${sourceId}/snapshots`);
    const edited = await latest(sourceId);
    expect(edited).toMatchObject({ status: 'ok', changed: true });
    expect(edited.text).toContain('from £2.50 to £2.90');

    answer = 'gone';
    await server.request('POST', `/api/sources/${sourceId}/snapshots`);
    expect(await latest(sourceId)).toMatchObject({ status: 'failed', gone: true, httpStatus: 404, errorCode: 'fetch_http_status', text: null });
  });

  it('records a refused address as a failed snapshot, while the source stays attached', async () => {
    const { claim, sourceId } = await claimCiting('http://169.254.169.254/latest/meta-data/');
    expect(claim.sources).toHaveLength(1);
    expect(await latest(sourceId)).toMatchObject({ status: 'failed', errorCode: 'fetch_address_refused', httpStatus: null, gone: false });
    const unknownHost = await claimCiting('https://no-such-host.example/page');
    expect(await latest(unknownHost.sourceId)).toMatchObject({ status: 'failed', errorCode: 'fetch_host_not_found' });
  });

  it('records a snapshot over the fetch quota as failed with fetch_rate_limited', async () => {
    await server.close();
    server = await startTestServer({ fetcher: { allowForTests: ['loopback'] }, fetchQuota: { perUserPerMinute: 1, perServerPerMinute: 10 } });
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    await latest(sourceId);
    await server.request('POST', `/api/sources/${sourceId}/snapshots`);
    expect(await latest(sourceId)).toMatchObject({ status: 'failed', errorCode: 'fetch_rate_limited' });
  });

  it('refuses a snapshot past the storage budget (snapshot_budget_full), before fetching once it is used up, and shows admins used and budget', async () => {
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    await latest(sourceId);
    const one = (await (await server.as('admin')).request<SnapshotStorage>('GET', '/api/source-snapshots/storage')).body.usedBytes;
    expect(one).toBeGreaterThan(1000);
    await server.close();
    // Room for one snapshot of the page, not two.
    const budgetBytes = Math.floor(one * 1.5);
    server = await startTestServer({ fetcher: { allowForTests: ['loopback'] }, snapshotBudgetBytes: budgetBytes });
    const admin = await server.as('admin');
    const first = await claimCiting(`${origin}/local/bus-fares`);
    expect(await latest(first.sourceId)).toMatchObject({ status: 'ok' });
    expect((await admin.request<SnapshotStorage>('GET', '/api/source-snapshots/storage')).body).toEqual({ usedBytes: one, budgetBytes, snapshots: 1 });

    expect((await server.request('POST', `/api/sources/${first.sourceId}/snapshots`)).status).toBe(201);
    expect(await latest(first.sourceId)).toMatchObject({ status: 'failed', errorCode: 'snapshot_budget_full', text: null });
    expect((await admin.request<SnapshotStorage>('GET', '/api/source-snapshots/storage')).body).toMatchObject({ usedBytes: one, snapshots: 2 });

    // Used up (say the budget was lowered): refused at once, with nothing started.
    await server.query('update source_snapshots set text = ? where status = ?', 'x'.repeat(budgetBytes), 'ok');
    const refused = await server.request('POST', `/api/sources/${first.sourceId}/snapshots`);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'snapshot_budget_full', message: expect.stringMatching(/SNAPSHOT_BUDGET_MB/) });
    expect((await admin.request<SnapshotStorage>('GET', '/api/source-snapshots/storage')).body.snapshots).toBe(2);
    const second = await claimCiting(`${origin}/other/page`);
    expect(await latest(second.sourceId)).toMatchObject({ status: 'failed', errorCode: 'snapshot_budget_full' });
  });

  it('shows the storage figure to admins only', async () => {
    expect((await (await server.as('reviewer')).request('GET', '/api/source-snapshots/storage')).status).toBe(403);
    expect((await (await server.as('editor')).request('GET', '/api/source-snapshots/storage')).status).toBe(403);
    expect((await server.anonymous.request('GET', '/api/source-snapshots/storage')).status).toBe(401);
  });

  it('deletes a source no claim cites any more with its snapshots: on detaching the last link, on relinking, on deleting the claim or the article', async () => {
    const snapshotsOf = async (sourceId: number) => (await server.query<{ n: number }>('select count(*) as n from source_snapshots where source_id = ?', sourceId))[0]!.n;
    const sourceExists = async (sourceId: number) => (await server.query('select id from sources where id = ?', sourceId)).length === 1;
    const article = await buildArticle(server);
    const one = await buildClaim(server, article, 'جنيف');
    const other = await buildClaim(server, article, 'مؤتمر');
    const url = `${origin}/local/bus-fares`;
    const cited = await buildSource(server, one, { url });
    const link = cited.sources[0]!;
    const otherCited = await buildSource(server, other, { url });
    await server.services.snapshots.idle();
    expect(await snapshotsOf(link.source.id)).toBe(1);

    // Still cited by the other claim: kept.
    expect((await server.request('DELETE', `/api/claims/${one.id}/sources/${link.id}`)).status).toBe(200);
    expect(await snapshotsOf(link.source.id)).toBe(1);
    // The last link goes: the source and its snapshot go.
    expect((await server.request('DELETE', `/api/claims/${other.id}/sources/${otherCited.sources[0]!.id}`)).status).toBe(200);
    expect(await sourceExists(link.source.id)).toBe(false);
    expect(await snapshotsOf(link.source.id)).toBe(0);

    // A link moved to another address leaves its old source unused.
    const relinked = await buildSource(server, one, { url: `${origin}/a` });
    await server.services.snapshots.idle();
    const before = relinked.sources[0]!;
    expect((await server.request('PATCH', `/api/claims/${one.id}/sources/${before.id}`, { url: `${origin}/b` })).status).toBe(200);
    await server.services.snapshots.idle();
    expect(await sourceExists(before.source.id)).toBe(false);
    expect(await snapshotsOf(before.source.id)).toBe(0);

    // Deleting the claim, then the article, leaves no unused source behind.
    const third = await buildSource(server, other, { url: `${origin}/c` });
    await server.services.snapshots.idle();
    expect((await server.request('DELETE', `/api/claims/${other.id}`)).status).toBe(204);
    expect(await sourceExists(third.sources[0]!.source.id)).toBe(false);
    expect((await server.request('DELETE', `/api/articles/${article.id}`)).status).toBe(204);
    expect(await server.query('select id from sources')).toEqual([]);
    expect(await server.query('select id from source_snapshots')).toEqual([]);
  });

  it('tells the live stream of every article citing the source when its snapshot starts and ends', async () => {
    const heard: { article: number; type: string; change: string }[] = [];
    const first = await buildArticle(server);
    const second = await buildArticle(server, { title: 'ثانية' });
    const unrelated = await buildArticle(server, { title: 'أخرى' });
    const listen = (articleId: number) =>
      server.services.events.subscribe(articleId, (message) => {
        if (message.name === 'change' && message.data.type === 'snapshot') heard.push({ article: articleId, type: message.data.type, change: message.data.change });
      });
    const stops = [first, second, unrelated].map((article) => listen(article.id));
    const url = `${origin}/local/bus-fares`;
    const cited = await buildSource(server, await buildClaim(server, first, 'جنيف'), { url });
    await server.services.snapshots.idle();
    expect(heard).toEqual([
      { article: first.id, type: 'snapshot', change: 'created' },
      { article: first.id, type: 'snapshot', change: 'updated' },
    ]);
    heard.length = 0;
    await buildSource(server, await buildClaim(server, second, 'جنيف'), { url });
    expect((await server.request('POST', `/api/sources/${cited.sources[0]!.source.id}/snapshots`)).status).toBe(201);
    await server.services.snapshots.idle();
    for (const stop of stops) stop();
    expect(heard.filter((event) => event.change === 'updated').map((event) => event.article).sort()).toEqual([first.id, second.id].sort());
    expect(heard.some((event) => event.article === unrelated.id)).toBe(false);
  });

  it('answers null before the first snapshot, 404 for an unknown source and 401 without a session', async () => {
    expect((await server.request('GET', '/api/sources/999/snapshot')).status).toBe(404);
    expect((await server.request('POST', '/api/sources/999/snapshots')).status).toBe(404);
    expect((await server.anonymous.request('GET', '/api/sources/1/snapshot')).status).toBe(401);
    const { sourceId } = await claimCiting(`${origin}/local/bus-fares`);
    await server.services.snapshots.idle();
    await server.query('delete from source_snapshots where source_id = ?', sourceId);
    expect((await server.request<LatestSnapshot>('GET', `/api/sources/${sourceId}/snapshot`)).body).toEqual({ snapshot: null });
  });
});
