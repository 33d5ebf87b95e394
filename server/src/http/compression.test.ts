import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from '../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../test/test-server.ts';

let server: TestServer;
let reviewer: TestClient;
beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
});
afterEach(async () => {
  await server.close();
});

/** A GET with `accept-encoding` as given, read raw (no decoding): status, headers and the bytes on the wire. */
function rawGet(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { headers: { cookie: reviewer.cookie!, 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('response compression', () => {
  it('compresses a claim list with brotli or gzip as the client accepts, and the decoded answer is the same', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `كلمة${i} الإبراهيمي جلستَيْن منفصلتَيْن`);
    const article = await buildArticle(reviewer, { title: 'ضغط الردود', text: words.join(' ') });
    for (let i = 0; i < 40; i += 1) await buildClaim(reviewer, article, `كلمة${i} الإبراهيمي`);
    const path = `/api/articles/${article.id}/claims`;

    const plain = await rawGet(path, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const body = JSON.parse(plain.bytes.toString('utf8')) as { claims: unknown[] };
    expect(body.claims).toHaveLength(40);

    const brotli = await rawGet(path, 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(brotliDecompressSync(brotli.bytes).toString('utf8'))).toEqual(body);
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 4);

    const gzip = await rawGet(path, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(body);
  });

  it('leaves a small answer as it is', async () => {
    const answer = await rawGet('/api/session', 'gzip, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses the live event stream, so its first event arrives at once', async () => {
    const article = await buildArticle(reviewer, { title: 'بث مباشر', text: 'نص قصير للبث المباشر.' });
    const response = await fetch(`${server.url}/api/articles/${article.id}/events`, { headers: { cookie: reviewer.cookie!, 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('content-encoding')).toBeNull();
    const reader = response.body!.getReader();
    const first = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);
    expect(first?.value ? new TextDecoder().decode(first.value) : '').toMatch(/event: /);
    await reader.cancel();
  });
});
