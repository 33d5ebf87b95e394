import { type IncomingHttpHeaders, type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { refusedRange } from './address-policy.ts';
import { Fetcher, type FetcherOptions, type Resolver } from './fetch-page.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  })));
});

/** A test server on 127.0.0.1; resolves with its port. */
async function serve(handler: RequestListener): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const HTML = '<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>';
const html: RequestListener = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(HTML);
};

/** A fetcher that may reach the loopback test servers (the test-only setting). */
function testFetcher(options: FetcherOptions = {}): Fetcher {
  return new Fetcher({ allowForTests: ['loopback'], ...options });
}

/** The 422 the fetch is refused with. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(422);
  return error as AppError;
}

describe(refusedRange.name, () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.100.100.200', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['168.63.129.16', 'cloudMetadata'],
    ['198.18.0.1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::7f00:1', 'ipv4Compatible'],
    ['2002:7f00:1::', '6to4'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2001::1', 'teredo'],
    ['240.0.0.1', 'reserved'],
    ['not an address', 'invalid'],
  ])('refuses %s as %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(refusedRange(address)).toBeNull();
  });

  it('allows loopback, and nothing else, under the test-only setting', () => {
    expect(refusedRange('127.0.0.1', ['loopback'])).toBeNull();
    expect(refusedRange('::1', ['loopback'])).toBeNull();
    expect(refusedRange('10.0.0.1', ['loopback'])).toBe('private');
    expect(refusedRange('169.254.169.254', ['loopback'])).toBe('linkLocal');
  });
});

describe(Fetcher.name, () => {
  it('fetches a page from a test server on loopback under the test-only setting', async () => {
    const port = await serve(html);
    const page = await testFetcher().fetch(`http://127.0.0.1:${port}/article`);
    expect(page).toMatchObject({ status: 200, mediaType: 'text/html', charset: 'utf-8', url: `http://127.0.0.1:${port}/article`, redirects: [], address: '127.0.0.1' });
    expect(page.body.toString('utf8')).toBe(HTML);
  });

  it('refuses loopback without the test-only setting, before any request reaches the server', async () => {
    let requests = 0;
    const port = await serve((req, res) => {
      requests += 1;
      html(req, res);
    });
    const error = await refusal(new Fetcher().fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_address_refused');
    expect(error.details).toEqual([{ path: ['url'], message: 'loopback' }]);
    await refusal(new Fetcher().fetch(`http://localhost:${port}/`));
    await refusal(new Fetcher().fetch(`http://[::1]:${port}/`));
    expect(requests).toBe(0);
  });

  it.each(['http://0x7f000001/', 'http://2130706433/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/', 'http://0177.0.0.1/'])(
    'refuses the loopback address written as %s',
    async (address) => {
      const error = await refusal(new Fetcher().fetch(address));
      expect(error.code).toBe('fetch_address_refused');
      expect(error.details[0]?.message).toBe('loopback');
    },
  );

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://10.0.0.1/', 'private'],
    ['http://192.168.0.1/', 'private'],
    ['http://100.64.0.1/', 'carrierGradeNat'],
    ['http://[fd00:ec2::254]/', 'uniqueLocal'],
    ['http://[fe80::1]/', 'linkLocal'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[::ffff:a9fe:a9fe]/', 'linkLocal'],
  ])('refuses %s (%s) even under the test-only setting', async (address, range) => {
    const error = await refusal(testFetcher().fetch(address));
    expect(error.code).toBe('fetch_address_refused');
    expect(error.details[0]?.message).toBe(range);
  });

  it('refuses a host name whose DNS answer is private, and one with any private answer among public ones', async () => {
    const resolve: Resolver = async (host) => (host === 'intranet.example' ? [{ address: '10.0.0.7', family: 4 }] : [{ address: '93.184.216.34', family: 4 }, { address: '192.168.1.1', family: 4 }]);
    expect((await refusal(new Fetcher({ resolve }).fetch('http://intranet.example/'))).details[0]?.message).toBe('private');
    expect((await refusal(new Fetcher({ resolve }).fetch('http://mixed.example/'))).details[0]?.message).toBe('private');
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a', 'gopher://example.com/', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'not a url'])('refuses the address %s', async (address) => {
    expect((await refusal(new Fetcher().fetch(address))).code).toBe('fetch_scheme_refused');
  });

  it('refuses an address with a user name or password', async () => {
    const port = await serve(html);
    expect((await refusal(testFetcher().fetch(`http://user:secret@127.0.0.1:${port}/`))).code).toBe('fetch_credentials_refused');
    expect((await refusal(testFetcher().fetch(`http://user@127.0.0.1:${port}/`))).code).toBe('fetch_credentials_refused');
  });

  it('connects to the checked address and never looks the name up again (DNS pinning)', async () => {
    let lookups = 0;
    let host: string | undefined;
    const port = await serve((req, res) => {
      host = req.headers.host;
      html(req, res);
    });
    // A rebinding DNS server: a harmless answer first, an internal one on every later look-up.
    const resolve: Resolver = async () => {
      lookups += 1;
      return lookups === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }];
    };
    const page = await testFetcher({ resolve }).fetch(`http://news.example:${port}/a`);
    expect(page.address).toBe('127.0.0.1');
    expect(host).toBe(`news.example:${port}`);
    expect(lookups).toBe(1);
  });

  it('refuses a redirect back to a host whose DNS answer changed to an internal address (rebinding)', async () => {
    let lookups = 0;
    const port = await serve((req, res) => {
      if (req.url === '/first') {
        res.writeHead(302, { location: '/second' });
        res.end();
      } else html(req, res);
    });
    const resolve: Resolver = async () => {
      lookups += 1;
      return lookups === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }];
    };
    const error = await refusal(testFetcher({ resolve }).fetch(`http://rebind.example:${port}/first`));
    expect(error.code).toBe('fetch_address_refused');
    expect(error.details[0]?.message).toBe('linkLocal');
    expect(lookups).toBe(2);
  });

  it('refuses a redirect to the metadata address, to a private host name and to file:', async () => {
    const targets: Record<string, string> = {
      '/metadata': 'http://169.254.169.254/latest/meta-data/iam/',
      '/intranet': 'http://intranet.example/admin',
      '/file': 'file:///etc/passwd',
      '/mapped': 'http://[::ffff:10.0.0.1]/',
    };
    const port = await serve((req, res) => {
      res.writeHead(301, { location: targets[req.url ?? ''] ?? '/' });
      res.end();
    });
    const resolve: Resolver = async (host) => (host === 'intranet.example' ? [{ address: '10.1.1.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]);
    const fetcher = testFetcher({ resolve });
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/metadata`))).details[0]?.message).toBe('linkLocal');
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/intranet`))).details[0]?.message).toBe('private');
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/file`))).code).toBe('fetch_scheme_refused');
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/mapped`))).details[0]?.message).toBe('private');
  });

  it('follows five redirects and refuses the sixth', async () => {
    const port = await serve((req, res) => {
      const step = Number(/^\/hop\/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
      if (step > 0) {
        res.writeHead(step % 2 === 0 ? 307 : 302, { location: `/hop/${step - 1}` });
        res.end();
      } else html(req, res);
    });
    const five = await testFetcher().fetch(`http://127.0.0.1:${port}/hop/5`);
    expect(five.redirects).toHaveLength(5);
    expect(five.url).toBe(`http://127.0.0.1:${port}/hop/0`);
    expect((await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/hop/6`))).code).toBe('fetch_too_many_redirects');
  });

  it('refuses a redirect without a Location', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    expect((await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/`))).code).toBe('fetch_redirect_invalid');
  });

  it('sends no cookies or credentials, even when a redirect sets a cookie', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const port = await serve((req, res) => {
      seen.push(req.headers);
      if (req.url === '/login') {
        res.writeHead(302, { location: '/page', 'set-cookie': 'session=abc; Path=/' });
        res.end();
      } else html(req, res);
    });
    await testFetcher().fetch(`http://127.0.0.1:${port}/login`);
    expect(seen).toHaveLength(2);
    for (const headers of seen) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
      expect(headers['user-agent']).toMatch(/^SanadFetcher/);
    }
  });

  it('cuts a slow drip at the time limit for the whole fetch', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const drip = setInterval(() => res.write('<p>.</p>'), 50);
      res.on('close', () => clearInterval(drip));
    });
    const started = Date.now();
    const error = await refusal(testFetcher({ limits: { timeoutMs: 500 } }).fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(480);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cuts a server that never answers at the time limit', async () => {
    const port = await serve(() => {});
    const error = await refusal(testFetcher({ limits: { timeoutMs: 300 } }).fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_timeout');
  });

  it('cuts a DNS look-up that hangs at the time limit', async () => {
    const resolve: Resolver = () => new Promise(() => {});
    expect((await refusal(new Fetcher({ resolve, limits: { timeoutMs: 200 } }).fetch('http://slow-dns.example/'))).code).toBe('fetch_timeout');
  });

  it('refuses a page whose stated length is over the limit, and one that streams past it', async () => {
    const port = await serve((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000) });
        res.end('x'.repeat(10_000));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 20; i += 1) res.write('y'.repeat(1000));
        res.end();
      }
    });
    const fetcher = testFetcher({ limits: { maxBytes: 5000 } });
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/declared`))).code).toBe('fetch_too_large');
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/chunked`))).code).toBe('fetch_too_large');
  });

  it('decompresses gzip and refuses a compression bomb by its decompressed size', async () => {
    const small = gzipSync(HTML);
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
    const port = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(req.url === '/bomb' ? bomb : small);
    });
    const fetcher = testFetcher({ limits: { maxBytes: 100_000 } });
    expect((await fetcher.fetch(`http://127.0.0.1:${port}/ok`)).body.toString()).toBe(HTML);
    expect(bomb.length).toBeLessThan(100_000);
    expect((await refusal(fetcher.fetch(`http://127.0.0.1:${port}/bomb`))).code).toBe('fetch_too_large');
  });

  it('refuses a body that is not HTML, or of no stated type', async () => {
    const port = await serve((req, res) => {
      if (req.url === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' });
      else res.writeHead(200);
      res.end('%PDF-1.7');
    });
    const pdf = await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/pdf`));
    expect(pdf.code).toBe('fetch_content_type_refused');
    expect(pdf.details[0]?.message).toBe('application/pdf');
    expect((await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/none`))).code).toBe('fetch_content_type_refused');
  });

  it('refuses an error status, naming it', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('gone');
    });
    const error = await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_http_status');
    expect(error.details[0]?.message).toBe('HTTP 404');
  });

  it('refuses a host that does not resolve, and one with no address', async () => {
    const resolve: Resolver = async (host) => {
      if (host === 'empty.example') return [];
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect((await refusal(new Fetcher({ resolve }).fetch('http://nowhere.example/'))).code).toBe('fetch_host_not_found');
    expect((await refusal(new Fetcher({ resolve }).fetch('http://empty.example/'))).code).toBe('fetch_host_not_found');
  });

  it('reports a server that refuses the connection', async () => {
    const port = await serve(html);
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const error = await refusal(testFetcher().fetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('fetch_connection_failed');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });
});
