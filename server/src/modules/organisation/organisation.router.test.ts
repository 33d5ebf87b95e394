import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

/** A 1×1 PNG. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQjuv6DwADngIDzDpq2gAAAABJRU5ErkJggg==';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** PATCH /api/organisation based on the version the client reads first. */
async function patch(client: TestClient, body: unknown) {
  const current = await client.request('GET', '/api/organisation');
  return client.request('PATCH', '/api/organisation', body, { ifMatch: current.headers.get('etag') });
}

async function auditEntries(server: TestServer) {
  return await server.query<{
    actor_id: number;
    before: string;
    after: string;
  }>("select actor_id, before, after from audit_log where action = 'organisation.update' order by id");
}

describe('/api/organisation', () => {
  it('shows the settings to every signed-in user, with an ETag, and nobody else', async () => {
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      const response = await (await server.as(role)).request('GET', '/api/organisation');
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe('"v1"');
      expect(response.body).toEqual({
        name: 'Fact-check desk',
        url: '',
        logo: null,
        publishBaseUrl: '',
        reportLanguage: 'en',
        defaultLanguage: 'en',
        digits: 'latn',
        minIndependentSources: 0,
        doubleRatingDefault: false,
        updatedAt: expect.any(String),
        version: 1,
      });
    }
    expect((await server.anonymous.request('GET', '/api/organisation')).status).toBe(401);
  });

  it('lets an admin change every field, round trip, with an audit entry that leaves the logo bytes out', async () => {
    const admin = await server.as('admin');
    const response = await patch(admin, {
      name: '  مكتب   سند  ',
      url: 'https://sanad.example',
      logo: PNG,
      publishBaseUrl: 'https://sanad.example/fact-checks/',
      reportLanguage: 'ar',
      defaultLanguage: 'ar',
      digits: 'arab',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"v2"');
    const expected = {
      name: 'مكتب سند',
      url: 'https://sanad.example',
      logo: PNG,
      publishBaseUrl: 'https://sanad.example/fact-checks/',
      reportLanguage: 'ar',
      defaultLanguage: 'ar',
      digits: 'arab',
      version: 2,
    };
    expect(response.body).toMatchObject(expected);
    expect((await (await server.as('reviewer')).request('GET', '/api/organisation')).body).toMatchObject(expected);

    const [entry] = await auditEntries(server);
    expect(entry?.actor_id).toBe(server.users.admin.id);
    expect(JSON.parse(entry!.before)).toMatchObject({ name: 'Fact-check desk', logo: null, reportLanguage: 'en', defaultLanguage: 'en', digits: 'latn' });
    expect(JSON.parse(entry!.after)).toMatchObject({ name: 'مكتب سند', logo: 'image/png, 70 bytes', reportLanguage: 'ar', defaultLanguage: 'ar', digits: 'arab' });
    expect(entry!.after).not.toContain('base64');

    const removed = await patch(admin, { logo: null });
    expect(removed.body).toMatchObject({ logo: null, name: 'مكتب سند', version: 3 });
  });

  it('refuses editors and reviewers (403) and leaves the settings as they were', async () => {
    for (const role of ['editor', 'reviewer'] as const) {
      for (const body of [{ name: 'Taken over' }, { defaultLanguage: 'ar' }, { digits: 'arab' }]) {
        const response = await patch(await server.as(role), body);
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
    }
    const now = await server.request('GET', '/api/organisation');
    expect(now.body).toMatchObject({ name: 'Fact-check desk', defaultLanguage: 'en', digits: 'latn', version: 1 });
    expect((await server.request('GET', '/api/session')).body).toMatchObject({ effectiveLanguage: 'en', digits: 'latn' });
    expect(await auditEntries(server)).toHaveLength(0);
  });

  it('refuses script URLs, SVG, non-images, oversized logos and unknown fields with 400 per field (ASVS 1.2.2, 5.2.2, 15.3.3)', async () => {
    const admin = await server.as('admin');
    const bad: [unknown, string][] = [
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ publishBaseUrl: ' JaVaScRiPt:alert(1)' }, 'publishBaseUrl'],
      [{ publishBaseUrl: '//evil.example/' }, 'publishBaseUrl'],
      [{ logo: `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}` }, 'logo'],
      [{ logo: `data:image/png;base64,${btoa('<html><script>alert(1)</script></html>')}` }, 'logo'],
      [{ logo: 'https://sanad.example/logo.png' }, 'logo'],
      [{ logo: `data:image/png;base64,${Buffer.concat([Buffer.from(PNG.split(',')[1]!, 'base64'), Buffer.alloc(300 * 1024)]).toString('base64')}` }, 'logo'],
      [{ name: '   ' }, 'name'],
      [{ reportLanguage: 'fr' }, 'reportLanguage'],
      [{ defaultLanguage: 'fr' }, 'defaultLanguage'],
      [{ defaultLanguage: null }, 'defaultLanguage'],
      [{ digits: 'hindi' }, 'digits'],
      [{ digits: 'arabext' }, 'digits'],
      [{ name: 'Desk', version: 9 }, ''],
      [{}, ''],
    ];
    for (const [body, field] of bad) {
      const response = await patch(admin, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      if (field) expect(response.body.error.details.map((detail: { path: string[] }) => detail.path.join('.'))).toContain(`body.${field}`);
    }
    const oversized = await patch(admin, { logo: `data:image/png;base64,${Buffer.concat([Buffer.from(PNG.split(',')[1]!, 'base64'), Buffer.alloc(300 * 1024)]).toString('base64')}` });
    expect(oversized.body.error.details[0].message).toMatch(/256 kB/);
    expect((await server.request('GET', '/api/organisation')).body.version).toBe(1);
  });

  it('answers 412 with the current settings to a save based on an old version, and 428 without If-Match', async () => {
    const admin = await server.as('admin');
    expect((await patch(admin, { name: 'First' })).status).toBe(200);
    const stale = await admin.request('PATCH', '/api/organisation', { name: 'Second' }, { ifMatch: '"v1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect(stale.body.error.current).toMatchObject({ name: 'First', version: 2 });
    const missing = await admin.request('PATCH', '/api/organisation', { name: 'Third' }, { ifMatch: null });
    expect(missing.status).toBe(428);
    expect((await admin.request('GET', '/api/organisation')).body).toMatchObject({ name: 'First', version: 2 });
  });
});
