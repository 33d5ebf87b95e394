import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { type AnyEndpoint, type ResponseOf, type SchemaOutput, versionTag } from '@sanad/shared/api/endpoint';
import type { ErrorDetail } from '@sanad/shared/errors';
import { AppError } from '../lib/app-error.ts';
import type { Actor } from '../lib/actor.ts';


/** The validated parts of a request to endpoint `E`, and the version its If-Match names. */
export interface RouteInput<E extends AnyEndpoint> {
  params: SchemaOutput<E['params']>;
  query: SchemaOutput<E['query']>;
  body: SchemaOutput<E['body']>;
  /** The version a versioned write is based on (0 for a weak or foreign tag, which can never match). */
  ifMatch: E['versioned'] extends true ? number : undefined;
}

/** What a handler may use besides its input: the actor, and (for cookies, addresses, streams) the request. */
export interface RouteContext {
  /** The logged-in actor (401 when there is none: only public endpoints run without). */
  readonly actor: Actor;
  readonly req: Request;
  readonly res: Response;
}

/** A download: the bytes and how to name them. */
export interface FileReply {
  fileName: string;
  contentType: string;
  body: string | Buffer;
  /** Extra headers, e.g. a tighter Content-Security-Policy for an HTML file. */
  headers?: Record<string, string>;
}

/** What a handler of `E` resolves with: the response body, a file, or nothing (204, or a stream it wrote itself). */
export type RouteResult<E extends AnyEndpoint> = E['reply'] extends { kind: 'json' }
  ? ResponseOf<E>
  : E['reply'] extends { kind: 'file' }
    ? FileReply
    : void;

/** Options of a route: `current` (required for versioned endpoints) is the resource as it is now, for a 412. */
export type RouteOptions<E extends AnyEndpoint> = (E['versioned'] extends true
  ? { current: (input: RouteInput<E>, context: RouteContext) => Promise<unknown> }
  : { current?: undefined }) & {
  /** The Location of a created resource (201). */
  location?: (response: ResponseOf<E>) => string;
  /**
   * A read's strong ETag, computed before (and without) the handler: when If-None-Match names it, the answer is a
   * 304 and the handler never runs. It must change whenever the body would (ADR 035); it replaces the digest of the body.
   * As a strong tag names one body, the mount keeps the last bodies it sent by tag and answers a request whose tag it
   * has kept with that body, without running the handler either (ADR 036).
   */
  tag?: (input: RouteInput<E>, context: RouteContext) => Promise<string>;
};

/** One endpoint with its handler: what a module's router contributes to the app. */
export interface Route<E extends AnyEndpoint = AnyEndpoint> {
  endpoint: E;
  handle: (input: RouteInput<E>, context: RouteContext) => Promise<RouteResult<E>>;
  options: RouteOptions<E> | undefined;
}

/** Pairs an endpoint with its handler (a router module returns a list of these). */
export function route<E extends AnyEndpoint>(
  endpoint: E,
  handle: (input: RouteInput<E>, context: RouteContext) => Promise<RouteResult<E>>,
  ...[options]: E['versioned'] extends true ? [options: RouteOptions<E>] : [options?: RouteOptions<E>]
): Route {
  return { endpoint, handle, options } as unknown as Route;
}

/** Turns zod issues into `{ path, message }` details, the path starting with body/query/params. */
export function issueDetails(where: 'body' | 'query' | 'params', error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    message: issue.message,
  }));
}

/** Parses params, query and body with the endpoint's schemas; every issue of every part goes into one 400. */
async function parseInput(endpoint: AnyEndpoint, req: Request): Promise<Omit<LooseInput, 'ifMatch'>> {
  const details: ErrorDetail[] = [];
  const parsed: Record<'params' | 'query' | 'body', unknown> = { params: undefined, query: undefined, body: undefined };
  for (const where of ['params', 'query', 'body'] as const) {
    const ref = endpoint[where];
    if (!ref) continue;
    // Loaded at mount time; the await is for a request that arrives before that finished.
    const schema = ref.loaded ?? (await ref.load());
    const result = schema.safeParse(where === 'body' ? (req.body ?? undefined) : req[where]);
    if (result.success) parsed[where] = result.data;
    else details.push(...issueDetails(where, result.error));
  }
  if (details.length > 0) {
    const message = req.body === undefined && endpoint.body ? 'The request needs a JSON body.' : 'The request does not match the expected shape.';
    throw new AppError('validation_failed', 400, message, details);
  }
  return parsed;
}

