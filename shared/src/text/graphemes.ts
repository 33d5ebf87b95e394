/**
 * Grapheme-cluster helpers. Offsets are UTF-16 code units, as in JavaScript
 * strings and DOM ranges. A grapheme cluster keeps an Arabic letter together
 * with its harakat (combining marks) and a surrogate pair or emoji sequence
 * together; no claim edge may fall inside one.
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * How far back and forward of an offset we look when deciding whether it is a
 * boundary. Clusters longer than this (pathological stacks of marks) are
 * treated as if they began at the window's start.
 */
const WINDOW = 128;

/**
 * Code units that never join a cluster across their edge (UAX #29): 1 for one that neither extends the cluster
 * before it nor joins the one after it (tab, line feed, ASCII, Latin, Arabic letters, digits and punctuation,
 * general punctuation), 2 for an Arabic haraka, which extends the cluster before it but never joins the next one.
 * Between two such units (the second a 1) lies a boundary, known without segmenting: the common case of a text
 * of these scripts, and segmenting was most of the cost of snapping an offset.
 */
const PLAIN = new Uint8Array(0x10000);
const PLAIN_RANGES: [number, number][] = [
  [0x09, 0x0a],
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061d, 0x064a],
  [0x0660, 0x066f],
  [0x0671, 0x06d5],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
];
for (const [from, to] of PLAIN_RANGES) PLAIN.fill(1, from, to + 1);
PLAIN.fill(2, 0x064b, 0x065f + 1);
PLAIN[0x0670] = 2;

/** True when `offset` (inside the text) lies between two plain units (see PLAIN), so surely between two clusters. */
function plainBoundary(text: string, offset: number): boolean {
  return PLAIN[text.charCodeAt(offset)] === 1 && PLAIN[text.charCodeAt(offset - 1)] !== 0;
}

/** The grapheme cluster around `offset`, as [start, end) in code units. */
export function clusterAt(text: string, offset: number): [number, number] {
  if (offset <= 0) return [0, Math.min(text.length, clusterEndFrom(text, 0))];
  if (offset >= text.length) return [text.length, text.length];
  const from = Math.max(0, offset - WINDOW);
  const slice = text.slice(from, Math.min(text.length, offset + WINDOW));
  const segment = segmenter.segment(slice).containing(offset - from);
  if (!segment) return [offset, offset];
  return [from + segment.index, from + segment.index + segment.segment.length];
}

function clusterEndFrom(text: string, start: number): number {
  const slice = text.slice(start, start + WINDOW);
  const first = segmenter.segment(slice)[Symbol.iterator]().next();
  return first.done ? start : start + first.value.segment.length;
}

/** True when `offset` lies between two grapheme clusters (or at either end of the text). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return plainBoundary(text, offset) || clusterAt(text, offset)[0] === offset;
}

/** Moves `offset` back to the start of the cluster it falls in. */
export function snapBackward(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (plainBoundary(text, offset)) return offset;
  return clusterAt(text, offset)[0];
}

/** Moves `offset` forward to the end of the cluster it falls in (unchanged on a boundary). */
export function snapForward(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (plainBoundary(text, offset)) return offset;
  const [start, end] = clusterAt(text, offset);
  return start === offset ? offset : end;
}

/** The grapheme clusters of `text`, each with its start offset. */
export function graphemes(text: string): { segment: string; index: number }[] {
  return Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }));
}
