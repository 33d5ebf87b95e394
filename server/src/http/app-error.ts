import type { ErrorCode, ErrorDetail } from '@sanad/shared/errors';

/** The one error type the API answers with: a status, a stable code and a message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
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