/**
 * The version a write is based on, from `If-Match: "v<version>"` (RFC 9110
 * strong comparison). 428 without the header; a weak or foreign tag can never
 * match, so it counts as stale (412 from the service, version 0 here).
 */
export function ifMatchVersion(req: Request): number {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new AppError('precondition_required', 428, 'Send If-Match with the version you last saw (the ETag of the resource).', [
      { path: ['headers', 'if-match'], message: 'Required for changes, e.g. If-Match: "v3".' },
    ]);
  }
  const match = /^\s*"v(\d{1,15})"\s*$/.exec(header);
  return match ? Number(match[1]) : 0;
}

/** A route's input and options as the mount sees them, whatever the endpoint. */
type LooseInput = { params: unknown; query: unknown; body: unknown; ifMatch: number | undefined };
type LooseOptions = {
  current?: (input: LooseInput, context: RouteContext) => Promise<unknown>;
  location?: (response: unknown) => string;
  tag?: (input: LooseInput, context: RouteContext) => Promise<string>;
};

function contextOf(req: Request, res: Response): RouteContext {
  return {
    get actor(): Actor {
      const actor = res.locals.actor as Actor | undefined;
      if (!actor) throw new AppError('unauthenticated', 401, 'Log in first.');
      return actor;
    },
    req,
    res,
  };
}

/** A strong ETag of an answer's bytes: the first 16 bytes of its SHA-256, base64url. */
function contentTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** How many answers, and how many characters of them in all, a route with a tag keeps (ADR 036). */
const KEPT_ANSWERS = 64;
const KEPT_CHARS = 16_000_000;

/**
 * The last JSON bodies a route with a strong tag sent, by tag, least recently used first (a Map iterates in
 * insertion order, and a hit is moved to the end).
 */
class KeptAnswers {
  private readonly bodies = new Map<string, string>();
  private chars = 0;

  get(tag: string): string | undefined {
    const body = this.bodies.get(tag);
    if (body === undefined) return undefined;
    this.bodies.delete(tag);
    this.bodies.set(tag, body);
    return body;
  }

  set(tag: string, body: string): void {
    if (body.length > KEPT_CHARS || this.bodies.has(tag)) return;
    this.bodies.set(tag, body);
    this.chars += body.length;
    for (const [oldest, kept] of this.bodies) {
      if (this.bodies.size <= KEPT_ANSWERS && this.chars <= KEPT_CHARS) break;
      this.bodies.delete(oldest);
      this.chars -= kept.length;
    }
  }
}

/** True when `If-None-Match` names `tag` (or is `*`): the client holds this answer already. */
function noneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value === tag || value === `W/${tag}`;
  });
}

/**
 * The one place a request meets its endpoint: validation, If-Match (428),
 * the resource as it is now on a stale write (412), the status, the ETag,
 * the Location and the body as the endpoint's reply says.
 */
