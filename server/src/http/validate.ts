import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { ErrorDetail } from '@sanad/shared/errors';
import { AppError } from './app-error.ts';

type Schemas = { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType };
type Out<S, K extends keyof Schemas> = S extends Record<K, z.ZodType> ? z.output<S[K]> : undefined;

/** The validated parts of a request. */
export interface Valid<S extends Schemas> {
  body: Out<S, 'body'>;
  query: Out<S, 'query'>;
  params: Out<S, 'params'>;
}

/** Turns zod issues into `{ path, message }` details, the path starting with body/query/params. */
export function issueDetails(where: keyof Schemas, error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    message: issue.message,
  }));
}

/**
 * The one validation middleware: parses body, query and params with the
 * shared zod schemas and hands the typed result to `handler`. Every issue of
 * every part is reported in `details`.
 */
export function validate<S extends Schemas>(
  schemas: S,
  handler: (input: Valid<S>, req: Request, res: Response) => Promise<void> | void,
): RequestHandler[] {
  const check: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const details: ErrorDetail[] = [];
    const parsed: Record<string, unknown> = {};
    for (const where of ['params', 'query', 'body'] as const) {
      const schema = schemas[where];
      if (!schema) continue;
      const result = schema.safeParse(where === 'body' ? (req.body ?? undefined) : req[where]);
      if (result.success) parsed[where] = result.data;
      else details.push(...issueDetails(where, result.error));
    }
    if (details.length > 0) {
      const message =
        req.body === undefined && schemas.body ? 'The request needs a JSON body.' : 'The request does not match the expected shape.';
      next(new AppError('validation_failed', 400, message, details));
      return;
    }
    res.locals.valid = parsed;
    next();
  };
  const run: RequestHandler = async (req, res) => {
    await handler(res.locals.valid as Valid<S>, req, res);
  };
  return [check, run];
}
