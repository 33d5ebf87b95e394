import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RatingScaleResponse, ScaleRating, UpdateRatingInput } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { callApi } from '../../../lib/api-client.ts';
import { ratingScaleKeys } from '../../../lib/query-keys.ts';

/** `PATCH /api/rating-scale/:key` (admins): change the rating at `version`; a new `position` moves the others along. */
export function updateRating(key: string, input: UpdateRatingInput, version: number): Promise<ScaleRating> {
  return callApi(ratingScaleEndpoints.update, { params: { key }, body: input, ifMatch: version });
}

/** Stores a changed rating in the scale at once (the refetch then brings the others' new positions). */
export function storeRating(current: RatingScaleResponse | undefined, rating: ScaleRating): RatingScaleResponse | undefined {
  return current ? { ratings: current.ratings.map((each) => (each.key === rating.key ? rating : each)) } : current;
}

/**
 * Changes a rating. `silent` for the edit dialog, which shows problems beside
 * the fields; moves in the table leave failures to the usual toast.
 */
export function useUpdateRating({ silent = false }: { silent?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, input, version }: { key: string; input: UpdateRatingInput; version: number }) => updateRating(key, input, version),
    meta: { silent },
    onSuccess: (rating) => {
      queryClient.setQueryData<RatingScaleResponse>(ratingScaleKeys.all, (current) => storeRating(current, rating));
      void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all });
    },
  });
}
