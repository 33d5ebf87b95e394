import { graphemes, snapBackward, snapForward } from './graphemes.ts';

/** Characters that carry meaning at a claim's edge and are never trimmed (percent, per mille). */
const KEEP = new Set(['%', '٪', '‰', '‱', '؉', '؊']);
/** Opening brackets and quotes mapped to their closers («» as used in Arabic, and the common Latin ones). */
const PAIRS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '«': '»',
  '“': '”',
  '‘': '’',
  '"': '"',
  "'": "'",
  '‹': '›',
  '﴾': '﴿',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

const SPACE_OR_PUNCT = /^[\p{P}\p{Z}\s\p{Cf}]+$/u;

function isTrimmable(cluster: string): boolean {
  return SPACE_OR_PUNCT.test(cluster) && !KEEP.has(cluster);
}

/**
 * Turns a raw selection [start, end) of `text` into the span of a claim:
 * snaps both edges outwards to grapheme-cluster boundaries (so harakat stay with
 * their letter and surrogate pairs stay whole), then trims white space and
 * punctuation from both edges, keeping a bracket or quote whose partner lies
 * inside the span and keeping percent signs. Returns null when nothing is left.
 */
export function snapSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; quote: string } | null {
  let from = snapBackward(text, Math.max(0, Math.min(start, end)));
  let to = snapForward(text, Math.min(text.length, Math.max(start, end)));
  const clusters = graphemes(text.slice(from, to)).map((g) => ({
    segment: g.segment,
    start: from + g.index,
    end: from + g.index + g.segment.length,
  }));
  let first = 0;
  let last = clusters.length - 1;
  while (first <= last) {
    const cluster = clusters[first]!;
    if (!isTrimmable(cluster.segment)) break;
    const closer = PAIRS[cluster.segment];
    if (closer !== undefined && hasPartner(clusters, first + 1, last, closer)) break;
    first += 1;
  }
  while (last >= first) {
    const cluster = clusters[last]!;
    if (!isTrimmable(cluster.segment)) break;
    const opener = CLOSERS.get(cluster.segment);
    if (opener !== undefined && opener !== cluster.segment && hasPartner(clusters, first, last - 1, opener)) break;
    if (opener === cluster.segment && countOf(clusters, first, last, opener) % 2 === 0) break;
    last -= 1;
  }
  if (first > last) return null;
  from = clusters[first]!.start;
  to = clusters[last]!.end;
  return { start: from, end: to, quote: text.slice(from, to) };
}

function hasPartner(clusters: { segment: string }[], from: number, to: number, partner: string): boolean {
  for (let i = from; i <= to; i += 1) if (clusters[i]!.segment === partner) return true;
  return false;
}

function countOf(clusters: { segment: string }[], from: number, to: number, mark: string): number {
  let count = 0;
  for (let i = from; i <= to; i += 1) if (clusters[i]!.segment === mark) count += 1;
  return count;
}
