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
  ) {
    super(message);
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
}

/**
 * Calls the JSON API under `/api`. Resolves with the parsed body (undefined
 * for 204) and rejects with an `ApiError` built from the error envelope.
 * The response type is the caller's promise; the server's presenters follow
 * the shared schemas.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
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
    if (isEnvelope(parsed)) {
      const { code, message, details, requestId } = parsed.error;
      throw new ApiError(response.status, code, message, Array.isArray(details) ? details : [], requestId);
    }
    throw new ApiError(response.status, 'internal_error', `The server answered ${response.status} ${response.statusText}.`.trim());
  }
  return parsed as T;
}

/** A one-line description of any error, with the envelope's details when there are some. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.details.map((detail) => detail.message).filter((message) => message !== error.message);
    return details.length > 0 ? `${error.message} ${details.join(' ')}` : error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
