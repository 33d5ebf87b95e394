import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('/api/users', () => {
  it('lets an admin create a user, never showing a password hash (ASVS 15.3.1)', async () => {
    const admin = await server.as('admin');
    const response = await admin.request('POST', '/api/users', { name: 'Noor', email: 'Noor@Desk.org', role: 'reviewer', password: 'a long passphrase' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), name: 'Noor', email: 'noor@desk.org', role: 'reviewer', active: true, createdAt: expect.any(String), version: 1 });
    const list = await admin.request('GET', '/api/users');
    expect(JSON.stringify(list.body)).not.toMatch(/password|scrypt/i);
  });

  it('refuses short and common passwords, a taken email, and unknown fields (ASVS 6.2.1, 6.2.4, 15.3.3)', async () => {
    const admin = await server.as('admin');
    const short = await admin.request('POST', '/api/users', { name: 'A', email: 'a@b.org', role: 'reviewer', password: '7 chars' });
    expect(short.status).toBe(400);
    expect((await admin.request('POST', '/api/users', { name: 'A', email: 'a@b.org', role: 'reviewer', password: '8 chars!' })).status).toBe(201);
    const common = await admin.request('POST', '/api/users', { name: 'B', email: 'b@b.org', role: 'reviewer', password: 'password123' });
    expect(common.status).toBe(400);
    expect(common.body.error.details[0].message).toMatch(/too common/);
    const taken = await admin.request('POST', '/api/users', { name: 'C', email: 'A@b.org', role: 'reviewer', password: 'another long one' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('email_taken');
    const extra = await admin.request('POST', '/api/users', { name: 'D', email: 'd@b.org', role: 'reviewer', password: 'another long one', active: false });
    expect(extra.status).toBe(400);
  });

  it('lets editors list users (to assign work) but not reviewers; only admins change them', async () => {
    expect((await (await server.as('editor')).request('GET', '/api/users')).status).toBe(200);
    expect((await (await server.as('reviewer')).request('GET', '/api/users')).status).toBe(403);
    const editor = await server.as('editor');
    expect((await editor.request('PATCH', `/api/users/${server.users.reviewer.id}`, { role: 'editor' })).status).toBe(403);
    const admin = await server.as('admin');
    const promoted = await admin.request('PATCH', `/api/users/${server.users.reviewer.id}`, { role: 'editor' });
    expect(promoted.body).toMatchObject({ role: 'editor', version: 2 });
  });

  it('keeps an admin from deactivating or demoting themselves', async () => {
    const admin = await server.as('admin');
    const response = await admin.request('PATCH', `/api/users/${server.users.admin.id}`, { active: false });
    expect(response.status).toBe(409);
    expect((await admin.request('GET', '/api/session')).status).toBe(200);
  });
});
