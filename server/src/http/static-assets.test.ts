import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from '../test/test-server.ts';

/** The built client's files as the server is given them: the build writes each script also as .br and .gz (vite.config.ts). */
const SCRIPT = `export const greeting = ${JSON.stringify('مرحبا '.repeat(400))};\n`;
let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets', 'app-Ab12Cd34.js.gz'), gzipSync(SCRIPT));
  server = await startTestServer({ clientDir: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the raw bytes of the answer (fetch would undo the compression). */
function raw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // The path as written, not normalised by a URL parser (dot segments included).
    const { hostname, port } = new URL(server.url);
    get({ hostname, port, path, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the built client’s files', () => {
  it('sends a hashed script as the build compressed it, brotli first, kept a year without asking again', async () => {
    const brotli = await raw('/assets/app-Ab12Cd34.js', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(SCRIPT);

    const gzip = await raw('/assets/app-Ab12Cd34.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(SCRIPT);

    const plain = await raw('/assets/app-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
  });

  it('answers 404 for a file the build does not have, not the app’s page', async () => {
    for (const path of ['/assets/app-Gone0000.js', '/assets/', '/assets/../index.html', '/assets/%2e%2e/index.html']) {
      const response = await raw(path, 'br');
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('<div id="root">');
    }
  });

  it('keeps the other files of the build for an hour, and serves the app’s page for its routes', async () => {
    const icon = await raw('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const page = await raw('/articles');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString('utf8')).toContain('<div id="root">');
  });
});