function handlerOf(entry: Route): RequestHandler {
  const endpoint = entry.endpoint;
  const handle = entry.handle as (input: LooseInput, context: RouteContext) => Promise<unknown>;
  const options = entry.options as LooseOptions | undefined;
  const kept = endpoint.method === 'GET' && options?.tag && endpoint.reply.kind === 'json' ? new KeptAnswers() : null;
  return async (req: Request, res: Response, next: NextFunction) => {
    const context = contextOf(req, res);
    let input: LooseInput | undefined;
    try {
      input = { ...(await parseInput(endpoint, req)), ifMatch: endpoint.versioned ? ifMatchVersion(req) : undefined };
      // A read with a cheap tag: checked before the handler, which a 304 never runs (ADR 035).
      const knownTag = endpoint.method === 'GET' && options?.tag ? await options.tag(input, context) : undefined;
      if (knownTag !== undefined) {
        res.setHeader('ETag', knownTag);
        if (noneMatch(req.headers['if-none-match'], knownTag)) {
          res.status(304).end();
          return;
        }
        const body = kept?.get(knownTag);
        if (body !== undefined && endpoint.reply.kind === 'json') {
          res.status(endpoint.reply.status).type('application/json').send(body);
          return;
        }
      }
      const result = await handle(input, context);
      const reply = endpoint.reply;
      switch (reply.kind) {
        case 'json': {
          const etag = endpoint.etag as ((response: unknown) => number) | undefined;
          if (options?.location) res.location(options.location(result));
          const body = JSON.stringify(result);
          if (endpoint.method === 'GET') {
            // A read carries a strong ETag (the resource's version, or a digest of the answer for lists), and
            // answers 304 with no body when the client already holds it (If-None-Match): a reopened article
            // costs one small request (issue #15).
            const tag = knownTag ?? (etag ? versionTag(etag(result)) : contentTag(body));
            res.setHeader('ETag', tag);
            if (knownTag !== undefined) kept?.set(knownTag, body);
            if (noneMatch(req.headers['if-none-match'], tag)) {
              res.status(304).end();
              return;
            }
          } else if (etag) {
            res.setHeader('ETag', versionTag(etag(result)));
          }
          res.status(reply.status).type('application/json').send(body);
          return;
        }
        case 'empty':
          res.status(204).end();
          return;
        case 'file': {
          const file = result as FileReply;
          for (const [name, value] of Object.entries(file.headers ?? {})) res.setHeader(name, value);
          res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
          res.type(file.contentType).send(file.body);
          return;
        }
        case 'events':
          // The handler owns the stream it opened.
          return;
      }
    } catch (error) {
      if (error instanceof AppError && error.code === 'precondition_failed' && input && options?.current) {
        error.current = await options.current(input, context).catch(() => undefined);
      }
      next(error);
    }
  };
}

/** Mounts routes on an Express router, each at its endpoint's method and path. */
export function mountRoutes(router: Router, routes: readonly Route[]): void {
  for (const entry of routes) {
    for (const ref of [entry.endpoint.params, entry.endpoint.query, entry.endpoint.body]) void ref?.load();
    const { method, path } = entry.endpoint;
    const handler = handlerOf(entry);
    switch (method) {
      case 'GET':
        router.get(path, handler);
        break;
      case 'POST':
        router.post(path, handler);
        break;
      case 'PUT':
        router.put(path, handler);
        break;
      case 'PATCH':
        router.patch(path, handler);
        break;
      case 'DELETE':
        router.delete(path, handler);
        break;
    }
  }
}

/**
 * Refuses to start with a contract that is not mounted exactly: every
 * endpoint of `api` once, nothing else, and `current` for every versioned one.
 */
export function assertRoutesCover(api: readonly AnyEndpoint[], routes: readonly Route[]): void {
  const problems: string[] = [];
  const name = (endpoint: AnyEndpoint) => `${endpoint.method} ${endpoint.path}`;
  for (const endpoint of api) {
    const count = routes.filter((entry) => entry.endpoint === endpoint).length;
    if (count !== 1) problems.push(`${name(endpoint)} is mounted ${count} times`);
  }
  for (const entry of routes) {
    if (!api.includes(entry.endpoint)) problems.push(`${name(entry.endpoint)} is not in the shared API registry`);
    if (entry.endpoint.versioned && !(entry.options as LooseOptions | undefined)?.current) problems.push(`${name(entry.endpoint)} is versioned but has no current view for a 412`);
  }
  if (problems.length > 0) throw new Error(`The API routes do not match the contract: ${problems.join('; ')}.`);
}
