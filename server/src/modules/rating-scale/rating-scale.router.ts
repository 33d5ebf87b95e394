import { Router } from 'express';
import { RATING_SCALE } from '@sanad/shared/rating-scale';
import type { RatingScaleResponse } from '@sanad/shared/schemas/rating-scale';

/** GET /api/rating-scale: the scale defined once in shared/. */
export function ratingScaleRouter(): Router {
  const router = Router();
  // Interim until the scale is read from the `ratings` table.
  const body: RatingScaleResponse = { ratings: RATING_SCALE.map((rating, position) => ({ ...rating, position, retiredAt: null, inUse: 0, updatedAt: '', version: 1 })) };
  router.get('/rating-scale', (_req, res) => {
    res.json(body);
  });
  return router;
}
