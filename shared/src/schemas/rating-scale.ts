import { z } from 'zod';
import { RATING_KEYS } from '../rating-scale.ts';

/** One rating as served by `GET /api/rating-scale`. */
export const RatingSchema = z.object({
  key: z.enum(RATING_KEYS),
  labelEn: z.string(),
  labelAr: z.string(),
  value: z.number().int().nullable(),
  color: z.string(),
  tint: z.string(),
  definitionEn: z.string(),
  definitionAr: z.string(),
});

/** `GET /api/rating-scale` response. */
export const RatingScaleSchema = z.object({ ratings: z.array(RatingSchema) });
export type RatingScaleResponse = z.infer<typeof RatingScaleSchema>;
