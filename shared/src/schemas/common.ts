import { z } from 'zod';

/** A database id: a positive integer (path parameters arrive as strings and are coerced). */
export const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Path parameters `{ id }`. */
export const IdParamsSchema = z.object({ id: IdSchema });
/** An ISO 8601 timestamp in UTC, as the server writes it. */
export const TimestampSchema = z.string();
/** Optimistic-concurrency version, starting at 1 and increased by every change. */
export const VersionSchema = z.number().int().positive();
/** `{"status":"ok"}` from `GET /api/health`. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  /** True in demo mode (demo accounts exist; never with NODE_ENV=production). */
  demo: z.boolean(),
});
export type Health = z.infer<typeof HealthSchema>;
