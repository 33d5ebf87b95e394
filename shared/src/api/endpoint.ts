import type { z } from 'zod';

/**
 * The endpoint as the unit of the contract (ADR 014): one value per route of
 * the API, defined once here and used by the server (which mounts it:
 * validation, If-Match, the ETag), the client (which calls it by value),
 * the route tests (which parse every response with it), e2e and the
 * benchmarks. A path is written as Express writes it (`/claims/:id`),
 * relative to `/api`.
 *
 * An endpoint's schemas are references, loaded on first use: its method,
 * path and flags are plain values, so a browser that only calls it never
 * downloads zod and the schemas for it (the server and the tests load them).
 */

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A zod schema of the contract, loaded (once) when something parses with it. */
export interface SchemaRef<S extends z.ZodType = z.ZodType> {
  /** Loads the schema module and resolves with the schema. */
  load(): Promise<S>;
  /** The schema once loaded, for paths that parse often; undefined before the first `load`. */
  readonly loaded: S | undefined;
}

/** The schemas of one module by name: `schemasOf(() => import('../schemas/claim.ts'))('ClaimSchema')`. */
export function schemasOf<M>(load: () => Promise<M>) {
  let module: Promise<M> | undefined;
  return <K extends { [P in keyof M]: M[P] extends z.ZodType ? P : never }[keyof M]>(name: K): SchemaRef<M[K] & z.ZodType> => {
    let loaded: (M[K] & z.ZodType) | undefined;
    return {
      async load() {
        module ??= load();
        loaded ??= (await module)[name] as M[K] & z.ZodType;
        return loaded;
      },
      get loaded() {
        return loaded;
      },
    };
  };
}

/** A reference to a schema already at hand (for endpoints defined where zod is loaded anyway, such as tests). */
export function schemaRef<S extends z.ZodType>(schema: S): SchemaRef<S> {
  return { load: async () => schema, loaded: schema };
}

/** The schema a reference loads. */
export type SchemaOf<R> = R extends SchemaRef<infer S> ? S : never;
/** What a reference's schema parses to (undefined for no schema). */
export type SchemaOutput<R> = R extends SchemaRef<infer S> ? z.output<S> : undefined;
/** What a reference's schema takes (undefined for no schema). */
export type SchemaInput<R> = R extends SchemaRef<infer S> ? z.input<S> : undefined;

/** The names of the `:params` in a path, e.g. `'id' | 'linkId'` for `/claims/:id/sources/:linkId`. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * What an endpoint answers with when it succeeds:
 * - `json`: a body parsed by `schema`, with `status` 200 or 201;
 * - `empty`: 204 and no body;
 * - `file`: a download (its own content type, `Content-Disposition: attachment`);
 * - `events`: a `text/event-stream` whose events (by name) carry bodies parsed by `events`.
 */
export type Reply =
  | { kind: 'json'; schema: SchemaRef; status: 200 | 201 }
  | { kind: 'empty' }
  | { kind: 'file' }
  | { kind: 'events'; events: Record<string, SchemaRef> };

/** One endpoint of the API. Build it with `defineEndpoint`, which checks params against the path. */
export interface Endpoint<
  Method extends HttpMethod = HttpMethod,
  Path extends string = string,
  Params extends SchemaRef | undefined = SchemaRef | undefined,
  Query extends SchemaRef | undefined = SchemaRef | undefined,
  Body extends SchemaRef | undefined = SchemaRef | undefined,
  R extends Reply = Reply,
  Versioned extends boolean = boolean,
> {
  /** The HTTP method. */
  readonly method: Method;
  /** The path under `/api`, with `:name` for each path parameter. */
  readonly path: Path;
  /** The path parameters' schema (they arrive as strings; ids are coerced). */
  readonly params: Params;
  /** The query string's schema. */
  readonly query: Query;
  /** The JSON body's schema. */
  readonly body: Body;
  /** What a success answers with. */
  readonly reply: R;
  /**
   * True for writes based on a version the caller saw: they need `If-Match: "v<version>"`
   * (428 without), and a stale one answers 412 with the resource as it is now in `error.current`.
   */
  readonly versioned: Versioned;
  /** `public` endpoints answer without a session; every other one needs it (401). */
  readonly access: 'public' | 'session';
  /** True where the body carries a whole article text (or a logo): up to 1 MB, else 64 kB. */
  readonly largeBody: boolean;
  /** What it does, in one line (for docs and error messages). */
  readonly summary: string;
  /** The ETag of a JSON answer: the version of the resource it represents (typed where it is defined). */
  readonly etag: ((response: never) => number) | undefined;
}

/** Any endpoint, whatever its types. */
export type AnyEndpoint = Endpoint<HttpMethod, string, SchemaRef | undefined, SchemaRef | undefined, SchemaRef | undefined, Reply, boolean>;

type ParamsOk<Path extends string, Params> = [PathParamNames<Path>] extends [never]
  ? Params extends undefined
    ? unknown
    : { params: 'This path has no :params.' }
  : Params extends SchemaRef
    ? [Exclude<PathParamNames<Path>, keyof SchemaOutput<Params>>] extends [never]
      ? [Exclude<keyof SchemaOutput<Params>, PathParamNames<Path>>] extends [never]
        ? unknown
        : { params: 'The params schema has keys that are not in the path.' }
      : { params: 'The params schema misses a :param of the path.' }
    : { params: 'The path has :params; give their schema.' };

interface Definition<
  Method extends HttpMethod,
  Path extends string,
  Params extends SchemaRef | undefined,
  Query extends SchemaRef | undefined,
  Body extends SchemaRef | undefined,
  R extends Reply,
  Versioned extends boolean,
