import { z } from 'zod';
import { TimestampSchema, VersionSchema } from './common.ts';
import { UserRefSchema } from './user.ts';

import { RatingKeySchema } from './rating-scale.ts';
import { DateSchema } from './source.ts';

export { RatingKeySchema };

/** Longest rationale accepted. */
export const MAX_RATIONALE_LENGTH = 20_000;

/** How sure a rater is of a verdict, from most to least. */
export const VERDICT_CONFIDENCES = ['high', 'medium', 'low'] as const;
export const VerdictConfidenceSchema = z.enum(VERDICT_CONFIDENCES);
export type VerdictConfidence = z.infer<typeof VerdictConfidenceSchema>;

/** A claim's verdict: a rating of the scale and the reviewer's written rationale. */
export const VerdictSchema = z.object({
  /** Key of the rating. */
  rating: RatingKeySchema,
  /** Why the claim earns this rating. */
  rationale: z.string(),
  /** Who last set it (they cannot approve the claim). */
  setBy: UserRefSchema.nullable(),
  /** How sure the rater is; null when not stated (verdicts set before it was asked). */
  confidence: VerdictConfidenceSchema.nullable(),
  /** The day (YYYY-MM-DD) the verdict should be checked again (a figure that will be revised, a pending ruling); null when none. */
  recheckOn: DateSchema.nullable(),
  /** Set when an editor marked the verdict outdated (the facts moved on since): why, who and when; null while current. */
  outdated: z
    .object({
      /** Why it is outdated. */
      note: z.string(),
      /** Who marked it. */
      by: UserRefSchema.nullable(),
      /** When. */
      at: TimestampSchema,
    })
    .nullable(),
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
  /** Key of a rating on the scale that is not retired (checked by the server against the live scale). */
  rating: RatingKeySchema,
  /** Why the claim earns this rating; required. */
  rationale: z
    .string()
    .max(MAX_RATIONALE_LENGTH)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value !== '', 'Write a rationale for the verdict.'),
  /** How sure the rater is; left out or null: not stated. */
  confidence: VerdictConfidenceSchema.nullable().optional(),
  /** When to check the verdict again (YYYY-MM-DD); left out, null or empty: never. */
  recheckOn: DateSchema.nullable().optional().or(z.literal('').transform(() => null)),
});
export type SetVerdictInput = z.input<typeof SetVerdictInputSchema>;

/** `PUT /api/claims/:id/verdict/outdated` body (editors): mark the verdict outdated, saying why (Snopes' "Outdated"). */
export const MarkOutdatedInputSchema = z.strictObject({
  /** Why the verdict no longer holds as published (a new figure, a ruling, a correction). */
  note: z
    .string()
    .max(2_000)
    .transform((value) => value.normalize('NFC').trim())
    .refine((value) => value !== '', 'Say why the verdict is outdated.'),
});
export type MarkOutdatedInput = z.input<typeof MarkOutdatedInputSchema>;
