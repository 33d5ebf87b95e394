import { prepareRequest, type AnyEndpoint, type CallArgs, type ResponseOf } from '@sanad/shared/api/endpoint';
import { i18n } from '../i18n/i18n.ts';
import type { MessageId } from '../i18n/use-t.ts';
import type { ErrorCode, ErrorDetail, ErrorEnvelope } from '@sanad/shared/errors';

/**
 * An error answered by the API (or a network failure, status 0), carrying the
 * envelope's code, message and per-field details so forms and toasts can show
 * them as they are.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the request never got an answer. */
    readonly status: number,
    /** The envelope's stable code (`network_error` when there was no answer). */
    readonly code: ErrorCode | 'network_error',
    message: string,
    /** Per-field problems from the envelope. */
    readonly details: ErrorDetail[] = [],
    /** The server's request id, for support. */
    readonly requestId?: string,
    /** With `precondition_failed` (412): the resource as it is now on the server. */
    readonly current?: unknown,
    /** With `rate_limited` (429): seconds to wait, from `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** True when someone changed the resource since the version sent in `If-Match` (412). */
  get isStale(): boolean {
    return this.code === 'precondition_failed';
  }

  /** True for answers the client caused (4xx): retrying will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** How one call is made, besides what the endpoint takes. */
export interface CallOptions {
  /** Aborts the request (react-query passes one to every query). */
  signal?: AbortSignal;
  /** False for calls that expect a 401 (login, "who am I"): no redirect to the login page. */
  redirectOnUnauthenticated?: boolean;
}

/** An endpoint whose success answers with this kind of reply: `callApi` takes JSON and empty ones, `downloadApi` files; an event stream is opened by its URL. */
type Answering<Kind extends string> = { readonly reply: { readonly kind: Kind } };

/** What a call of `E` takes: its params, query, body and If-Match (typed from the endpoint), and the call options. */
export type ApiCallArgs<E extends AnyEndpoint> = CallArgs<E> & CallOptions;

/** The arguments are optional for an endpoint that needs none. */
type ApiCallParam<E extends AnyEndpoint> = object extends CallArgs<E> ? [args?: ApiCallArgs<E>] : [args: ApiCallArgs<E>];

let onUnauthenticated: (() => void) | null = null;

/**
 * Registers what happens when the API answers 401 to an ordinary call (the
 * session ended or never existed): the app sends the user to the login page,
 * remembering where they were.
 */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * Sends a request built by `prepareRequest` with the session cookie and turns
 * a failure into an `ApiError`: status 0 when there was no answer, else the
 * error envelope's code, message and details (and a 401 handled as above).
 */
