import type { ErrorCode } from '../errors.ts';
import { isGraphemeBoundary, snapBackward, snapForward } from './graphemes.ts';

/** How many characters of context a claim keeps on each side (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** A broken span rule: the error code and a message naming the rule. */
export interface SpanProblem {
  code: Extract<
    ErrorCode,
    'offsets_out_of_range' | 'offsets_reversed' | 'empty_span' | 'quote_mismatch' | 'whitespace_only_quote' | 'splits_grapheme'
  >;
  message: string;
}

/**
 * Checks that [start, end) is a valid claim span of `text` whose exact text is
 * `quote`. Returns the first rule broken, or null when the span is valid.
 * Rules, in order: offsets in range, not reversed, not empty, on grapheme
 * boundaries, quote equal to the text, quote not only white space.
 */
export function checkSpan(text: string, start: number, end: number, quote: string): SpanProblem | null {
  if (start < 0 || end < 0 || start > text.length || end > text.length) {
    return {
      code: 'offsets_out_of_range',
      message: `Offsets must lie within the article text (0..${text.length}); got start ${start}, end ${end}.`,
    };
  }
  if (end < start) {
    return { code: 'offsets_reversed', message: `The end offset (${end}) is before the start offset (${start}).` };
  }
  if (end === start) {
    return { code: 'empty_span', message: 'A claim must cover at least one character.' };
  }
  if (!isGraphemeBoundary(text, start) || !isGraphemeBoundary(text, end)) {
    const which = !isGraphemeBoundary(text, start) ? `start ${start}` : `end ${end}`;
    return {
      code: 'splits_grapheme',
      message: `The ${which} falls inside a grapheme cluster (a letter and its diacritics, or a surrogate pair); offsets must fall between clusters.`,
    };
  }
  if (text.slice(start, end) !== quote) {
    return {
      code: 'quote_mismatch',
      message: 'The quote is not exactly the article text between the given offsets.',
    };
  }
  if (quote.trim() === '') {
    return { code: 'whitespace_only_quote', message: 'A claim cannot be only white space.' };
  }
  return null;
}

/**
 * The prefix and suffix of a span: up to CONTEXT_LENGTH code units on each
 * side, shortened so that neither cuts a grapheme cluster.
 */
export function spanContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const prefixStart = snapForward(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = snapBackward(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}
