import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { RatingKeySchema } from './rating-scale.ts';
import { DateSchema } from './source.ts';
import { UserRefSchema } from './user.ts';
import { MAX_RATIONALE_LENGTH, VerdictConfidenceSchema } from './verdict.ts';

/**
 * Blind double rating (issue #16, ADR 034): a claim can need a second,
 * independent rating. The first rating is the claim's verdict; the second is
 * given by another person who does not see the first (nor its rationale or
 * sources) until both are in, and the first rater does not see the second.
 */

/** Where a claim's double rating stands. */
export const DOUBLE_RATING_STATES = [
  /** Neither rating is in. */
  'awaiting_both',
  /** The verdict is in; the second rating is not. */
  'awaiting_second',
  /** The second rating is in; the verdict is not. */
  'awaiting_first',
  /** Both are in and they agree. */
  'agreed',
  /** Both are in and they differ: an editor must resolve it before the claim can be approved. */
  'disagreed',
  /** They differed and an editor resolved it. */
  'resolved',
] as const;
export const DoubleRatingStateSchema = z.enum(DOUBLE_RATING_STATES);
export type DoubleRatingState = z.infer<typeof DoubleRatingStateSchema>;

/** How an editor settles a disagreement: keep the first rating, take the second, or set another. */
export const RESOLUTION_CHOICES = ['first', 'second', 'other'] as const;
export const ResolutionChoiceSchema = z.enum(RESOLUTION_CHOICES);
export type ResolutionChoice = z.infer<typeof ResolutionChoiceSchema>;

/** The second rating as its rater gave it. */
export const SecondRatingSchema = z.object({
  /** Key of the rating. */
  rating: RatingKeySchema,
  /** Why. */
  rationale: z.string(),
  /** How sure the second rater is; null when not stated. */
  confidence: VerdictConfidenceSchema.nullable(),
  /** Who gave it. */
  rater: UserRefSchema.nullable(),
  /** When it was given (or last changed). */
  ratedAt: TimestampSchema,
});
export type SecondRating = z.infer<typeof SecondRatingSchema>;

/** A claim's double rating, as the viewer may see it. */
export const DoubleRatingSchema = z.object({
  /** Whether the claim needs both ratings before it can be approved. */
  required: z.boolean(),
  /** Where it stands (told to everyone: it says what is in, never what was rated). */
  state: DoubleRatingStateSchema,
  /** The reviewer asked for the second rating; null: anyone but the first rater may give it. */
  assignedTo: UserRefSchema.nullable(),
  /**
   * True when this answer withholds a rating from the viewer: the verdict, its
   * rationale and the sources of a claim whose second rating is not in are
   * hidden from everyone but the first rater and editors who are not rating it.
   */
  blind: z.boolean(),
  /** The second rating: shown to its rater, to editors not rating the claim, and to all once both are in. */
  second: SecondRatingSchema.nullable(),
  /** Once both are in: the pair as it stood then, and whether they agreed. */
  agreement: z
    .object({
      /** The first rating (the verdict then) and who gave it. */
      firstRating: RatingKeySchema,
      firstRater: UserRefSchema.nullable(),
      /** The second rating and who gave it. */
      secondRating: RatingKeySchema,
      secondRater: UserRefSchema.nullable(),
      /** Whether both gave the same rating. */
      agreed: z.boolean(),
      /** When the second of the two came in. */
      completedAt: TimestampSchema,
    })
    .nullable(),
  /** An editor's settling of a disagreement. */
  resolution: z
    .object({
      /** Which rating became the verdict (or another). */
      choice: ResolutionChoiceSchema,
      /** The editor's note. */
      note: z.string(),
      /** Who resolved it and when. */
      by: UserRefSchema.nullable(),
      at: TimestampSchema,
    })
    .nullable(),
  /** Optimistic-concurrency version of the double rating (If-Match is the claim's version). */
  version: VersionSchema,
});
export type DoubleRating = z.infer<typeof DoubleRatingSchema>;

const rationale = z
  .string()
  .max(MAX_RATIONALE_LENGTH)
  .transform((value) => value.normalize('NFC').trim())
  .refine((value) => value !== '', 'Write a rationale for the rating.');

