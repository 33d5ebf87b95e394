import type { ErrorCode, ErrorDetail } from '@sanad/shared/errors';

/** The one error type the API answers with: a status, a stable code and a message. */
export class AppError extends Error {
  /** With `precondition_failed`: the resource as it is now, added by the route. */
  current?: unknown;

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra facts for the error middleware, e.g. `retryAfter` seconds for a 429. */
    readonly meta: { retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 403 for an action the actor may not take on this resource. */
export function forbidden(message: string): AppError {
  return new AppError('forbidden', 403, message);
}

/** 412 for a write made on a version that is no longer current. */
export function preconditionFailed(resource: string, expected: number, current: number): AppError {
  return new AppError('precondition_failed', 412, `The ${resource} changed since you loaded it (you had version ${expected}, it is now ${current}).`, [
    { path: ['headers', 'if-match'], message: `The current version is ${current}.` },
  ]);
}

/** 404 for an id that does not exist. */
export function notFound(resource: string, id: number | string): AppError {
  return new AppError('not_found', 404, `No ${resource} with id ${id}.`);
}

/** 422 for valid JSON that breaks a rule; the code names the rule. */
export function ruleViolation(code: ErrorCode, message: string, details: ErrorDetail[] = []): AppError {
  return new AppError(code, 422, message, details);
}

/** 409 for a request that conflicts with what is stored. */
export function conflict(code: ErrorCode, message: string, details: ErrorDetail[] = []): AppError {
  return new AppError(code, 409, message, details);
}
