import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { UserRefSchema } from './user.ts';

/** A correction: a published claim that an editor reopened, with the reason, and what the next publication said. */
export const CorrectionSchema = z.object({
  id: IdSchema,
  /** The corrected claim; null once it has been deleted. */
  claimId: IdSchema.nullable(),
  /** The claim's quote when it was reopened. */
  quote: z.string(),
  /** Why it was reopened: the text of the correction. */
  reason: z.string(),
  /** Rating key published before. */
  ratingBefore: z.string().nullable(),
  /** Rating key published by the correction; null while pending, or when the claim was withdrawn from the report. */
  ratingAfter: z.string().nullable(),
  reopenedAt: TimestampSchema,
  reopenedBy: UserRefSchema.nullable(),
  /** When the correction was published; null while it waits for the next publication. */
  publishedAt: TimestampSchema.nullable(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** One publication of an article's fact-check. */
export const PublicationSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  /** 1 for the first publication, then 2, 3... */
  number: z.number().int().positive(),
  publishedAt: TimestampSchema,
  publishedBy: UserRefSchema.nullable(),
  /** Claims in this publication. */
  claims: z.number().int().nonnegative(),
  /** Corrections this publication carried. */
  corrections: z.number().int().nonnegative(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** `GET /api/articles/:id/publications` response: newest first, with every correction (pending ones first). */
export const PublicationListSchema = z.object({
  publications: z.array(PublicationSchema),
  corrections: z.array(CorrectionSchema),
  /** Approved claims not yet in a publication, and pending corrections: what publishing now would add. */
  pending: z.object({ newClaims: z.number().int().nonnegative(), corrections: z.number().int().nonnegative() }),
});
export type PublicationList = z.infer<typeof PublicationListSchema>;

/** `POST /api/articles/:id/publications` body (editor): publish the approved claims. */
export const PublishInputSchema = z.strictObject({});
