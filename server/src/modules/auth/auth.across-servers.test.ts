import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECT, TEST_PASSWORD, type TestServer, startTestServer } from '../../test/test-server.ts';

async function login(server: TestServer, email: string, password: string) {
  return fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

/** `GET /api/session` on `server` with `cookie`: 200 while the session lives. */
async function whoAmI(server: TestServer, cookie: string): Promise<number> {
  return (await fetch(`${server.url}/api/session`, { headers: { cookie } })).status;
}

// Two app servers on one PostgreSQL database (issue #14): nothing of logins lives in one server's memory.
describe.skipIf(TEST_DIALECT !== 'postgres')('logins across two servers on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  beforeEach(async () => {
    a = await startTestServer();
    b = await startTestServer({ sameDatabaseAs: a });
  });
  afterEach(async () => {
    await b.close();
    await a.close();
  });

  it('counts failed logins through both servers together: the 6th, on either, is 429', async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await login(i % 2 === 0 ? a : b, 'editor@test.sanad', `wrong ${i}`);
      expect(response.status, `failure ${i + 1}`).toBe(401);
    }
    const onB = await login(b, 'editor@test.sanad', TEST_PASSWORD);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(a, 'editor@test.sanad', TEST_PASSWORD)).status).toBe(429);
  });

  it('honours a session opened on A on B, and a logout on B ends it on A', async () => {
    const opened = await login(a, 'reviewer@test.sanad', TEST_PASSWORD);
    expect(opened.status).toBe(200);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(await whoAmI(a, cookie)).toBe(200);
    expect(await whoAmI(b, cookie)).toBe(200);
    const logout = await fetch(`${b.url}/api/session`, { method: 'DELETE', headers: { cookie, origin: b.url } });
    expect(logout.status).toBe(204);
    expect(await whoAmI(a, cookie)).toBe(401);
    expect(await whoAmI(b, cookie)).toBe(401);
  });
});