async function send(endpoint: AnyEndpoint, args: ApiCallArgs<AnyEndpoint>): Promise<{ response: Response; url: string }> {
  const { signal, redirectOnUnauthenticated = true, ...call } = args;
  const { method, url, headers, body } = prepareRequest(endpoint, call);
  const held = method === 'GET' ? readCache.get(url) : undefined;
  let response: Response;
  try {
    response = await fetch(url, { method, credentials: 'same-origin', headers: held ? { ...headers, 'If-None-Match': held.etag } : headers, body, signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The server could not be reached. Check your connection and try again.');
  }
  if (response.ok || (response.status === 304 && held)) return { response, url };
  if (response.status === 401) forgetReads();
  if (response.status === 401 && redirectOnUnauthenticated) onUnauthenticated?.();
  const parsed = parseJson(await response.text());
  if (isEnvelope(parsed)) {
    const { code, message, details, requestId, current } = parsed.error;
    throw new ApiError(response.status, code, message, Array.isArray(details) ? details : [], requestId, current, retryAfterSeconds(response));
  }
  throw new ApiError(response.status, 'internal_error', `The server answered ${response.status} ${response.statusText}.`.trim());
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A call's arguments as `send` takes them for any endpoint (the caller's were checked against its own). */
function widen<E extends AnyEndpoint>(args: ApiCallArgs<E> | undefined): ApiCallArgs<AnyEndpoint> {
  return (args ?? {}) as ApiCallArgs<AnyEndpoint>;
}

/**
 * Calls one endpoint of the API: path parameters, query, JSON body and
 * `If-Match` as the endpoint defines them (`prepareRequest`, shared with e2e
 * and the benchmarks). Resolves with the endpoint's reply (undefined for 204)
 * and rejects with an `ApiError` built from the error envelope. The reply is
 * typed by the endpoint's schema, not parsed: the server's presenters answer
 * with it and its route tests parse every answer.
 */
export async function callApi<E extends AnyEndpoint>(endpoint: E & Answering<'json' | 'empty'>, ...[args]: ApiCallParam<E>): Promise<ResponseOf<E>> {
  const { response, url } = await send(endpoint, widen(args));
  if (response.status === 204) return undefined as ResponseOf<E>;
  if (response.status === 304) return readCache.get(url)?.value as ResponseOf<E>;
  const value = parseJson(await response.text());
  const etag = response.headers.get('ETag');
  if (endpoint.method === 'GET' && etag) remember(url, etag, value);
  return value as ResponseOf<E>;
}

/**
 * The last answer of each read (by path and query) with its ETag, in memory
 * only (the API says `no-store`, so the browser keeps nothing on disk). The
 * next read of the same URL sends the ETag as If-None-Match; a 304 reuses the
 * answer held here, so reopening an article costs one small request
 * (issue #15). The oldest entries go beyond `READ_CACHE_SIZE`.
 */
const readCache = new Map<string, { etag: string; value: unknown }>();
const READ_CACHE_SIZE = 32;

function remember(url: string, etag: string, value: unknown): void {
  readCache.delete(url);
  readCache.set(url, { etag, value });
  while (readCache.size > READ_CACHE_SIZE) readCache.delete(readCache.keys().next().value!);
}

/** Forgets every held answer: at logout and when the session ends, so the next user sees nothing of this one's. */
export function forgetReads(): void {
  readCache.clear();
}

/**
 * Downloads what a `file` endpoint answers (a report), as `callApi` calls:
 * the same URL and the same `ApiError` when it refuses.
 */
export async function downloadApi<E extends AnyEndpoint>(endpoint: E & Answering<'file'>, ...[args]: ApiCallParam<E>): Promise<Blob> {
  return (await send(endpoint, widen(args))).response.blob();
}

/**
 * A one-line description of any error in the interface language. In English
 * it is the server's own message (the most specific), with the envelope's
 * details; in another language it is the catalogue's message for the stable
 * error code (the API's English `message` stays for API users).
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const english = i18n.locale === 'en' || i18n.locale === '';
    const details = error.details.map((detail) => detail.message).filter((message) => message !== error.message);
    const message = english ? (details.length > 0 ? `${error.message} ${details.join(' ')}` : error.message) : i18n._(error.code === 'network_error' ? 'errors.network' : (`errors.${error.code}` satisfies MessageId));
    if (error.code === 'rate_limited' && error.retryAfter !== undefined) {
      return i18n._('errors.retryAfter' satisfies MessageId, { message, wait: formatWait(error.retryAfter) });
    }
    return message;
  }
  if (error instanceof TypeError) return i18n._('errors.network' satisfies MessageId);
  if (error instanceof Error && (i18n.locale === 'en' || i18n.locale === '')) return error.message;
  return i18n._('errors.unknown' satisfies MessageId);
}

/** "45 seconds", "3 minutes": a wait in words, in the interface language. */
export function formatWait(seconds: number): string {
  if (seconds < 90) return i18n._('errors.waitSeconds' satisfies MessageId, { seconds });
  return i18n._('errors.waitMinutes' satisfies MessageId, { minutes: Math.ceil(seconds / 60) });
}
