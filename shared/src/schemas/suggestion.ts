import { z } from 'zod';
import { FEATURE_KINDS, type FeatureKind } from '../check-worthiness/features.ts';

const offset = z.number().int('Offsets are whole numbers.').nonnegative('Offsets are not negative.').max(10_000_000);

/** What made a sentence look check-worthy (or less so): see shared/src/check-worthiness. */
export const SuggestionFeatureKindSchema = z.enum(FEATURE_KINDS as [FeatureKind, ...FeatureKind[]]);

/** One feature found in a suggested sentence, as a span of the article text. */
export const SuggestionFeatureSchema = z.object({
  /** The kind of feature (number, percentage, date, entity, attribution, comparison, causal, opinion, question). */
  kind: SuggestionFeatureKindSchema,
  /** UTF-16 offset of the match in the NFC article text. */
  start: z.number().int(),
  /** Offset just past the match. */
  end: z.number().int(),
  /** The matched text as written. */
  text: z.string(),
});
export type SuggestionFeature = z.infer<typeof SuggestionFeatureSchema>;

/** A sentence suggested for checking. Accepting it is creating a claim with its offsets and quote. */
export const SuggestionSchema = z.object({
  /** UTF-16 offset of the sentence's first character (on a grapheme boundary). */
  start: z.number().int(),
  /** Offset just past its last character (on a grapheme boundary). */
  end: z.number().int(),
  /** The sentence, exactly `text.slice(start, end)`. */
  quote: z.string(),
  /** Its check-worthiness score in (0, 1); suggested from the threshold up. */
  score: z.number(),
  /** The features that made it, in text order. */
  features: z.array(SuggestionFeatureSchema),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** `GET /api/articles/:id/suggestions`: the current suggestions of an article. */
export const SuggestionListSchema = z.object({
  /** The article's revision the offsets refer to. */
  revision: z.number().int(),
  /** The score a sentence needs to be suggested. */
  threshold: z.number(),
  /** Suggested sentences in reading order, minus those overlapping a claim or dismissed. */
  suggestions: z.array(SuggestionSchema),
});
export type SuggestionList = z.infer<typeof SuggestionListSchema>;

/** `POST /api/articles/:id/suggestions/dismiss` body: the suggested sentence, by offsets and text. */
export const DismissSuggestionInputSchema = z
  .strictObject({
    /** UTF-16 offset of the sentence's first character. */
    start: offset,
    /** Offset just past its last character. */
    end: offset,
    /** The sentence as suggested; the dismissal is kept by this text, so it survives edits elsewhere. */
    quote: z.string().min(1, 'The quote is empty.').max(20_000),
  })
  .refine((input) => input.end > input.start, { message: 'The end comes after the start.', path: ['end'] });
export type DismissSuggestionInput = z.infer<typeof DismissSuggestionInputSchema>;
