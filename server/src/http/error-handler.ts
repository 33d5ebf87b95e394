import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorEnvelope } from '@sanad/shared/errors';
import type { Logger } from '../lib/logger.ts';
import { AppError } from '../lib/app-error.ts';

interface HttpParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Maps body-parser failures (bad JSON, too large, bad charset) to AppErrors. */
function fromParser(error: HttpParserError): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', 400, 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new AppError('payload_too_large', 413, 'The request body is larger than the server accepts (1 MB for article text, 64 kB otherwise).');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 415, 'Send the body as UTF-8 JSON.');
    case 'request.aborted':
      return new AppError('validation_failed', 400, 'The request was aborted.');
    default:
      return null;
  }
}

/** The SQLSTATE or SQLite code of a constraint failure, looking through wrappers such as drizzle's query error. */
function constraintCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    // PostgreSQL: unique_violation, foreign_key_violation. SQLite: SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY, _FOREIGNKEY.
    if (code === '23505' || code === '23503' || /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY|FOREIGNKEY)$/.test(code)) return code;
  }
  return null;
}

/**
 * A write the database refused because another one changed the same data first (two servers on
 * PostgreSQL racing on a unique name, a row deleted under a link): the services check these
 * rules before writing, so only a race reaches the database, and the caller gets the 409 it
 * would have got a moment later, never a 500.
 */
export function fromDatabase(error: unknown): AppError | null {
  const code = constraintCode(error);
  if (code === null) return null;
  return new AppError('conflict', 409, 'This change conflicts with one saved at the same moment. Reload and try again.');
}

/** 404 for an /api route that does not exist. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('route_not_found', 404, `No API route ${req.method} ${req.path}.`));
};

/**
 * The one error middleware: writes `{ error: { code, message, details, requestId } }`.
 * Unknown errors become a 500 with a generic message; the stack goes to the log only.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = String(res.locals.requestId ?? '');
    let appError = error instanceof AppError ? error : (fromParser(error as HttpParserError) ?? fromDatabase(error));
    if (!appError) {
      logger.error('unhandled error', {
        requestId,
        method: req.method,
        path: req.path,
        error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
      });
      appError = new AppError('internal_error', 500, 'Something went wrong on the server. The error was logged.');
    }
    if (appError.status === 401 || appError.status === 403) {
      // Denied requests are logged with who, what and which resource (ASVS 16.3.2); never the body.
      const actor = res.locals.actor as { id: number; role: string } | undefined;
      logger.warn('request denied', {
        requestId,
        code: appError.code,
        status: appError.status,
        userId: actor?.id ?? null,
        role: actor?.role ?? null,
        method: req.method,
        path: req.path,
        address: req.ip,
      });
    }
    const body: ErrorEnvelope = {
      error: { code: appError.code, message: appError.message, details: appError.details, requestId },
    };
    if (appError.current !== undefined) body.error.current = appError.current;
    if (appError.meta.retryAfter !== undefined) res.setHeader('Retry-After', String(appError.meta.retryAfter));
    res.status(appError.status).json(body);
  };
}
