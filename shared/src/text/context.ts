import { CONTEXT_LENGTH } from './quote.ts';

/** A claim's context as a reader sees it: whole words only, and whether text was left out on each side. */
export interface ReadableContext {
  /** The words before the quote (the stored prefix without its first, cut word). */
  before: string;
  /** The words after the quote (the stored suffix without its last, cut word). */
  after: string;
  /** True when the article goes on before `before` (show an ellipsis). */
  moreBefore: boolean;
  /** True when the article goes on after `after` (show an ellipsis). */
  moreAfter: boolean;
}

/**
 * Grapheme snapping can shorten a stored prefix or suffix by a few code units
 * (a letter with harakat); one this much shorter than CONTEXT_LENGTH reached
 * the edge of the text.
 */
const SNAP_SLACK = 4;

/**
 * The stored prefix and suffix (up to 32 characters each, the W3C
 * TextQuoteSelector's context) cut at word boundaries for display: a
 * prefix that starts inside a word ("…عواصم" cut from "العواصم", which reads
 * as another word) loses that partial word, and so does a suffix that ends
 * inside one. `start` is the quote's offset: a prefix that begins at the
 * start of the text is whole. The selectors themselves stay as stored.
 */
export function readableContext(prefix: string, suffix: string, start: number | null): ReadableContext {
  const prefixAtStart = start !== null ? start - prefix.length <= 0 : prefix.length < CONTEXT_LENGTH - SNAP_SLACK;
  const suffixAtEnd = suffix.length < CONTEXT_LENGTH - SNAP_SLACK;
  let before = prefix;
  if (!prefixAtStart) {
    const firstBreak = prefix.search(/\s/u);
    // No break at all: the whole prefix is part of one word; keep none of it rather than half a word.
    before = firstBreak === -1 ? '' : prefix.slice(firstBreak).replace(/^\s+/u, '');
  }
  let after = suffix;
  if (!suffixAtEnd) {
    const lastBreak = Math.max(suffix.lastIndexOf(' '), suffix.lastIndexOf('\n'), suffix.lastIndexOf('\t'));
    after = lastBreak === -1 ? '' : suffix.slice(0, lastBreak).replace(/\s+$/u, '');
  }
  // Keep the space between the context and the quote as the text has it.
  if (before !== '' && /\s$/u.test(prefix) && !/\s$/u.test(before)) before += ' ';
  if (after !== '' && /^\s/u.test(suffix) && !/^\s/u.test(after)) after = ` ${after}`;
  return { before, after, moreBefore: !prefixAtStart, moreAfter: !suffixAtEnd };
}
