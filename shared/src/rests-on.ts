/**
 * When an opinion "rests on a false or misleading factual claim" (issue #16, ADR 033): the rule
 * Meta's fact-checking programme applies to opinion pieces. One definition for the server (the
 * claim's `restsOnFalse`) and the client (the claim list's flag).
 */

/** The key of the default scale's off-scale rating for true facts told so as to mislead. */
export const MISLEADING_KEY = 'misleading';

/** A rating as the rule needs it: its key and its numeric value (null off the numeric scale). */
export interface RatingValue {
  key: string;
  value: number | null;
}

/**
 * The middle of the scale: halfway between the lowest and the highest numeric value of its
 * ratings (retired ones included: verdicts keep them), or null when no rating has a value.
 */
export function scaleMidpoint(scale: readonly { value: number | null }[]): number | null {
  const values = scale.map((rating) => rating.value).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  return (Math.min(...values) + Math.max(...values)) / 2;
}

/**
 * Whether a rating is on the false or misleading side: a numeric value strictly below the
 * scale's midpoint (on the default scale, Mostly False and False; Half True is the midpoint and
 * is not), or the off-scale Misleading. Other off-scale ratings (Unverifiable) and an unrated
 * claim are not.
 */
export function isFalseSide(rating: string | null, scale: readonly RatingValue[]): boolean {
  if (rating === null) return false;
  if (rating === MISLEADING_KEY) return true;
  const value = scale.find((entry) => entry.key === rating)?.value ?? null;
  const midpoint = scaleMidpoint(scale);
  return value !== null && midpoint !== null && value < midpoint;
}

/** Whether any of the claims an opinion rests on is rated on the false or misleading side. */
export function restsOnFalse(ratings: readonly (string | null)[], scale: readonly RatingValue[]): boolean {
  return ratings.some((rating) => isFalseSide(rating, scale));
}
