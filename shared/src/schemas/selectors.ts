import { z } from 'zod';

/**
 * W3C Web Annotation TextQuoteSelector: the exact text with up to 32
 * characters of context on each side, used to find the text again.
 */
export const TextQuoteSelectorSchema = z.object({
  /** Always `TextQuoteSelector`. */
  type: z.literal('TextQuoteSelector'),
  /** The selected text exactly as it stands in the article. */
  exact: z.string(),
  /** Up to 32 characters before `exact`. */
  prefix: z.string(),
  /** Up to 32 characters after `exact`. */
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/**
 * W3C Web Annotation TextPositionSelector: start and end offsets in UTF-16
 * code units into the article's NFC-normalised text, end exclusive.
 */
export const TextPositionSelectorSchema = z.object({
  /** Always `TextPositionSelector`. */
  type: z.literal('TextPositionSelector'),
  /** Offset of the first code unit. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last code unit. */
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
