import { RATING_KEYS, RATING_SCALE, UNRATED_STYLE, type RatingKey } from '@sanad/shared/rating-scale';

/** Highlight of the claim opened or focused in the sidebar. */
export const ACTIVE_HIGHLIGHT = 'sanad-active';
/** Highlight of text covered by more than one claim. */
export const OVERLAP_HIGHLIGHT = 'sanad-overlap';
/** Dashed highlight of a fuzzy claim's suggested text: offered, not attached. */
export const SUGGESTION_HIGHLIGHT = 'sanad-suggestion';
/** Highlight of claims without a verdict. */
export const UNRATED_HIGHLIGHT = 'sanad-unrated';

/** The highlight a claim with this rating (or none) is painted with, e.g. `sanad-false`. */
export function highlightNameFor(rating: RatingKey | null): string {
  return rating === null ? UNRATED_HIGHLIGHT : `sanad-${rating}`;
}

export const ALL_HIGHLIGHT_NAMES = [...RATING_KEYS.map((key) => highlightNameFor(key)), UNRATED_HIGHLIGHT, OVERLAP_HIGHLIGHT, SUGGESTION_HIGHLIGHT, ACTIVE_HIGHLIGHT];

/** `#rrggbb` with an alpha, so overlapping claims add up to a darker tone. */
function translucent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / ${alpha})`;
}

/**
 * The `::highlight()` rules, written from the shared rating scale so the
 * colours live in one place. Only paint properties: nothing here can move text.
 */
export const HIGHLIGHT_CSS = [
  ...RATING_SCALE.map((rating) => `::highlight(${highlightNameFor(rating.key)}) { background-color: ${translucent(rating.tint, 0.78)}; }`),
  `::highlight(${UNRATED_HIGHLIGHT}) { background-color: ${translucent(UNRATED_STYLE.tint, 0.85)}; }`,
  `::highlight(${OVERLAP_HIGHLIGHT}) { text-decoration: underline dotted 2px #3b4350; text-underline-offset: 0.35em; }`,
  `::highlight(${SUGGESTION_HIGHLIGHT}) { background-color: rgb(180 83 9 / 0.1); text-decoration: underline dashed 2px #b45309; text-underline-offset: 0.35em; }`,
  `::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(29 78 216 / 0.14); text-decoration: underline solid 2px #1d4ed8; text-underline-offset: 0.35em; }`,
].join('\n');