> {
  method: Method;
  path: Path;
  params?: Params;
  query?: Query;
  body?: Body;
  reply: R;
  versioned?: Versioned;
  access?: 'public' | 'session';
  largeBody?: boolean;
  summary: string;
  etag?: R extends { kind: 'json'; schema: infer S } ? (response: SchemaOutput<S>) => number : never;
}

/**
 * Defines one endpoint. The type checker refuses a params schema whose keys
 * differ from the path's `:params`.
 */
export function defineEndpoint<
  const Method extends HttpMethod,
  const Path extends `/${string}`,
  R extends Reply,
  Params extends SchemaRef | undefined = undefined,
  Query extends SchemaRef | undefined = undefined,
  Body extends SchemaRef | undefined = undefined,
  Versioned extends boolean = false,
>(
  definition: Definition<Method, Path, Params, Query, Body, R, Versioned> & ParamsOk<Path, Params>,
): Endpoint<Method, Path, Params, Query, Body, R, Versioned> {
  return {
    method: definition.method,
    path: definition.path,
    params: definition.params as Params,
    query: definition.query as Query,
    body: definition.body as Body,
    reply: definition.reply,
    versioned: (definition.versioned ?? false) as Versioned,
    access: definition.access ?? 'session',
    largeBody: definition.largeBody ?? false,
    summary: definition.summary,
    etag: definition.etag,
  };
}

/** A JSON answer parsed by `schema` (200, or 201 for a creation). */
export function json<S extends SchemaRef, Status extends 200 | 201 = 200>(schema: S, status?: Status): { kind: 'json'; schema: S; status: Status } {
  return { kind: 'json', schema, status: (status ?? 200) as Status };
}

/** 204, no body. */
export const EMPTY = { kind: 'empty' } as const;
/** A download. */
export const FILE = { kind: 'file' } as const;

/** A server-sent event stream whose events, by name, carry bodies parsed by these schemas. */
export function eventStream<E extends Record<string, SchemaRef>>(events: E): { kind: 'events'; events: E } {
  return { kind: 'events', events };
}

/** The ETag of a resource that carries its own `version`. */
export const byVersion = (resource: { version: number }): number => resource.version;

// ------------------------------------------------------------------ the caller's side

/** The body a successful call resolves with: the reply's parsed type, or nothing. */
export type ResponseOf<E extends AnyEndpoint> = E['reply'] extends { kind: 'json'; schema: infer S } ? SchemaOutput<S> : undefined;

/** The path parameters of a call (their parsed types: ids are numbers). */
export type ParamsOf<E extends AnyEndpoint> = SchemaOutput<E['params']>;
/** The query of a call, as the caller writes it (defaults may be left out). */
export type QueryOf<E extends AnyEndpoint> = SchemaInput<E['query']>;
/** The body of a call, as the caller writes it. */
export type BodyOf<E extends AnyEndpoint> = SchemaInput<E['body']>;

/** What a call of `E` needs: params, query (required when some key is), body and If-Match where `E` has them. */
export type CallArgs<E extends AnyEndpoint> = (E['params'] extends SchemaRef ? { params: ParamsOf<E> } : { params?: undefined }) &
  (E['query'] extends SchemaRef ? (object extends QueryOf<E> ? { query?: QueryOf<E> } : { query: QueryOf<E> }) : { query?: undefined }) &
  (E['body'] extends SchemaRef ? { body: BodyOf<E> } : { body?: undefined }) &
  (E['versioned'] extends true ? { ifMatch: number } : { ifMatch?: undefined });

/** Call arguments are optional for an endpoint that needs none. */
export type CallArgsParam<E extends AnyEndpoint> = object extends CallArgs<E> ? [args?: CallArgs<E>] : [args: CallArgs<E>];

/** The `If-Match` / `ETag` value of a version: a strong tag. */
export function versionTag(version: number): string {
  return `"v${version}"`;
}

/** A query value as it goes into the URL; arrays repeat the key, empty values are left out. */
type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/**
 * The URL of a call, `/api` included: path parameters filled in (each
 * encoded), the query string from the defined values in key order.
 */
export function endpointUrl<E extends AnyEndpoint>(endpoint: E, params?: ParamsOf<E>, query?: QueryOf<E>): string {
  const values = (params ?? {}) as Record<string, string | number>;
  const path = endpoint.path.replace(/:([A-Za-z]\w*)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`${endpoint.method} ${endpoint.path}: missing path parameter ${name}.`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  const entries: [string, QueryValue][] = Object.entries(query ?? {});
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    const items: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value as string | number | boolean];
    for (const item of items) search.append(key, String(item));
  }
  const queryString = search.toString();
  return `/api${path}${queryString === '' ? '' : `?${queryString}`}`;
}

/** A call as fetch takes it: method, URL (from `/api`), headers and the JSON body text. */
export interface PreparedRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Prepares a call of `endpoint`: the one place a request is built, for the client, e2e and the benchmarks. */
export function prepareRequest<E extends AnyEndpoint>(endpoint: E, ...[args]: CallArgsParam<E>): PreparedRequest {
  const call = (args ?? {}) as { params?: ParamsOf<E>; query?: QueryOf<E>; body?: unknown; ifMatch?: number };
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.ifMatch !== undefined) headers['If-Match'] = versionTag(call.ifMatch);
  return {
    method: endpoint.method,
    url: endpointUrl(endpoint, call.params, call.query),
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  };
}

/** A matcher of request paths (under `/api`) for an endpoint's path. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** The endpoint of `endpoints` that answers `method path` (path under `/api`, no query), if any. */
export function findEndpoint<E extends AnyEndpoint>(endpoints: readonly E[], method: string, path: string): E | undefined {
  return endpoints.find((endpoint) => endpoint.method === method && pathPattern(endpoint.path).test(path));
}
