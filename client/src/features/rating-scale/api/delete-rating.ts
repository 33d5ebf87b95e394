import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RatingScaleResponse, ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { callApi } from '../../../lib/api-client.ts';
import { ratingScaleKeys, summaryKeys } from '../../../lib/query-keys.ts';

/** `DELETE /api/rating-scale/:key` (admins, at `version`); 409 `rating_in_use` when verdicts have it. */
export function deleteRating(key: string, version: number): Promise<void> {
  return callApi(ratingScaleEndpoints.remove, { params: { key }, ifMatch: version });
}

export function useDeleteRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rating: ScaleRating) => deleteRating(rating.key, rating.version),
    onSuccess: (_result, rating) => {
      queryClient.setQueryData<RatingScaleResponse>(ratingScaleKeys.all, (current) =>
        current ? { ratings: current.ratings.filter((each) => each.key !== rating.key) } : current,
      );
      void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all });
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
    },
  });
}
