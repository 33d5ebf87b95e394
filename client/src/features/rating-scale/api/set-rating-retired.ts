import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RatingScaleResponse, ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { callApi } from '../../../lib/api-client.ts';
import { ratingScaleKeys, summaryKeys } from '../../../lib/query-keys.ts';
import { storeRating } from './update-rating.ts';

/**
 * `POST /api/rating-scale/:key/retire` or `/restore` (admins, at `version`):
 * a retired rating stays on the verdicts that have it but is no longer offered.
 */
export function setRatingRetired(key: string, retired: boolean, version: number): Promise<ScaleRating> {
  return callApi(retired ? ratingScaleEndpoints.retire : ratingScaleEndpoints.restore, { params: { key }, ifMatch: version });
}

export function useSetRatingRetired() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rating, retired }: { rating: ScaleRating; retired: boolean }) => setRatingRetired(rating.key, retired, rating.version),
    onSuccess: (rating) => {
      queryClient.setQueryData<RatingScaleResponse>(ratingScaleKeys.all, (current) => storeRating(current, rating));
      void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all });
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
    },
  });
}
