import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { ErrorCode } from '@sanad/shared/errors';
import { AppError } from '../app-error.ts';
import { type AllowedForTests, refusedRange } from './address-policy.ts';

/** One answer of a host-name look-up. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Looks a host name up once; injected so tests can answer as a rebinding DNS server would. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, as every other connection of the process). */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

/** The limits of one fetch. */
export interface FetchLimits {
  /** Largest body accepted, in bytes after decompression. */
  maxBytes: number;
  /** Time for the whole fetch, every redirect and the last byte included, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed; one more is refused. */
  maxRedirects: number;
  /** Media types accepted (the Content-Type without its parameters). */
  contentTypes: readonly string[];
}

/** The limits the importer uses (ADR 030; the README lists them). */
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  contentTypes: ['text/html', 'application/xhtml+xml'],
};

/** How a fetcher is built. */
export interface FetcherOptions {
  limits?: Partial<FetchLimits>;
  resolve?: Resolver;
  /**
   * Test-only: address ranges allowed although the policy refuses them
   * (`['loopback']`, so tests can serve pages from 127.0.0.1). Set from
   * `FETCH_ALLOW_LOOPBACK_FOR_TESTS`, which the configuration refuses in
   * production.
   */
  allowForTests?: readonly AllowedForTests[];
}

/** A page as fetched: the bytes and what the last response said about them. */
export interface FetchedPage {
  /** The address asked for. */
  requestedUrl: string;
  /** The address of the last response, after redirects. */
  url: string;
  /** Every address redirected to, in order. */
  redirects: string[];
  /** HTTP status of the last response (2xx). */
  status: number;
  /** Media type of the body, lower case, without parameters. */
  mediaType: string;
  /** The charset parameter of the Content-Type, when given. */
  charset: string | null;
  /** The body, decompressed. */
  body: Buffer;
  /** The address the last response came from. */
  address: string;
}

/** A refusal of the fetcher: a 422 whose code names the reason, with the site's status when it answered with an error. */
export class FetchRefusal extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    reason?: string,
    /** The HTTP status the site answered with (`fetch_http_status` only). */
    readonly httpStatus: number | null = null,
  ) {
    super(code, 422, message, reason === undefined ? [] : [{ path: ['url'], message: reason }]);
  }
}

