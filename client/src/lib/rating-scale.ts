import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { UNRATED_STYLE } from '@sanad/shared/rating-scale';
import type { RatingScaleResponse, ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { callApi } from './api-client.ts';
import { ratingScaleKeys } from './query-keys.ts';

/**
 * The live rating scale, which admins edit (`/admin/scale`). Every feature
 * that shows a rating reads it from here, never from the default constants in
 * shared/: the signed-in shell loads it before any screen renders, so
 * `useRatingScale()` always has it.
 */

/** `GET /api/rating-scale`: every rating in order, retired ones included. */
export function getRatingScale(signal?: AbortSignal): Promise<RatingScaleResponse> {
  return callApi(ratingScaleEndpoints.list, { signal });
}

/** The scale query: small and rarely changed, so it stays fresh for a minute; admin edits invalidate it. */
export const ratingScaleQueryOptions = () =>
  queryOptions({ queryKey: ratingScaleKeys.all, queryFn: ({ signal }) => getRatingScale(signal), staleTime: 60_000 });

/** How a rating (or the lack of one) is shown: labels and colours. */
export interface RatingStyle {
  key: string;
  labelEn: string;
  labelAr: string;
  color: string;
  tint: string;
  /** True for a retired rating: kept on old verdicts, no longer offered. */
  retired: boolean;
}

/** The scale as screens use it. */
export interface RatingScale {
  /** Every rating in order, retired ones included. */
  ratings: readonly ScaleRating[];
  /** The ratings new verdicts may use, in order. */
  active: readonly ScaleRating[];
  /** The rating with this key, when it is on the scale. */
  find(key: string): ScaleRating | undefined;
  /** Labels and colours of a rating key, or of "Unrated" for null; a key no longer on the scale shows as itself in grey. */
  styleOf(key: string | null): RatingStyle;
}

const UNRATED: RatingStyle = { key: 'unrated', ...UNRATED_STYLE, retired: false };

/** Wraps a scale response in the lookups screens need. */
export function ratingScaleOf(response: RatingScaleResponse): RatingScale {
  const byKey = new Map(response.ratings.map((rating) => [rating.key, rating]));
  return {
    ratings: response.ratings,
    active: response.ratings.filter((rating) => rating.retiredAt === null),
    find: (key) => byKey.get(key),
    styleOf(key) {
      if (key === null) return UNRATED;
      const rating = byKey.get(key);
      if (!rating) return { ...UNRATED, key, labelEn: key.replaceAll('_', ' '), labelAr: key.replaceAll('_', ' '), retired: true };
      return { key, labelEn: rating.labelEn, labelAr: rating.labelAr, color: rating.color, tint: rating.tint, retired: rating.retiredAt !== null };
    },
  };
}

/**
 * The live scale (screens under the signed-in shell, which loads it first).
 * `fresh` refetches it when the screen opens (the admin page, for current use counts).
 */
export function useRatingScale({ fresh = false }: { fresh?: boolean } = {}): RatingScale {
  const { data } = useSuspenseQuery({ ...ratingScaleQueryOptions(), refetchOnMount: fresh ? 'always' : true });
  return useMemo(() => ratingScaleOf(data), [data]);
}

/** The scale query for the shell that loads it (pending, error or data). */
export function useRatingScaleQuery() {
  return useQuery(ratingScaleQueryOptions());
}

/**
 * The verdicts a tally lists, with labels and colours, in scale order: the
 * active ratings, retired ones the tallies count, any other key they count,
 * then Unrated.
 */
export function tallyStyles(scale: RatingScale, ...tallies: readonly Readonly<Record<string, number | undefined>>[]): RatingStyle[] {
  const counted = new Set(tallies.flatMap((tally) => Object.keys(tally).filter((key) => (tally[key] ?? 0) > 0)));
  const styles = scale.ratings.filter((rating) => rating.retiredAt === null || counted.has(rating.key)).map((rating) => scale.styleOf(rating.key));
  for (const key of counted) if (key !== UNRATED.key && !scale.find(key)) styles.push(scale.styleOf(key));
  styles.push(UNRATED);
  return styles;
}

/** A rating's label (and definition, when it has one) in the interface language. */
export interface LocalisedRating {
  label: string;
  definition?: string;
}

/**
 * Picks a rating's label and definition for the interface language: the
 * Arabic ones (`labelAr`, `definitionAr`) in the Arabic interface, the English
 * ones otherwise. Takes a `RatingStyle` or a `ScaleRating`.
 */
export function localiseRating(
  language: string,
  rating: { labelEn: string; labelAr: string; definitionEn?: string; definitionAr?: string },
): LocalisedRating {
  const arabic = language === 'ar';
  const definition = arabic ? rating.definitionAr : rating.definitionEn;
  return { label: arabic ? rating.labelAr : rating.labelEn, ...(definition === undefined ? {} : { definition }) };
}

/** `localiseRating` bound to the active interface language; a new function when the language changes. */
export function useLocaliseRating(): (rating: Parameters<typeof localiseRating>[1]) => LocalisedRating {
  const { i18n } = useLingui();
  const language = i18n.locale;
  return useMemo(() => (rating: Parameters<typeof localiseRating>[1]) => localiseRating(language, rating), [language]);
}
