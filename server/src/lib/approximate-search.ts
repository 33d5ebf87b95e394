/**
 * Approximate substring search: the spans of a text within a number of edits
 * (insertions, deletions, substitutions of UTF-16 code units) of a pattern,
 * for re-anchoring a claim whose quote changed.
 *
 * The distances come from Myers' bit-vector algorithm (G. Myers, "A fast
 * bit-vector algorithm for approximate string matching based on dynamic
 * programming", J. ACM 46(3), 1999), in its blocks of 32 pattern units: a text
 * unit costs a few word operations a block, whatever the number of edits
 * allowed. Only where a span ends is its start worked out, by Sellers' dynamic
 * programme over the few units before that end.
 */
import { withPatternMasks } from './pattern-masks.ts';

/** A span of the text and its distance (edits) from the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

/** Most matches reported by one search. */
const MAX_MATCHES = 500;

/**
 * The spans of text[from, to) within `limit` edits of `pattern`: at most one per
 * run of ends within the limit, the first end of its run's fewest edits, with the
 * start of its best alignment (Sellers' choice: a substitution before a skipped
 * text unit before a skipped pattern unit). Ascending by end; at most MAX_MATCHES.
 */
export function approximateMatches(text: string, from: number, to: number, pattern: string, limit: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const ends = bestEnds(text, from, to, pattern, limit);
  return ends.map(({ end, distance }) => ({ start: alignmentStart(text, Math.max(from, end - m - limit), end, pattern, limit), end, distance }));
}

/** The ends of `approximateMatches` and their distances, by Myers' bit-vector algorithm. */
function bestEnds(text: string, from: number, to: number, pattern: string, limit: number): { end: number; distance: number }[] {
  const m = pattern.length;
  return withPatternMasks(pattern, 0, m, ({ blocks, masks, rowOf }) => {
    // The vertical deltas of the current column (+1 where pv, -1 where mv, else 0): the first column is 0, 1, 2, ... m.
    const pv = new Int32Array(blocks).fill(-1);
    const mv = new Int32Array(blocks);
    const lastHigh = 1 << ((m - 1) & 31);
    let score = m;
    const found: { end: number; distance: number }[] = [];
    let pending: { end: number; distance: number } | null = null;
    for (let j = from; j < to; j += 1) {
      const row = rowOf[text.charCodeAt(j)]! * blocks;
      // The top row is all zeros (a match may start anywhere): nothing comes into the first block.
      let hin = 0;
      for (let b = 0; b < blocks; b += 1) {
        const pvb = pv[b]!;
        const mvb = mv[b]!;
        const eqb = masks[row + b]!;
        const eq = hin < 0 ? eqb | 1 : eqb;
        const xv = eqb | mvb;
        const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
        let ph = mvb | ~(xh | pvb);
        let mh = pvb & xh;
        const high = b === blocks - 1 ? lastHigh : 0x80000000 | 0;
        const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
        ph = (ph << 1) | (hin > 0 ? 1 : 0);
        mh = (mh << 1) | (hin < 0 ? 1 : 0);
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      if (score <= limit) {
        if (!pending || score < pending.distance) pending = { end: j + 1, distance: score };
      } else if (pending) {
        found.push(pending);
        pending = null;
        if (found.length >= MAX_MATCHES) break;
      }
    }
    if (pending) found.push(pending);
    return found;
  });
}

/**
 * The start of the best alignment of `pattern` ending at `end`, by Sellers' dynamic programme over
 * text[from, end) with Ukkonen's cut-off (rows past the last within `limit` count as limit + 1: a cell within
 * the limit only ever comes from one within it). A span within `limit` edits is at most m + limit units long, so
 * starting m + limit units before its end gives what a programme over the whole text gives.
 */
function alignmentStart(text: string, from: number, end: number, pattern: string, limit: number): number {
  const m = pattern.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  let previousStart = new Int32Array(m + 1).fill(from);
  let currentStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) previous[i] = i;
  const over = limit + 1;
  let last = Math.min(m, limit);
  for (let j = from; j < end; j += 1) {
    const c = text.charCodeAt(j);
    current[0] = 0;
    currentStart[0] = j + 1;
    let i = 1;
    for (; i <= m && (i <= last + 1 || current[i - 1]! < limit); i += 1) {
      const substitute = (i - 1 <= last ? previous[i - 1]! : over) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = (i <= last ? previous[i]! : over) + 1;
      const skipPattern = current[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        current[i] = substitute;
        currentStart[i] = previousStart[i - 1]!;
      } else if (skipText <= skipPattern) {
        current[i] = skipText;
        currentStart[i] = previousStart[i]!;
      } else {
        current[i] = skipPattern;
        currentStart[i] = currentStart[i - 1]!;
      }
    }
    last = i - 1;
    while (last > 0 && current[last]! > limit) last -= 1;
    const costs = previous;
    previous = current;
    current = costs;
    const starts = previousStart;
    previousStart = currentStart;
    currentStart = starts;
  }
  return previousStart[m]!;
}
