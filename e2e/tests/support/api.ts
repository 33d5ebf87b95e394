import type { APIRequestContext } from '@playwright/test';
import { prepareRequest, type AnyEndpoint, type CallArgsParam, type ResponseOf } from '@sanad/shared/api/endpoint';
import type { ErrorEnvelope } from '@sanad/shared/errors';
import { ErrorEnvelopeSchema } from '@sanad/shared/schemas/error';

/** What an endpoint answered: on success its reply, parsed by the endpoint's schema; otherwise the error envelope, when there is one. */
export type ApiAnswer<E extends AnyEndpoint> =
  | { ok: true; status: number; text: string; body: ResponseOf<E> }
  | { ok: false; status: number; text: string; error: ErrorEnvelope['error'] | undefined };

/**
 * Calls one endpoint with Playwright's request context (`request`,
 * `page.request`, or an `apiAs` context), built by `prepareRequest` exactly as
 * the client builds it: path parameters, query, JSON body and If-Match. A
 * JSON reply is parsed by the endpoint's schema, so a test reads the contract
 * it asserts on; a reply that breaks the contract fails the test here.
 */
export async function callApi<E extends AnyEndpoint>(request: APIRequestContext, endpoint: E, ...args: CallArgsParam<E>): Promise<ApiAnswer<E>> {
  const { method, url, headers, body } = prepareRequest(endpoint, ...args);
  const response = await request.fetch(url, { method, headers, data: body });
  const status = response.status();
  const text = await response.text();
  if (!response.ok()) {
    const envelope = ErrorEnvelopeSchema.safeParse(parseJson(text));
    return { ok: false, status, text, error: envelope.success ? envelope.data.error : undefined };
  }
  const reply = endpoint.reply;
  if (reply.kind !== 'json') return { ok: true, status, text, body: undefined as ResponseOf<E> };
  const parsed = (await reply.schema.load()).safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${endpoint.method} ${url} answered ${status} with a body its endpoint's schema refuses: ${parsed.error.message}`);
  return { ok: true, status, text, body: parsed.data as ResponseOf<E> };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The reply of a successful call; throws with the status and body of any other answer. */
export function bodyOf<E extends AnyEndpoint>(answer: ApiAnswer<E>): ResponseOf<E> {
  if (!answer.ok) throw new Error(`The API answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** Calls an endpoint that must succeed and resolves with its reply (reads a test checks afterwards). */
export async function readApi<E extends AnyEndpoint>(request: APIRequestContext, endpoint: E, ...args: CallArgsParam<E>): Promise<ResponseOf<E>> {
  return bodyOf(await callApi(request, endpoint, ...args));
}
