import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';

/** The error envelope as a schema: route tests and e2e parse every error response with it. */
export const ErrorEnvelopeSchema = z.strictObject({
  error: z.strictObject({
    /** Stable machine-readable code. */
    code: z.enum(ERROR_CODES),
    /** Human-readable explanation. */
    message: z.string().min(1),
    /** Per-field problems (may be empty). */
    details: z.array(z.strictObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
    /** Correlates the response with the server's log line. */
    requestId: z.string().optional(),
    /** With `precondition_failed`: the resource as it is now. */
    current: z.unknown().optional(),
  }),
});
