/**
 * The benchmarks call the API by endpoint value, with the request
 * `prepareRequest` builds for the client and e2e (path parameters, query,
 * JSON body, If-Match), so what is timed is what the app sends.
 */
import type { Server } from 'node:http';
import type { Express } from 'express';
import { prepareRequest, type AnyEndpoint, type CallArgsParam } from '@sanad/shared/api/endpoint';
import { sessionEndpoints } from '@sanad/shared/api/session';
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

/** A benchmark's app listening on loopback, logged in as one user, with a `call` that reads each answer to the end. */
export interface BenchServer {
  base: string;
  cookie: string;
  /** One call as the client makes it, body read to the end; throws on an error status. */
  call: <E extends AnyEndpoint>(endpoint: E, ...args: CallArgsParam<E>) => Promise<Response>;
  close(): Promise<void>;
}

/** Listens with `app` on a free loopback port and logs in as `email`/`password`. */
export async function startBenchServer(app: Express, email: string, password: string): Promise<BenchServer> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}`;
  const login = await fetchEndpoint(base, undefined, sessionEndpoints.login, { body: { email, password } });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    base,
    cookie,
    call: async (endpoint, ...args) => {
      const response = await fetchEndpoint(base, cookie, endpoint, ...args);
      await response.arrayBuffer();
      if (response.status >= 400) throw new Error(`${endpoint.method} ${response.url}: ${response.status}`);
      return response;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
