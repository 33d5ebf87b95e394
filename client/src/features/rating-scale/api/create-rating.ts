import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRatingInput, ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { callApi } from '../../../lib/api-client.ts';
import { ratingScaleKeys, summaryKeys } from '../../../lib/query-keys.ts';

/** `POST /api/rating-scale` (admins): 409 `rating_exists` for a key on the scale, 422 `low_contrast` for unreadable colours. */
export function createRating(input: CreateRatingInput): Promise<ScaleRating> {
  return callApi(ratingScaleEndpoints.create, { body: input });
}

/** Adds a rating. Silent: the dialog shows the problem beside the field. */
export function useCreateRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRating,
    meta: { silent: true },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all });
      void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
    },
  });
}
