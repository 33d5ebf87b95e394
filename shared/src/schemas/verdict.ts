import { z } from 'zod';
import { RATING_KEYS } from '../rating-scale.ts';
import { TimestampSchema, VersionSchema } from './common.ts';
import { UserRefSchema } from './user.ts';

/** A key of the rating scale. */
export const RatingKeySchema = z.enum(RATING_KEYS);

/** Longest rationale accepted. */
export const MAX_RATIONALE_LENGTH = 20_000;

/** A claim's verdict: a rating of the scale and the reviewer's written rationale. */
export const VerdictSchema = z.object({
  /** Key of the rating. */
  rating: RatingKeySchema,
  /** Why the claim earns this rating. */
  rationale: z.string(),
  /** Who last set it (they cannot approve the claim). */
  setBy: UserRefSchema.nullable(),
  /** When the verdict was first set. */
  createdAt: TimestampSchema,
  /** When the verdict last changed. */
  updatedAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type Verdict = z.infer<typeof VerdictSchema>;

/** `PUT /api/claims/:id/verdict` body. */
export const SetVerdictInputSchema = z.strictObject({
  /** Key of the rating. */
  rating: RatingKeySchema,
  /** Why the claim earns this rating; required. */
  rationale: z
    .string()
    .max(MAX_RATIONALE_LENGTH)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value !== '', 'Write a rationale for the verdict.'),
});
export type SetVerdictInput = z.input<typeof SetVerdictInputSchema>;