/** The fetcher's refusals: each a 422 whose code names the reason. */
export function fetchRefused(code: ErrorCode, message: string, reason?: string): FetchRefusal {
  return new FetchRefusal(code, message, reason);
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Request headers: no cookies, no credentials, nothing about us but a name. */
const REQUEST_HEADERS = {
  'user-agent': 'SanadFetcher/1.0 (fact-checking workbench)',
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'ar,en;q=0.8,*;q=0.5',
} as const;

/**
 * Fetches web pages without letting the address, DNS or redirects steer the
 * server into its own network (server-side request forgery):
 * - http and https only, no user name or password in the address;
 * - the host name is looked up once per hop, every answer must be in an
 *   allowed range, and the connection is pinned to the answer that was
 *   checked (the socket never looks the name up again, so a DNS answer that
 *   changes between look-ups cannot slip in); the socket's remote address is
 *   checked again on connect;
 * - redirects are followed by hand, each target checked the same way, at
 *   most `maxRedirects`;
 * - one deadline for the whole fetch, so a server dripping a byte at a time
 *   is cut off; the body is counted while it streams (after decompression)
 *   and cut at `maxBytes`;
 * - only the accepted media types; no cookies are sent or kept.
 */
export class Fetcher {
  readonly limits: FetchLimits;
  private readonly resolve: Resolver;
  private readonly allowForTests: readonly AllowedForTests[];

  constructor(options: FetcherOptions = {}) {
    this.limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
    this.resolve = options.resolve ?? systemResolver;
    this.allowForTests = options.allowForTests ?? [];
  }

  /** Fetches `address`, following redirects; throws a 422 `AppError` naming the reason for every refusal. */
  async fetch(address: string): Promise<FetchedPage> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.limits.timeoutMs);
    try {
      return await this.follow(address, controller.signal);
    } catch (error) {
      // Whatever broke once the deadline passed (the socket, the stream) broke because of it.
      const brokenByDeadline = !(error instanceof AppError) || error.code === 'fetch_connection_failed';
      if (controller.signal.aborted && brokenByDeadline) {
        throw fetchRefused('fetch_timeout', `The page did not arrive within ${this.limits.timeoutMs / 1000} seconds.`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(address: string, signal: AbortSignal): Promise<FetchedPage> {
    let url = checkedUrl(address);
    const redirects: string[] = [];
    for (;;) {
      const pinned = await this.pin(url, signal);
      const response = await this.request(url, pinned, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw fetchRefused('fetch_redirect_invalid', `The page answered ${status} (a redirect) without saying where to.`);
        if (redirects.length >= this.limits.maxRedirects) {
          throw fetchRefused('fetch_too_many_redirects', `The page redirected more than ${this.limits.maxRedirects} times.`);
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw fetchRefused('fetch_redirect_invalid', 'The page redirected to an address that cannot be read.');
        }
        url = checkedUrl(next.href);
        redirects.push(url.href);
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new FetchRefusal('fetch_http_status', `The page's server answered ${status}.`, `HTTP ${status}`, status);
      }
      const contentType = response.headers['content-type'] ?? '';
      const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim());
      const media = mediaType.toLowerCase();
      if (!this.limits.contentTypes.includes(media)) {
        response.destroy();
        throw fetchRefused('fetch_content_type_refused', `The page is ${media === '' ? 'of no stated type' : media}, not a web page (HTML).`, media);
      }
      const charset = parameters.map((part) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(part)?.[1]).find((value) => value !== undefined) ?? null;
      const body = await this.readBody(response);
      return { requestedUrl: address, url: url.href, redirects, status, mediaType: media, charset, body, address: pinned.address };
    }
  }

  /** Looks the host up once and checks every answer; the connection then goes to the first. */
  private async pin(url: URL, signal: AbortSignal): Promise<ResolvedAddress> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const literal = isIP(host);
    const answers: ResolvedAddress[] = literal !== 0 ? [{ address: host, family: literal === 6 ? 6 : 4 }] : await this.lookUp(host, signal);
    if (answers.length === 0) throw fetchRefused('fetch_host_not_found', `The host ${host} has no address.`);
    for (const answer of answers) {
      const range = refusedRange(answer.address, this.allowForTests);
      if (range !== null) {
        throw fetchRefused('fetch_address_refused', `The server does not fetch from ${host}: its address is in a ${range} range.`, range);
      }
    }
    return answers[0]!;
  }

  private async lookUp(host: string, signal: AbortSignal): Promise<ResolvedAddress[]> {
    let onAbort = () => {};
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(new Error('aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([this.resolve(host), aborted]);
    } catch (error) {
      if (signal.aborted) throw error;
      throw fetchRefused('fetch_host_not_found', `The host ${host} was not found.`);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** One GET on a fresh connection to the pinned address (no agent, so no pooled socket is reused). */
  private request(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    const secure = url.protocol === 'https:';
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return new Promise((resolve, reject) => {
      const request = (secure ? https : http).request(url, {
        method: 'GET',
        agent: false,
        headers: REQUEST_HEADERS,
        lookup,
        signal,
        ...(secure && isIP(host) === 0 ? { servername: host } : {}),
      });
      request.on('socket', (socket) => {
        socket.once('connect', () => {
          const remote = socket.remoteAddress;
          const range = remote === undefined ? 'unknown' : refusedRange(remote, this.allowForTests);
          if (range !== null) {
            request.destroy(fetchRefused('fetch_address_refused', `The server does not fetch from ${host}: it connected to a ${range} address.`, range));
          }
        });
      });
      request.on('response', resolve);
      request.on('error', (error) => {
        reject(error instanceof AppError || signal.aborted ? error : fetchRefused('fetch_connection_failed', `The page's server could not be reached (${connectionReason(error)}).`));
      });
      request.end();
    });
  }

  /** Reads the body, decompressing it, and cuts it at the size limit. */
  private async readBody(response: IncomingMessage): Promise<Buffer> {
    const { maxBytes } = this.limits;
    const declared = Number(response.headers['content-length']);
    const limit = maxBytes >= 1024 * 1024 ? `${Number((maxBytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(maxBytes / 1024)} kB`;
    const tooLarge = () => fetchRefused('fetch_too_large', `The page is larger than ${limit}.`);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const stream: Readable =
      encoding === 'gzip' || encoding === 'x-gzip'
        ? response.pipe(zlib.createGunzip())
        : encoding === 'deflate'
          ? response.pipe(zlib.createInflate())
          : encoding === 'br'
            ? response.pipe(zlib.createBrotliDecompress())
            : response;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        size += buffer.length;
        if (size > maxBytes) throw tooLarge();
        chunks.push(buffer);
      }
    } catch (error) {
      response.destroy();
      if (error instanceof AppError) throw error;
      throw fetchRefused('fetch_connection_failed', `The page could not be read in full (${connectionReason(error)}).`);
    } finally {
      if (stream !== response) stream.destroy();
    }
    return Buffer.concat(chunks);
  }
}

/** The reason of a connection error, in a few words (never a stack). */
function connectionReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'connection error';
}

/** Parses an address and refuses a scheme other than http(s) and any user name or password. */
function checkedUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw fetchRefused('fetch_scheme_refused', 'The address is not a full http:// or https:// address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchRefused('fetch_scheme_refused', `The server fetches http:// and https:// addresses only, not ${url.protocol}`, url.protocol);
  }
  if (url.username !== '' || url.password !== '') {
    throw fetchRefused('fetch_credentials_refused', 'The address carries a user name or password; the server never sends credentials.');
  }
  return url;
}
