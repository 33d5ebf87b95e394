import type { RatingScaleResponse, ScaleRating } from '@sanad/shared/schemas/rating-scale';
import type { RatingWithUse } from './rating-scale.repository.ts';

/** The API shape of a rating of the scale. */
export function presentRating(row: RatingWithUse): ScaleRating {
  return {
    key: row.key,
    labelEn: row.labelEn,
    labelAr: row.labelAr,
    value: row.value,
    color: row.color,
    tint: row.tint,
    definitionEn: row.definitionEn,
    definitionAr: row.definitionAr,
    position: row.position,
    retiredAt: row.retiredAt,
    inUse: Number(row.inUse),
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The API shape of the whole scale, in order. */
export function presentRatingScale(rows: RatingWithUse[]): RatingScaleResponse {
  return { ratings: rows.map(presentRating) };
}
