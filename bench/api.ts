/**
 * The benchmarks call the API by endpoint value, with the request
 * `prepareRequest` builds for the client and e2e (path parameters, query,
 * JSON body, If-Match), so what is timed is what the app sends.
 */
import { prepareRequest, type AnyEndpoint, type CallArgsParam } from '@sanad/shared/api/endpoint';
import type { APIRequestContext, APIResponse } from 'playwright-core';

/** Calls `endpoint` on the server at `base` with fetch, sending the session `cookie` when there is one. */
export function fetchEndpoint<E extends AnyEndpoint>(base: string, cookie: string | undefined, endpoint: E, ...args: CallArgsParam<E>): Promise<Response> {
  const { method, url, headers, body } = prepareRequest(endpoint, ...args);
  return fetch(`${base}${url}`, { method, headers: cookie === undefined ? headers : { ...headers, cookie }, body });
}

/** Calls `endpoint` through a Playwright request context (its base URL and cookies). */
export function requestEndpoint<E extends AnyEndpoint>(request: APIRequestContext, endpoint: E, ...args: CallArgsParam<E>): Promise<APIResponse> {
  const { method, url, headers, body } = prepareRequest(endpoint, ...args);
  return request.fetch(url, { method, headers, data: body });
}
