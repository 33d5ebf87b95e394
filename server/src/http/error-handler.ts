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
    let appError = error instanceof AppError ? error : fromParser(error as HttpParserError);
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
