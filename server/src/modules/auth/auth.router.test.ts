import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_PASSWORD, type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';
import { hashPassword, verifyPassword } from '../../lib/password.ts';
import { sessionId } from './auth.service.ts';

let server: TestServer;
/**
 * The app's clock is Date, faked (timers stay real), so that advancing it also
 * moves the login limiter's time: rate-limiter-flexible reads `Date.now()` (ADR 017).
 */
const clock = {
  now: () => new Date(),
  advance: (ms: number) => {
    vi.setSystemTime(Date.now() + ms);
  },
};
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00.000Z') });
  server = await startTestServer({ clock });
});
afterEach(async () => {
  await server.close();
  vi.useRealTimers();
});

async function login(email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

describe('POST /api/session', () => {
  it('logs in and sets an HttpOnly, SameSite=Lax cookie holding a 256-bit random token (ASVS 3.3.1, 7.2.3)', async () => {
    const response = await login('Reviewer@Test.Sanad', TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email: 'reviewer@test.sanad', role: 'reviewer' });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sanad_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('marks the cookie Secure with the __Host- prefix over https (ASVS 3.3.1, 3.3.3)', async () => {
    const { createApp } = await import('../../app.ts');
    const { createLogger } = await import('../../lib/logger.ts');
    const app = createApp({ db: server.handle.db, clock, logger: createLogger('silent'), services: server.services, trustProxy: true });
    const listening = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (listening.address() as { port: number }).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'reviewer@test.sanad', password: TEST_PASSWORD }),
    });
    listening.close();
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-sanad_session=.*; Secure/);
  });

  it('answers 401 alike for a wrong password and an unknown email (ASVS 6.3.8)', async () => {
    const wrong = await login('reviewer@test.sanad', 'not the password');
    const unknown = await login('nobody@test.sanad', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('answers 429 with Retry-After on the 6th failure in a minute (ASVS 6.3.1)', async () => {
    for (let i = 0; i < 5; i += 1) expect((await login('editor@test.sanad', `wrong ${i}`)).status).toBe(401);
    const limited = await login('editor@test.sanad', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The address has now failed five times too; a different account from it is also held back.
    expect((await login('admin@test.sanad', TEST_PASSWORD)).status).toBe(429);
    clock.advance(61_000);
    expect((await login('editor@test.sanad', TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses a deactivated account (ASVS 7.4.2)', async () => {
    const extra = await server.createUser('reviewer');
    const admin = await server.as('admin');
    expect((await admin.request('PATCH', `/api/users/${extra.id}`, { active: false })).status).toBe(200);
    expect((await login(extra.email, TEST_PASSWORD)).status).toBe(401);
  });
});

describe('sessions', () => {
  it('answers 401 without a session on every route but health and login (ASVS 8.3.1)', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/articles'],
      ['POST', '/api/articles'],
      ['GET', '/api/articles/1'],
      ['PATCH', '/api/articles/1'],
      ['DELETE', '/api/articles/1'],
      ['PUT', '/api/articles/1/text'],
      ['GET', '/api/articles/1/revisions'],
      ['GET', '/api/articles/1/revisions/1'],
      ['GET', '/api/articles/1/diff?from=1&to=2'],
      ['GET', '/api/articles/1/claims'],
      ['POST', '/api/articles/1/claims'],
      ['PUT', '/api/articles/1/assignees'],
      ['GET', '/api/articles/1/events'],
      ['GET', '/api/claims/1'],
      ['PATCH', '/api/claims/1'],
      ['DELETE', '/api/claims/1'],
      ['PUT', '/api/claims/1/verdict'],
      ['DELETE', '/api/claims/1/verdict'],
      ['POST', '/api/claims/1/sources'],
      ['PATCH', '/api/claims/1/sources/1'],
      ['DELETE', '/api/claims/1/sources/1'],
      ['POST', '/api/claims/1/anchor/confirm'],
      ['POST', '/api/claims/1/transitions'],
      ['GET', '/api/claims/1/comments'],
      ['POST', '/api/claims/1/comments'],
      ['GET', '/api/claims/1/history'],
      ['GET', '/api/comments/1'],
      ['PATCH', '/api/comments/1'],
      ['GET', '/api/queue'],
      ['GET', '/api/search?q=x'],
      ['GET', '/api/rating-scale'],
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['GET', '/api/users/1'],
      ['PATCH', '/api/users/1'],
      ['POST', '/api/session/password'],
      ['PATCH', '/api/session/preferences'],
      ['GET', '/api/organisation'],
      ['PATCH', '/api/organisation'],
    ];
    for (const [method, path] of routes) {
      const response = await server.anonymous.request(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}, { ifMatch: '"v1"' });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
    expect((await server.anonymous.request('GET', '/api/health')).status).toBe(200);
  });

  it('tells who is logged in, and a logged-out cookie no longer works (ASVS 7.4.1)', async () => {
    const reviewer = await server.as({ email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    const me = await reviewer.request('GET', '/api/session');
    expect(me.body.user.email).toBe('reviewer@test.sanad');
    expect((await reviewer.request('DELETE', '/api/session')).status).toBe(204);
    expect((await reviewer.request('GET', '/api/session')).status).toBe(401);
    expect((await reviewer.request('GET', '/api/articles')).status).toBe(401);
    const token = decodeURIComponent(reviewer.cookie!.split('=')[1]!);
    const [stored] = await server.query<{ n: number }>('select count(*) as n from sessions where id = ?', sessionId(token));
    expect(stored!.n).toBe(0);
  });

  it('sets a readable signed-in hint with the session and clears it at logout and on any 401 (no secret in it)', async () => {
    const response = await login('reviewer@test.sanad', TEST_PASSWORD);
    const cookies = response.headers.getSetCookie();
    const hint = cookies.find((cookie) => cookie.startsWith('sanad_signed_in='));
    expect(hint).toMatch(/^sanad_signed_in=1; Path=\/; Expires=[^;]+; SameSite=Lax$/);
    expect(hint).not.toMatch(/HttpOnly/);
    const session = cookies.find((cookie) => cookie.startsWith('sanad_session='))!.split(';')[0]!;
    const withHint = `${session}; sanad_signed_in=1`;
    const logout = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie: withHint, origin: server.url } });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().some((cookie) => /^sanad_signed_in=;.*Expires=Thu, 01 Jan 1970/.test(cookie))).toBe(true);
    // The session is gone; a request still carrying the hint gets its 401 and loses the hint, on every route.
    for (const path of ['/api/session', '/api/articles']) {
      const stale = await fetch(`${server.url}${path}`, { headers: { cookie: withHint } });
      expect(stale.status).toBe(401);
      expect(stale.headers.getSetCookie().some((cookie) => /^sanad_signed_in=;.*Expires=Thu, 01 Jan 1970/.test(cookie)), path).toBe(true);
    }
    // Without a hint, a 401 sets no cookie at all.
    const bare = await fetch(`${server.url}/api/articles`);
    expect(bare.headers.getSetCookie()).toEqual([]);
  });

  it('stores only a hash of the token (ASVS 7.2.3)', async () => {
    const reviewer = await server.as({ email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    const token = decodeURIComponent(reviewer.cookie!.split('=')[1]!);
    const ids = (await server.query<{ id: string }>('select id from sessions')).map((row) => row.id);
    expect(ids).not.toContain(token);
    expect(ids).toContain(sessionId(token));
  });

  it('ends a session after two idle hours and after twelve hours in any case (ASVS 7.3.1, 7.3.2)', async () => {
    const idle = await server.as({ email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    clock.advance(2 * 60 * 60 * 1000 + 1000);
    expect((await idle.request('GET', '/api/articles')).status).toBe(401);
    const busy = await server.as({ email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    for (let hour = 0; hour < 12; hour += 1) {
      clock.advance(60 * 60 * 1000);
      const status = (await busy.request('GET', '/api/articles')).status;
      expect(status, `after ${hour + 1} h`).toBe(hour + 1 < 12 ? 200 : 401);
    }
  });

  it('ends every session of a user who is deactivated (ASVS 7.4.2)', async () => {
    const extra = await server.createUser('reviewer');
    const session = await server.as({ email: extra.email, password: TEST_PASSWORD });
    expect((await session.request('GET', '/api/articles')).status).toBe(200);
    const admin = await server.as('admin');
    await admin.request('PATCH', `/api/users/${extra.id}`, { active: false });
    expect((await session.request('GET', '/api/articles')).status).toBe(401);
  });
});

describe('session fixation (ASVS 7.2.4)', () => {
  it('ignores a session id the browser had before logging in and issues a new one', async () => {
    const fixed = 'attacker-chosen-session-id-value-0000000000';
    const response = await login('reviewer@test.sanad', TEST_PASSWORD, { cookie: `sanad_session=${fixed}` });
    expect(response.status).toBe(200);
    const issued = (response.headers.get('set-cookie') ?? '').split(';')[0]!.split('=')[1];
    expect(issued).not.toBe(fixed);
    const withFixed = await fetch(`${server.url}/api/session`, { headers: { cookie: `sanad_session=${fixed}` } });
    expect(withFixed.status).toBe(401);
  });
});

describe('POST /api/session/password', () => {
  const NEW_PASSWORD = 'a brand new passphrase';

  async function change(client: { cookie: string | null }, body: unknown) {
    const response = await fetch(`${server.url}/api/session/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      body: JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
    return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
  }

  it('changes one’s own password given the current one, ends the other sessions and rotates this one (ASVS 6.2.3, 7.4.3, 7.2.4)', async () => {
    const user = await server.createUser('reviewer');
    const here = await server.as({ email: user.email, password: TEST_PASSWORD });
    const elsewhere = await server.as({ email: user.email, password: TEST_PASSWORD });
    const bystander = await server.as('editor');

    const response = await change(here, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: user.id, email: user.email });
    expect(JSON.stringify(response.body)).not.toMatch(/password|scrypt/i);
    const rotated = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(rotated).toMatch(/^sanad_session=[A-Za-z0-9_-]{43}$/);
    expect(rotated).not.toBe(here.cookie);

    expect((await here.request('GET', '/api/session')).status).toBe(401);
    expect((await elsewhere.request('GET', '/api/session')).status).toBe(401);
    const next = await fetch(`${server.url}/api/session`, { headers: { cookie: rotated } });
    expect(next.status).toBe(200);
    expect((await bystander.request('GET', '/api/session')).status).toBe(200);
    const [sessions] = await server.query<{ n: number }>('select count(*) as n from sessions where user_id = ?', user.id);
    expect(sessions!.n).toBe(1);

    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);

    const audit = await server.query<{
      actor_id: number;
      entity_id: number;
      before: string;
      after: string;
    }>("select actor_id, entity_id, before, after from audit_log where action = 'user.password_change'");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: user.id, entity_id: user.id });
    expect(`${audit[0]!.before}${audit[0]!.after}`).not.toMatch(/scrypt|passphrase|battery/);
  });

  it('refuses a change without the right current password, keeping the session and the old password (ASVS 6.2.3)', async () => {
    const reviewer = await server.as('reviewer');
    const missing = await change(reviewer, { newPassword: NEW_PASSWORD });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toEqual(['body', 'currentPassword']);
    const wrong = await change(reviewer, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(wrong.body.error.details[0].path).toEqual(['body', 'currentPassword']);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await reviewer.request('GET', '/api/session')).status).toBe(200);
    expect((await login('reviewer@test.sanad', TEST_PASSWORD)).status).toBe(200);
    expect((await server.anonymous.request('POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
  });

  it('holds the new password to the password rules and to unknown fields (ASVS 6.2.1, 6.2.4, 6.2.9, 15.3.3)', async () => {
    const reviewer = await server.as('reviewer');
    const refused: [unknown, string][] = [
      [{ currentPassword: TEST_PASSWORD, newPassword: '7 chars' }, 'at least 8'],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'Password123' }, 'too common'],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, 'different'],
      [{ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, userId: server.users.admin.id }, ''],
    ];
    for (const [body, message] of refused) {
      const response = await change(reviewer, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      if (message) expect(response.body.error.details[0].message).toContain(message);
    }
    const long = `${'ج'.repeat(32)}${'x'.repeat(31)}!`;
    const accepted = await change(reviewer, { currentPassword: TEST_PASSWORD, newPassword: long });
    expect(accepted.status).toBe(200);
    expect((await login('reviewer@test.sanad', long)).status).toBe(200);
    expect((await login('reviewer@test.sanad', long.slice(0, 63))).status).toBe(401);
  });

  it('answers 429 with Retry-After on the 6th wrong current password in a minute, like login (ASVS 6.3.1)', async () => {
    const reviewer = await server.as('reviewer');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await change(reviewer, { currentPassword: `wrong ${attempt}`, newPassword: NEW_PASSWORD })).status).toBe(422);
    }
    const limited = await change(reviewer, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(61_000);
    expect((await change(reviewer, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('PATCH /api/session/preferences', () => {
  /** Reads the caller's session, then changes their preferences based on the user version it shows. */
  async function setPreferences(client: TestClient, body: unknown) {
    const session = await client.request('GET', '/api/session');
    return client.request('PATCH', '/api/session/preferences', body, { ifMatch: `"v${session.body.user.version}"` });
  }

  async function preferenceEntries() {
    return server.query<{ actor_id: number; entity_id: number; before: string; after: string }>(
      "select actor_id, entity_id, before, after from audit_log where action = 'user.preferences' order by id",
    );
  }

  it("starts every user on the organisation's default: no language of their own, English, Western digits", async () => {
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      const session = await (await server.as(role)).request('GET', '/api/session');
      expect(session.status).toBe(200);
      expect(session.body).toMatchObject({ language: null, effectiveLanguage: 'en', digits: 'latn' });
    }
    const login = await server.anonymous.request('POST', '/api/session', { email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    expect(login.body).toMatchObject({ language: null, effectiveLanguage: 'en', digits: 'latn' });
  });

  it('sets and clears one’s own language, versioned on the user, with an audit entry each time', async () => {
    const reviewer = await server.as('reviewer');
    const before = (await reviewer.request('GET', '/api/session')).body.user.version as number;

    const arabic = await setPreferences(reviewer, { language: 'ar' });
    expect(arabic.status).toBe(200);
    expect(arabic.body).toMatchObject({ language: 'ar', effectiveLanguage: 'ar', digits: 'latn', user: { id: server.users.reviewer.id, version: before + 1 } });
    expect(arabic.headers.get('etag')).toBe(`"v${before + 1}"`);
    expect((await reviewer.request('GET', '/api/session')).body).toMatchObject({ language: 'ar', effectiveLanguage: 'ar' });
    // A new login (another device) finds the language stored with the user.
    const elsewhere = await server.anonymous.request('POST', '/api/session', { email: 'reviewer@test.sanad', password: TEST_PASSWORD });
    expect(elsewhere.body).toMatchObject({ language: 'ar', effectiveLanguage: 'ar' });

    const cleared = await setPreferences(reviewer, { language: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ language: null, effectiveLanguage: 'en', user: { version: before + 2 } });

    const entries = await preferenceEntries();
    expect(entries.map((entry) => [entry.actor_id, entry.entity_id, JSON.parse(entry.before), JSON.parse(entry.after)])).toEqual([
      [server.users.reviewer.id, server.users.reviewer.id, { language: null, version: before }, { language: 'ar', version: before + 1 }],
      [server.users.reviewer.id, server.users.reviewer.id, { language: 'ar', version: before + 1 }, { language: null, version: before + 2 }],
    ]);
  });

  it('refuses values other than ar, en and null with 400 and a detail per field, changing nothing', async () => {
    const reviewer = await server.as('reviewer');
    const refused: [unknown, string][] = [
      [{ language: 'fr' }, 'body.language'],
      [{ language: 'AR' }, 'body.language'],
      [{ language: 'ar-EG' }, 'body.language'],
      [{ language: '' }, 'body.language'],
      [{ language: 1 }, 'body.language'],
      [{ language: 'ar', theme: 'dark' }, 'body'],
      [{}, 'body'],
    ];
    for (const [body, path] of refused) {
      const response = await setPreferences(reviewer, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'))).toContain(path);
    }
    expect((await reviewer.request('GET', '/api/session')).body).toMatchObject({ language: null, user: { version: server.users.reviewer.version } });
    expect(await preferenceEntries()).toHaveLength(0);
  });

  it('changes only the caller’s own language: no user id is taken, and admins cannot set another user’s', async () => {
    const reviewer = await server.as('reviewer');
    const admin = await server.as('admin');
    const named = await setPreferences(reviewer, { language: 'ar', userId: server.users.editor.id });
    expect(named.status).toBe(400);
    const byAdmin = await admin.request('PATCH', `/api/users/${server.users.editor.id}`, { language: 'ar' });
    expect(byAdmin.status).toBe(400);
    expect(byAdmin.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'))).toContain('body');

    expect((await setPreferences(reviewer, { language: 'ar' })).status).toBe(200);
    expect((await (await server.as('editor')).request('GET', '/api/session')).body).toMatchObject({ language: null, effectiveLanguage: 'en' });
    expect((await admin.request('GET', '/api/session')).body).toMatchObject({ language: null, effectiveLanguage: 'en' });
    expect((await server.anonymous.request('PATCH', '/api/session/preferences', { language: 'ar' }, { ifMatch: '"v1"' })).status).toBe(401);
  });

  it('answers 412 with the session as it is now to a stale version, and 428 without If-Match', async () => {
    const reviewer = await server.as('reviewer');
    const seen = (await reviewer.request('GET', '/api/session')).body.user.version as number;
    expect((await setPreferences(reviewer, { language: 'ar' })).status).toBe(200);
    const stale = await reviewer.request('PATCH', '/api/session/preferences', { language: 'en' }, { ifMatch: `"v${seen}"` });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect(stale.body.error.current).toMatchObject({ language: 'ar', effectiveLanguage: 'ar', user: { version: seen + 1 } });
    const missing = await reviewer.request('PATCH', '/api/session/preferences', { language: 'en' }, { ifMatch: null });
    expect(missing.status).toBe(428);
    expect((await reviewer.request('GET', '/api/session')).body).toMatchObject({ language: 'ar' });
  });

  it('lets exactly one of many writes based on the same version through', async () => {
    const reviewer = await server.as('reviewer');
    const seen = (await reviewer.request('GET', '/api/session')).body.user.version as number;
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => reviewer.request('PATCH', '/api/session/preferences', { language: i % 2 ? 'ar' : 'en' }, { ifMatch: `"v${seen}"` })),
    ).then((responses) => responses.map((response) => response.status));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(9);
    expect((await reviewer.request('GET', '/api/session')).body.user.version).toBe(seen + 1);
    expect(await preferenceEntries()).toHaveLength(1);
  });

  it("follows the organisation's default and digits where the user has no language of their own", async () => {
    const reviewer = await server.as('reviewer');
    const editor = await server.as('editor');
    expect((await setPreferences(editor, { language: 'en' })).status).toBe(200);
    const admin = await server.as('admin');
    const organisation = await admin.request('GET', '/api/organisation');
    const changed = await admin.request('PATCH', '/api/organisation', { defaultLanguage: 'ar', digits: 'arab' }, { ifMatch: organisation.headers.get('etag') });
    expect(changed.status).toBe(200);

    expect((await reviewer.request('GET', '/api/session')).body).toMatchObject({ language: null, effectiveLanguage: 'ar', digits: 'arab' });
    expect((await editor.request('GET', '/api/session')).body).toMatchObject({ language: 'en', effectiveLanguage: 'en', digits: 'arab' });
    const set = await setPreferences(editor, { language: null });
    expect(set.body).toMatchObject({ language: null, effectiveLanguage: 'ar', digits: 'arab' });
  });
});

describe('cross-origin requests', () => {
  it('refuses a state-changing request from another site, and lets the same site through (ASVS 3.5.1)', async () => {
    const cross = await server.request('POST', '/api/articles', { title: 't', text: 'x' }, { headers: { origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('cross_origin_refused');
    const fetchSite = await server.request('POST', '/api/articles', { title: 't', text: 'x' }, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.status).toBe(403);
    const same = await server.request('POST', '/api/articles', { title: 't', text: 'some text' }, { headers: { origin: server.url, 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(201);
    expect((await server.query<{ n: number }>('select count(*) as n from articles'))[0]!.n).toBe(1);
  });
});

describe('passwords', () => {
  it('stores scrypt hashes that verify byte for byte (ASVS 6.2.8, 11.4.2)', async () => {
    const hash = await hashPassword('ÄÖÜ long passphrase 64 characters long ............................', { N: 1024, r: 8, p: 1 });
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('ÄÖÜ long passphrase 64 characters long ............................', hash)).toBe(true);
    expect(await verifyPassword('äöü long passphrase 64 characters long ............................', hash)).toBe(false);
    expect(await verifyPassword('ÄÖÜ long passphrase 64 characters long ...........................', hash)).toBe(false);
    const [stored] = await server.query<{ password_hash: string }>("select password_hash from users where email = 'reviewer@test.sanad'");
    expect(stored!.password_hash).toMatch(/^scrypt\$/);
    expect(stored!.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('uses the OWASP scrypt cost in production (ASVS 11.4.2)', async () => {
    const { PRODUCTION_COST } = await import('../../lib/password.ts');
    expect(PRODUCTION_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });
});
