import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('50 clients updating one claim', () => {
  it('accounts for every attempt: successes plus 412s, the version rising by the successes, no 5xx, no SQLITE_BUSY', async () => {
    const claim = await buildClaim(server, await buildArticle(server), 'الأخضر الإبراهيمي');
    const initial = (await server.request('GET', `/api/claims/${claim.id}`)).body.version as number;
    const reviewer = await server.as('reviewer');
    const tally = { ok: 0, stale: 0, other: [] as number[] };
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        let seen = initial;
        for (let attempt = 0; attempt < 6; attempt += 1) {
          const response = await reviewer.request(
            'PUT',
            `/api/claims/${claim.id}/verdict`,
            { rating: attempt % 2 ? 'false' : 'misleading', rationale: `client ${client} attempt ${attempt}` },
            { ifMatch: `"v${seen}"` },
          );
          if (response.status === 200) {
            tally.ok += 1;
            seen = response.body.version;
          } else if (response.status === 412) {
            tally.stale += 1;
            seen = response.body.error.current.version;
          } else {
            tally.other.push(response.status);
          }
        }
      }),
    );
    expect(tally.other).toEqual([]);
    expect(tally.ok + tally.stale).toBe(300);
    expect(tally.ok).toBeGreaterThan(0);
    const final = (await server.request('GET', `/api/claims/${claim.id}`)).body.version as number;
    expect(final).toBe(initial + tally.ok);
  }, 60_000);
});
