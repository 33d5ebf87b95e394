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

/** Options of one API call. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON when present. */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * The version of the resource the change is based on, sent as
   * `If-Match: "v<version>"`; the server answers 412 with the current state
   * when someone changed it since.
   */
  ifMatch?: number;
  /** False for calls that expect a 401 (login, "who am I"): no redirect to the login page. */
  redirectOnUnauthenticated?: boolean;
}

let onUnauthenticated: (() => void) | null = null;

/**
 * Registers what happens when the API answers 401 to an ordinary call (the
 * session ended or never existed): the app sends the user to the login page,
 * remembering where they were.
 */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** The `If-Match` value of a version, as the server's `ETag` writes it. */
export function versionTag(version: number): string {
  return `"v${version}"`;
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
 * Calls the JSON API under `/api`. Resolves with the parsed body (undefined
 * for 204) and rejects with an `ApiError` built from the error envelope.
 * The response type is the caller's promise; the server's presenters follow
 * the shared schemas.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, ifMatch, redirectOnUnauthenticated = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = versionTag(ifMatch);
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The server could not be reached. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && redirectOnUnauthenticated) onUnauthenticated?.();
    if (isEnvelope(parsed)) {
      const { code, message, details, requestId, current } = parsed.error;
      throw new ApiError(response.status, code, message, Array.isArray(details) ? details : [], requestId, current, retryAfterSeconds(response));
    }
    throw new ApiError(response.status, 'internal_error', `The server answered ${response.status} ${response.statusText}.`.trim());
  }
  return parsed as T;
}

/** A one-line description of any error, with the envelope's details when there are some. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited' && error.retryAfter !== undefined) return `${error.message} Try again in ${formatWait(error.retryAfter)}.`;
    const details = error.details.map((detail) => detail.message).filter((message) => message !== error.message);
    return details.length > 0 ? `${error.message} ${details.join(' ')}` : error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** "45 seconds", "3 minutes": a wait in words. */
export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
