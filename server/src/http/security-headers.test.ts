import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';

/** The headers of one GET through `securityHeaders` alone, less those Node and Express always send. */
async function headersOf(): Promise<Record<string, string>> {
  const app = express();
  app.use(securityHeaders);
  app.get('/', (_req, res) => {
    res.json({});
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const always = new Set(['date', 'etag', 'content-length', 'content-type', 'connection', 'keep-alive']);
    return Object.fromEntries([...response.headers].filter(([name]) => !always.has(name)));
  } finally {
    server.close();
  }
}

describe('securityHeaders', () => {
  it('sends exactly the promised headers (README, ASVS 3.4), and no X-Powered-By', async () => {
    const headers = await headersOf();
    expect(headers).toEqual({
      'content-security-policy':
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
  });
});
