import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { ClaimSourceSchema } from './source.ts';
import { VerdictSchema } from './verdict.ts';

/**
 * A check-worthy claim marked in an article's text.
 * `start` and `end` are UTF-16 code-unit offsets into the article's
 * NFC-normalised text (end exclusive), as JavaScript strings and DOM ranges
 * count; `quote`, `prefix` and `suffix` form a W3C TextQuoteSelector.
 */
export const ClaimSchema = z.object({
  /** Claim id. */
  id: IdSchema,
  /** The article the claim is marked in. */
  articleId: IdSchema,
  /** UTF-16 code-unit offset of the claim's first character in the NFC article text. */
  start: z.number().int().nonnegative(),
  /** UTF-16 code-unit offset just past the claim's last character (exclusive). */
  end: z.number().int().nonnegative(),
  /** The exact text between `start` and `end`. */
  quote: z.string(),
  /** Up to 32 characters before the quote, computed by the server. */
  prefix: z.string(),
  /** Up to 32 characters after the quote, computed by the server. */
  suffix: z.string(),
  /** Who made the claim (a person or outlet quoted in the article), when known. */
  claimant: z.string().nullable(),
  /** The verdict, or null while the claim is unrated. */
  verdict: VerdictSchema.nullable(),
  /** Sources attached to the claim, in the order they were attached. */
  sources: z.array(ClaimSourceSchema),
  /** When the claim was marked. */
  createdAt: TimestampSchema,
  /** When the claim last changed. */
  updatedAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** `GET /api/articles/:id/claims` response: claims in reading order (start, then end). */
export const ClaimListSchema = z.object({ claims: z.array(ClaimSchema) });
export type ClaimList = z.infer<typeof ClaimListSchema>;

const offset = z.number().int('Offsets are whole numbers.').nonnegative('Offsets are not negative.').max(10_000_000);

/** `POST /api/articles/:id/claims` body. The server computes prefix and suffix. */
export const CreateClaimInputSchema = z.object({
  /** UTF-16 offset of the first character in the NFC article text. */
  start: offset,
  /** UTF-16 offset just past the last character. */
  end: offset,
  /** The exact text between the offsets. */
  quote: z.string().min(1, 'The quote is empty.').max(20_000),
  /** Who made the claim, optional. */
  claimant: z.string().trim().max(200).nullable().optional(),
});
export type CreateClaimInput = z.infer<typeof CreateClaimInputSchema>;

/** `PATCH /api/claims/:id` body: move the span (all three together) and/or change the claimant. */
export const UpdateClaimInputSchema = z
  .object({
    start: offset.optional(),
    end: offset.optional(),
    quote: z.string().min(1).max(20_000).optional(),
    claimant: z.string().trim().max(200).nullable().optional(),
  })
  .refine(
    (input) => {
      const span = [input.start, input.end, input.quote].filter((value) => value !== undefined).length;
      return span === 0 || span === 3;
    },
    { message: 'Give start, end and quote together to move a claim.', path: ['quote'] },
  )
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateClaimInput = z.infer<typeof UpdateClaimInputSchema>;
