import { z } from 'zod';
import { HEX_COLOR_PATTERN } from '../color.ts';
import { RATING_KEY_PATTERN, UNRATED_KEY } from '../rating-scale.ts';
import { TimestampSchema, VersionSchema } from './common.ts';

/** A key of the rating scale (stored with each verdict; never changes once created). */
export const RatingKeySchema = z
  .string()
  .regex(RATING_KEY_PATTERN, 'A rating key is 1 to 40 lower-case letters, digits and underscores, starting with a letter.')
  .refine((key) => key !== UNRATED_KEY, `"${UNRATED_KEY}" is reserved for claims without a verdict.`);

/** A tally key: a rating key or `unrated`. */
export const TallyKeySchema = z.string().regex(RATING_KEY_PATTERN, 'Use a rating key or "unrated".');

/** A `#rrggbb` colour, stored in lower case. */
export const HexColorSchema = z
  .string()
  .trim()
  .regex(HEX_COLOR_PATTERN, 'Use a colour written as #rrggbb.')
  .transform((value) => value.toLowerCase());

/** Lowest and highest numeric value a rating may carry. */
export const MIN_RATING_VALUE = -100;
export const MAX_RATING_VALUE = 100;

const label = (what: string) => z.string().trim().min(1, `Write the ${what}.`).max(60, `Keep the ${what} under 60 characters.`);
const definition = (what: string) => z.string().trim().min(1, `Write the ${what}.`).max(600, `Keep the ${what} under 600 characters.`);

/** One rating as served by `GET /api/rating-scale`. */
export const RatingSchema = z.object({
  key: z.string(),
  labelEn: z.string(),
  labelAr: z.string(),
  /** Numeric value on the scale (higher is more accurate), or null for ratings off the numeric scale. */
  value: z.number().int().nullable(),
  /** Strong colour (badges, borders); white text on it meets WCAG AA. */
  color: z.string(),
  /** Light tint behind highlighted claims; body text on it meets WCAG AAA. */
  tint: z.string(),
  definitionEn: z.string(),
  definitionAr: z.string(),
  /** Order on the scale, 0 first. */
  position: z.number().int().nonnegative(),
  /** Retired ratings stay on verdicts that use them but cannot be chosen for new ones. */
  retiredAt: TimestampSchema.nullable(),
  /** Verdicts that use this rating (a rating in use can be retired, never deleted). */
  inUse: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
  version: VersionSchema,
});
export type ScaleRating = z.infer<typeof RatingSchema>;

/** `GET /api/rating-scale` response: every rating in scale order, retired ones included. */
export const RatingScaleSchema = z.object({ ratings: z.array(RatingSchema) });
export type RatingScaleResponse = z.infer<typeof RatingScaleSchema>;

const ratingFields = {
  labelEn: label('English label'),
  labelAr: label('Arabic label'),
  definitionEn: definition('English definition'),
  definitionAr: definition('Arabic definition'),
  value: z.number().int().min(MIN_RATING_VALUE).max(MAX_RATING_VALUE).nullable(),
  color: HexColorSchema,
  tint: HexColorSchema,
};

/** `POST /api/rating-scale` body (admin): a new rating, added at the end of the scale unless `position` is given. */
export const CreateRatingInputSchema = z.strictObject({
  key: RatingKeySchema,
  ...ratingFields,
  position: z.number().int().nonnegative().optional(),
});
export type CreateRatingInput = z.infer<typeof CreateRatingInputSchema>;

/** `PATCH /api/rating-scale/:key` body (admin, with If-Match): any of the fields; the key never changes. */
export const UpdateRatingInputSchema = z
  .strictObject({
    labelEn: ratingFields.labelEn.optional(),
    labelAr: ratingFields.labelAr.optional(),
    definitionEn: ratingFields.definitionEn.optional(),
    definitionAr: ratingFields.definitionAr.optional(),
    value: ratingFields.value.optional(),
    color: ratingFields.color.optional(),
    tint: ratingFields.tint.optional(),
    position: z.number().int().nonnegative().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateRatingInput = z.infer<typeof UpdateRatingInputSchema>;

/** `/api/rating-scale/:key` path parameters. */
export const RatingKeyParamsSchema = z.object({ key: RatingKeySchema });
