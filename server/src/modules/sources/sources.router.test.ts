import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { buildArticle, buildClaim, buildSource, tableCounts } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
let article: Article;
let claim: Claim;
beforeEach(async () => {
  server = await startTestServer();
  article = await buildArticle(server);
  claim = await buildClaim(server, article, 'الأخضر الإبراهيمي');
});
afterEach(async () => {
  await server.close();
});

const SOURCE = {
  url: 'HTTPS://WWW.UN.org/press/geneva-ii#top',
  title: 'Geneva II talks resume',
  publisher: 'United Nations',
  publishedAt: '2014-01-27',
  excerpt: 'The Joint Special Representative met both delegations separately.',
  stance: 'contradicts',
};

describe('POST /api/claims/:id/sources', () => {
  it('attaches a source with its stance, storing the URL normalised', async () => {
    const response = await server.request('POST', `/api/claims/${claim.id}/sources`, SOURCE);
    expect(response.status).toBe(201);
    expect(response.body.sources).toHaveLength(1);
    expect(response.body.sources[0]).toMatchObject({
      stance: 'contradicts',
      excerpt: SOURCE.excerpt,
      source: { url: 'https://www.un.org/press/geneva-ii', title: SOURCE.title, publisher: 'United Nations', publishedAt: '2014-01-27' },
    });
  });

  it('stores a URL once and links it to each claim that cites it', async () => {
    const other = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    await server.request('POST', `/api/claims/${claim.id}/sources`, SOURCE);
    const second = await server.request('POST', `/api/claims/${other.id}/sources`, { ...SOURCE, url: 'https://www.un.org/press/geneva-ii', stance: 'supports' });
    expect(second.status).toBe(201);
    expect((await tableCounts(server))).toMatchObject({ sources: 1, claim_sources: 2 });
    expect(second.body.sources[0].stance).toBe('supports');
  });

  it('answers 409 when the same source is attached to the claim twice', async () => {
    await server.request('POST', `/api/claims/${claim.id}/sources`, SOURCE);
    const again = await server.request('POST', `/api/claims/${claim.id}/sources`, { ...SOURCE, url: 'https://www.un.org/press/geneva-ii#other' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('source_already_linked');
  });

  it('refuses a javascript: URL and other schemes with a 400 naming the url', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>1</script>', 'ftp://files.example.org/a', 'https://user:secret@example.org/']) {
      const response = await server.request('POST', `/api/claims/${claim.id}/sources`, { ...SOURCE, url });
      expect(response.status, url).toBe(400);
      expect(response.body.error.details[0]).toMatchObject({ path: ['body', 'url'] });
    }
    expect((await tableCounts(server))).toMatchObject({ sources: 0, claim_sources: 0 });
  });

  it('answers 400 for a bad stance or date and 404 for an unknown claim', async () => {
    const bad = await server.request('POST', `/api/claims/${claim.id}/sources`, { ...SOURCE, stance: 'agrees', publishedAt: '2014-02-30' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.stance', 'body.publishedAt']));
    expect((await server.request('POST', '/api/claims/999/sources', SOURCE)).status).toBe(404);
  });
});

describe('PATCH /api/claims/:id/sources/:linkId', () => {
  it('changes the stance and excerpt of the link and the title of the source', async () => {
    const withSource = await buildSource(server, claim, { stance: 'context' });
    const linkId = withSource.sources[0]!.id;
    const response = await server.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, {
      stance: 'supports',
      excerpt: 'مقتطف',
      title: 'Geneva II: day one',
    });
    expect(response.status).toBe(200);
    expect(response.body.sources[0]).toMatchObject({ stance: 'supports', excerpt: 'مقتطف', version: 2, source: { title: 'Geneva II: day one' } });
  });

  it('relinks to another source when the URL changes, deleting the old one that no claim cites now', async () => {
    const withSource = await buildSource(server, claim);
    const linkId = withSource.sources[0]!.id;
    const response = await server.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, {
      url: 'https://www.aljazeera.net/news/2014/1/27/geneva',
      title: 'جنيف 2',
      publisher: 'الجزيرة',
    });
    expect(response.status).toBe(200);
    expect(response.body.sources[0].source).toMatchObject({ url: 'https://www.aljazeera.net/news/2014/1/27/geneva', publisher: 'الجزيرة' });
    expect((await tableCounts(server))).toMatchObject({ sources: 1, claim_sources: 1 });
  });

  it('answers 404 for a link of another claim and 400 for an empty change', async () => {
    const other = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    const withSource = await buildSource(server, other);
    const linkId = withSource.sources[0]!.id;
    expect((await server.request('PATCH', `/api/claims/${claim.id}/sources/${linkId}`, { stance: 'supports' })).status).toBe(404);
    expect((await server.request('PATCH', `/api/claims/${other.id}/sources/${linkId}`, {})).status).toBe(400);
    expect((await server.request('PATCH', `/api/claims/${other.id}/sources/${linkId}`, { url: 'javascript:void(0)' })).status).toBe(400);
  });
});

describe('DELETE /api/claims/:id/sources/:linkId', () => {
  it('detaches the source, keeping it while another claim cites it and deleting it after the last', async () => {
    const other = await buildClaim(server, article, 'جلستَيْن منفصلتَيْن');
    const otherLinkId = (await buildSource(server, other)).sources[0]!.id;
    const withSource = await buildSource(server, claim);
    const linkId = withSource.sources[0]!.id;
    const response = await server.request('DELETE', `/api/claims/${claim.id}/sources/${linkId}`);
    expect(response.status).toBe(200);
    expect(response.body.sources).toEqual([]);
    expect((await tableCounts(server))).toMatchObject({ sources: 1, claim_sources: 1 });
    expect((await server.request('DELETE', `/api/claims/${other.id}/sources/${otherLinkId}`)).status).toBe(200);
    expect((await tableCounts(server))).toMatchObject({ sources: 0, claim_sources: 0 });
    expect((await server.request('DELETE', `/api/claims/${claim.id}/sources/${linkId}`)).status).toBe(404);
  });
});
