import type { z } from 'zod';
import { ApiError } from './api-client.ts';

/** Field name -> first message, for showing validation problems beside fields. */
export type FieldErrors = Partial<Record<string, string>>;

/** The first message per top-level field of a failed zod parse. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * The per-field details of an API validation error, keyed by the last path
 * segment under `body` (the envelope reports paths like `["body", "url"]`).
 */
export function apiFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const detail of error.details) {
    const path = detail.path[0] === 'body' ? detail.path.slice(1) : detail.path;
    const key = String(path[0] ?? '_form');
    errors[key] ??= detail.message;
  }
  return errors;
}