/** `PUT /api/claims/:id/second-rating` body: the independent second rating. */
export const SetSecondRatingInputSchema = z.strictObject({
  /** Key of a rating on the scale that is not retired. */
  rating: RatingKeySchema,
  /** Why the claim earns this rating; required. */
  rationale,
  /** How sure the rater is. */
  confidence: VerdictConfidenceSchema.nullable().optional(),
});
export type SetSecondRatingInput = z.input<typeof SetSecondRatingInputSchema>;

/** `PUT /api/claims/:id/double-rating` body (editors): require a second rating of one claim, or not, and whom to ask. */
export const SetDoubleRatingInputSchema = z.strictObject({
  /** Whether the claim needs a second, independent rating. */
  required: z.boolean(),
  /** The reviewer asked for it; null or left out: anyone but the first rater. */
  assignedTo: IdSchema.nullable().optional(),
});
export type SetDoubleRatingInput = z.input<typeof SetDoubleRatingInputSchema>;

/** `POST /api/claims/:id/double-rating/resolve` body (editors): settle a disagreement. */
export const ResolveDisagreementInputSchema = z
  .strictObject({
    /** Keep the first rating, take the second, or set another. */
    choice: ResolutionChoiceSchema,
    /** With `other`: the rating the claim gets. */
    rating: RatingKeySchema.optional(),
    /** With `other`: its rationale. */
    rationale: rationale.optional(),
    /** Why the editor settled it this way; required. */
    note: z
      .string()
      .max(5_000)
      .transform((value) => value.normalize('NFC').trim())
      .refine((value) => value !== '', 'Write a note saying why.'),
  })
  .refine((input) => input.choice !== 'other' || (input.rating !== undefined && input.rationale !== undefined), {
    message: 'Give the rating and its rationale when you set another verdict.',
    path: ['rating'],
  })
  .refine((input) => input.choice === 'other' || (input.rating === undefined && input.rationale === undefined), {
    message: 'A rating and rationale are given only with "other".',
    path: ['choice'],
  });
export type ResolveDisagreementInput = z.input<typeof ResolveDisagreementInputSchema>;

/** `PUT /api/articles/:id/double-rating` body (editors): require a second rating of every claim of an article not yet approved. */
export const SetArticleDoubleRatingInputSchema = z.strictObject({
  /** Whether the article's claims need a second, independent rating. */
  required: z.boolean(),
});
export type SetArticleDoubleRatingInput = z.infer<typeof SetArticleDoubleRatingInputSchema>;

/** Agreement of a set of rating pairs. */
export const AgreementFiguresSchema = z.object({
  /** Claims rated twice in the set. */
  pairs: z.number().int().nonnegative(),
  /** Share of pairs with the same rating (0-1); null with no pairs. */
  rawAgreement: z.number().nullable(),
  /** Cohen's kappa over the rating keys; null when undefined (no pairs, or one category only). */
  kappa: z.number().nullable(),
  /** Krippendorff's alpha (ordinal) over the pairs where both ratings are on the numeric scale; null when undefined. */
  alpha: z.number().nullable(),
  /** Pairs that count for alpha (both ratings have a numeric value). */
  numericPairs: z.number().int().nonnegative(),
});
export type AgreementFigures = z.infer<typeof AgreementFiguresSchema>;

/** `GET /api/agreement` query: a date range (UTC days, inclusive) of when the pairs were completed. */
export const AgreementQuerySchema = z.strictObject({
  /** First day; left out: from the beginning. */
  from: DateSchema.optional(),
  /** Last day; left out: up to today. */
  to: DateSchema.optional(),
});
export type AgreementQuery = z.infer<typeof AgreementQuerySchema>;

/** `GET /api/agreement` response (editors): agreement for the desk, per article and per pair of raters. */
export const AgreementReportSchema = z.object({
  /** The range asked for. */
  from: DateSchema.nullable(),
  to: DateSchema.nullable(),
  /** The whole desk. */
  desk: AgreementFiguresSchema,
  /** Per article, most pairs first. */
  articles: z.array(AgreementFiguresSchema.extend({ article: z.object({ id: IdSchema, title: z.string() }) })),
  /** Per pair of raters (the two people, whichever of them rated first), most pairs first. */
  raters: z.array(AgreementFiguresSchema.extend({ pair: z.tuple([UserRefSchema, UserRefSchema]) })),
});
export type AgreementReport = z.infer<typeof AgreementReportSchema>;
