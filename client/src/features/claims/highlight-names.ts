import { type RatingKey, UNRATED_STYLE } from '@sanad/shared/rating-scale';
import { replaceHighlightStyles } from '../../lib/highlights.ts';

/** Highlight of the claim opened or focused in the sidebar. */
export const ACTIVE_HIGHLIGHT = 'sanad-active';
/** Highlight of text covered by more than one claim. */
export const OVERLAP_HIGHLIGHT = 'sanad-overlap';
/** Dashed highlight of a fuzzy claim's suggestion: offered, not attached. */
export const SUGGESTION_HIGHLIGHT = 'sanad-suggestion';
/** Highlight of claims without a verdict. */
export const UNRATED_HIGHLIGHT = 'sanad-unrated';

/**
 * The highlight a claim with this rating (or none) is painted with, e.g.
 * `sanad-rating-false`. Rating keys are admins' data, so they get a prefix of
 * their own: no key can take the name of another highlight.
 */
export function highlightNameFor(rating: RatingKey | null): string {
  return rating === null ? UNRATED_HIGHLIGHT : `sanad-rating-${rating}`;
}

/**
 * Every highlight name claims may be painted with: the fixed ones, and one per
 * rating of every scale installed so far. A live list (the scale is loaded at
 * run time and admins add ratings), so read it when clearing, not at import.
 */
export const ALL_HIGHLIGHT_NAMES: string[] = [UNRATED_HIGHLIGHT, OVERLAP_HIGHLIGHT, SUGGESTION_HIGHLIGHT, ACTIVE_HIGHLIGHT];

/** `#rrggbb` with an alpha, so overlapping claims add up to a darker tone. */
function translucent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/** A `#rrggbb` colour, as the server stores it; anything else is never written into a rule. */
const HEX = /^#[0-9a-f]{6}$/i;
/** What a rating key looks like (the server refuses any other), so a name is always a plain CSS identifier. */
const KEY = /^[a-z][a-z0-9_]*$/;

/**
 * The fixed `::highlight()` rules (unrated, overlap, suggestion, active). Only
 * paint properties: nothing here can move text.
 */
export const HIGHLIGHT_CSS = [
  `::highlight(${UNRATED_HIGHLIGHT}) { background-color: ${translucent(UNRATED_STYLE.tint, 0.85)}; }`,
  `::highlight(${OVERLAP_HIGHLIGHT}) { text-decoration: underline dotted 2px #3b4350; text-underline-offset: 0.35em; }`,
  `::highlight(${SUGGESTION_HIGHLIGHT}) { background-color: rgb(180 83 9 / 0.1); text-decoration: underline dashed 2px #b45309; text-underline-offset: 0.35em; }`,
  // The active claim is marked by a line only: its fill stays its verdict's tint, so the colour a reviewer just gave it is seen.
  `::highlight(${ACTIVE_HIGHLIGHT}) { text-decoration: underline solid 3px #1d4ed8; text-underline-offset: 0.35em; }`,
].join('\n');

/** One `::highlight()` rule per rating, each with the rating's tint. */
export function ratingHighlightCss(ratings: readonly { key: RatingKey; tint: string }[]): string {
  return ratings
    .filter((rating) => KEY.test(rating.key) && HEX.test(rating.tint))
    .map((rating) => `::highlight(${highlightNameFor(rating.key)}) { background-color: ${translucent(rating.tint, 0.78)}; }`)
    .join('\n');
}

/**
 * Installs (or replaces) the rating highlight rules for this scale, written
 * from the fetched scale so the colours live in one place; called by the
 * signed-in shell whenever the scale changes.
 */
export function installRatingHighlights(ratings: readonly { key: RatingKey; tint: string }[]): void {
  for (const rating of ratings) {
    const name = highlightNameFor(rating.key);
    if (!ALL_HIGHLIGHT_NAMES.includes(name)) ALL_HIGHLIGHT_NAMES.push(name);
  }
  replaceHighlightStyles('rating-scale', ratingHighlightCss(ratings));
}
