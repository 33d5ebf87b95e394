/**
 * Word-level diff of two texts (Myers' O(ND) algorithm over tokens), refined
 * to characters at the edges of each change, for mapping positions from one
 * revision to the next and for showing what changed.
 */
import { withPatternMasks } from './pattern-masks.ts';

/**
 * A text cut into tokens (a word, a run of white space, or one other character), as parallel arrays:
 * each token's id (equal texts get equal ids within one diff), its start (with the text's length after
 * the last), and its kind: whether it ends a unit of the first alignment pass (`LINE`, `STOP`), is a
 * word (`LETTERS`), or neither (0).
 */
export interface Tokens {
  count: number;
  ids: Int32Array;
  starts: Int32Array;
  kinds: Uint8Array;
}

/** A token holding a line break. */
const LINE = 1;
/** A token that ends a sentence (see SENTENCE_STOP). */
const STOP = 2;
/** A word: a run of letters, marks and digits. */
const LETTERS = 3;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u200c\u200d]$/u;
const SPACE_CHAR = /^\s$/u;
const WORD = 0;
const SPACE = 1;
const OTHER = 2;
/** Class of each BMP code unit (WORD, SPACE or OTHER), filled as met; -1 when not yet known. */
const unitClass = new Int8Array(0x10000).fill(-1);
const astralClass = new Map<number, number>();
const classify = (char: string) => (WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER);

/**
 * Cuts a text into the tokens of /[\p{L}\p{M}\p{N}\u200c\u200d]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu (a property test holds
 * it to that expression), interning each token's text in `ids`. A scan over a table of character classes: the
 * expression's matches, one object each, were most of the time of diffing a long article.
 */
export function tokenize(text: string, ids: Map<string, number>): Tokens {
  const length = text.length;
  const starts = new Int32Array(length + 1);
  const tokenIds = new Int32Array(length);
  const kinds = new Uint8Array(length);
  let count = 0;
  let at = 0;
  // The class and width (1 or 2 code units) of the code point at `i`.
  let width = 1;
  const classAt = (i: number): number => {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        let known = astralClass.get(point);
        if (known === undefined) astralClass.set(point, (known = classify(String.fromCodePoint(point))));
        return known;
      }
    }
    width = 1;
    let known = unitClass[unit]!;
    if (known < 0) unitClass[unit] = known = classify(text[i]!);
    return known;
  };
  while (at < length) {
    const start = at;
    const kind = classAt(at);
    at += width;
    if (kind !== OTHER) {
      while (at < length && classAt(at) === kind) at += width;
    }
    const token = text.slice(start, at);
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    starts[count] = start;
    tokenIds[count] = id;
    kinds[count] = kind === WORD ? LETTERS : kind === SPACE ? (token.includes('\n') ? LINE : 0) : SENTENCE_STOP.test(token) ? STOP : 0;
    count += 1;
  }
  starts[count] = length;
  return { count, ids: tokenIds.subarray(0, count), starts: starts.subarray(0, count + 1), kinds: kinds.subarray(0, count) };
}

/** A change: old [oldStart, oldEnd) became new [newStart, newEnd), in UTF-16 offsets. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** A run of the word diff, for display. */
export interface DiffRun {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** The result of diffing two texts. */
export interface TextDiff {
  hunks: Hunk[];
  runs: DiffRun[];
  /** Characters of the old text that stand unchanged in the new one. */
  keptChars: number;
}

/** Largest number of token edits before the texts count as unrelated. */
const MAX_EDITS = 20_000;

/**
 * The furthest-reaching x of every diagonal after each round of `myers`, round d's 2d + 3 entries
 * at d² + 2d. One buffer, grown as needed and kept between calls: a diff makes thousands of small
 * calls (a word against a word), and allocating each round's copy was most of their time.
 * Past TRACE_KEPT entries (a diff of thousands of edits) it is let go after the call.
 */
let trace = new Int32Array(1 << 14);
const TRACE_KEPT = 1 << 20;

/**
 * Myers' greedy diff over two integer sequences. Returns the matched pairs as
 * runs [aIndex, bIndex, length], or null when more than `maxEdits` edits are needed.
 */
function myers(a: Int32Array, b: Int32Array, maxEdits: number): [number, number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  let found = -1;
  for (let d = 0; d <= max; d += 1) {
    const base = d * d + 2 * d;
    if (base + 2 * d + 3 > trace.length) {
      const grown = new Int32Array(Math.max(trace.length * 2, base + 2 * d + 3));
      grown.set(trace);
      trace = grown;
    }
    for (let i = 0, from = offset - d - 1; i < 2 * d + 3; i += 1) trace[base + i] = v[from + i]!;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  const runs = found < 0 ? null : backtrack(found, n, m);
  if (trace.length > TRACE_KEPT) trace = new Int32Array(1 << 14);
  return runs;
}

/** The matched runs of the edit path `myers` found in `found` rounds, read back from `trace`. */
function backtrack(found: number, n: number, m: number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d -= 1) {
    const base = d * d + 2 * d + d + 1;
    const at = (k: number) => trace[base + k]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    const startX = d === 0 ? 0 : prevK === k + 1 ? prevX : prevX + 1;
    const snake = x - Math.max(startX, 0);
    if (snake > 0) runs.push([x - snake, y - snake, snake]);
    x = prevX;
    y = prevY;
  }
  runs.reverse();
  return runs;
}

/** Code units of `unitKey` built at a time (String.fromCharCode takes them as arguments). */
const KEY_CHUNK = 4096;
const keyUnits = new Uint16Array(2 * KEY_CHUNK);

/**
 * A string that stands for the token ids tokens[from, to): two code units an id. Joining the ids with commas
 * (a typed array's join) was a tenth of the time of a diff.
 */
function unitKey(tokens: Int32Array, from: number, to: number): string {
  let key = '';
  for (let chunk = from; chunk < to; chunk += KEY_CHUNK) {
    const end = Math.min(to, chunk + KEY_CHUNK);
    for (let i = chunk; i < end; i += 1) {
      keyUnits[2 * (i - chunk)] = tokens[i]! & 0xffff;
      keyUnits[2 * (i - chunk) + 1] = tokens[i]! >>> 16;
    }
    key += String.fromCharCode.apply(null, keyUnits.subarray(0, 2 * (end - chunk)) as unknown as number[]);
  }
  return key;
}

/**
 * Myers over token ids in two passes: first whole sentences and paragraph
 * breaks (each sentence's tokens interned as one id), then tokens inside each
 * stretch that did not match. Moving paragraphs or rewriting sentences then
 * costs the size of what changed around each, not the size of the whole text
 * times the number of edits.
 */
function alignByParagraphs(a: Int32Array, b: Int32Array, aKinds: Uint8Array, bKinds: Uint8Array): [number, number, number][] | null {
  const units = (tokens: Int32Array, kinds: Uint8Array) => {
    // A sentence's tokens with its full stop form one unit, and each line break one of its own. A full stop is
    // not a unit alone: matched by itself, it could pair a sentence's end with the end of the one before it
    // (when an edit joined two sentences) and leave the whole sentence between them deleted and inserted.
    const spans: [number, number][] = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      if (kinds[i] === STOP) {
        spans.push([from, i + 1]);
        from = i + 1;
        continue;
      }
      if (kinds[i] !== LINE) continue;
      if (i > from) spans.push([from, i]);
      spans.push([i, i + 1]);
      from = i + 1;
    }
    if (tokens.length > from) spans.push([from, tokens.length]);
    return spans;
  };
  const aUnits = units(a, aKinds);
  const bUnits = units(b, bKinds);
  if (aUnits.length < 3 && bUnits.length < 3) return myers(a, b, MAX_EDITS);
  const ids = new Map<string, number>();
  const intern = (tokens: Int32Array, spans: [number, number][]) =>
    Int32Array.from(spans, ([from, to]) => {
      const key = unitKey(tokens, from, to);
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      return id;
    });
  const aIds = intern(a, aUnits);
  const bIds = intern(b, bUnits);
  const paragraphRuns = myers(aIds, bIds, MAX_EDITS);
  if (!paragraphRuns) return myers(a, b, MAX_EDITS);
  // The sentences each side has that the other side holds unmatched, word for word: moved, not edited.
  const unmatched = (ids: Int32Array, side: 0 | 1) => {
    const matched = new Uint8Array(ids.length);
    for (const run of paragraphRuns) matched.fill(1, run[side], run[side] + run[2]);
    const left = new Set<number>();
    for (let i = 0; i < ids.length; i += 1) if (!matched[i]) left.add(ids[i]!);
    return left;
  };
  const aLeft = unmatched(aIds, 0);
  const bLeft = unmatched(bIds, 1);
  const allMoved = (ids: Int32Array, from: number, to: number, other: Set<number>) => {
    for (let i = from; i < to; i += 1) if (!other.has(ids[i]!)) return false;
    return true;
  };
  const runs: [number, number, number][] = [];
  let x = 0;
  let y = 0;
  let ui = 0;
  let vi = 0;
  // Each stretch between matched sentences is diffed on its own, within a limit that grows with it (and no
  // further than MAX_GAP_EDITS): past it the stretch was moved or rewritten and counts as replaced whole.
  // What the token diff made of a stretch: paired its tokens, found that its sides (both with words) share no word, or
  // gave up past its limit.
  const tokenGap = (x0: number, xEnd: number, y0: number, yEnd: number): 'paired' | 'unshared' | 'unpaired' => {
    if (xEnd === x0 || yEnd === y0) return 'unpaired';
    // Sentences that differ by more than a third of their words were moved or rewritten, not edited: pairing
    // their tokens would only match common words by chance, at a cost that grows with the size of the move.
    const size = xEnd - x0 + (yEnd - y0);
    const limit = Math.min(MAX_GAP_EDITS, Math.max(GAP_EDITS, Math.floor(size * GAP_SHARE)));
    // Myers needs at least as many edits as the tokens the two sides do not share: past the limit (a rewritten stretch),
    // it would fail anyway, after a search that grows with the square of the stretch. Sides with words that share none
    // were rewritten: their diff could only pair spaces and full stops, by chance (the character diff of the changes
    // refines what such a pairing would have), at the same cost.
    const shared = sharedTokens(a, aKinds, x0, xEnd, b, bKinds, y0, yEnd);
    if (shared.words === 0 && shared.wordsA > 0 && shared.wordsB > 0) return 'unshared';
    if (size - 2 * shared.tokens > limit) return 'unpaired';
    const inner = myers(a.subarray(x0, xEnd), b.subarray(y0, yEnd), limit);
    for (const [ix, iy, length] of inner ?? []) runs.push([x0 + ix, y0 + iy, length]);
    return inner ? 'paired' : 'unpaired';
  };
  const gap = (uEnd: number, vEnd: number, xEnd: number, yEnd: number): void => {
    // Sentences only moved on both sides (paragraphs reordered): pairing their words across the gap would match common
    // words by chance, and the claims in them are found again by their context, not through such a pairing.
    if (allMoved(aIds, ui, uEnd, bLeft) && allMoved(bIds, vi, vEnd, aLeft)) return;
    // (With no word in common, no sentence of one side stands in the other either.)
    if (tokenGap(x, xEnd, y, yEnd) !== 'unpaired' || xEnd === x || yEnd === y) return;
    // Replaced whole by the token diff: a sentence of the old text may still stand whole at the end (or start) of
    // a longer sentence of the new one (a rewritten sentence without its full stop runs into the next), or the
    // other way round. Such sentences are paired, and what lies between them is token-diffed on its own.
    const pairs = splitUnits(a, b, aUnits.slice(ui, uEnd), bUnits.slice(vi, vEnd));
    for (const [ox, oy, length] of pairs) {
      tokenGap(x, ox, y, oy);
      runs.push([ox, oy, length]);
      x = ox + length;
      y = oy + length;
    }
    // (With no sentence paired, what is left is the stretch the token diff has just given up on.)
    if (pairs.length > 0) tokenGap(x, xEnd, y, yEnd);
  };
  for (const [ux, uy, count] of paragraphRuns) {
    const xStart = aUnits[ux]![0];
    const yStart = bUnits[uy]![0];
    gap(ux, uy, xStart, yStart);
    const xEnd = aUnits[ux + count - 1]![1];
    const yEnd = bUnits[uy + count - 1]![1];
    runs.push([xStart, yStart, xEnd - xStart]);
    x = xEnd;
    y = yEnd;
    ui = ux + count;
    vi = uy + count;
  }
  gap(aUnits.length, bUnits.length, a.length, b.length);
  return runs.filter((run) => run[2] > 0);
}

/**
 * How many tokens a[x0, xEnd) and b[y0, yEnd) share, counted with repeats (an upper bound of their longest common
 * subsequence), how many of those are words, and how many words each side holds.
 */
function sharedTokens(
  a: Int32Array,
  aKinds: Uint8Array,
  x0: number,
  xEnd: number,
  b: Int32Array,
  bKinds: Uint8Array,
  y0: number,
  yEnd: number,
): { tokens: number; words: number; wordsA: number; wordsB: number } {
  const counts = new Map<number, number>();
  let wordsA = 0;
  for (let i = x0; i < xEnd; i += 1) {
    counts.set(a[i]!, (counts.get(a[i]!) ?? 0) + 1);
    if (aKinds[i] === LETTERS) wordsA += 1;
  }
  let tokens = 0;
  let words = 0;
  let wordsB = 0;
  for (let j = y0; j < yEnd; j += 1) {
    const word = bKinds[j] === LETTERS;
    if (word) wordsB += 1;
    const left = counts.get(b[j]!);
    if (left) {
      tokens += 1;
      if (word) words += 1;
      counts.set(b[j]!, left - 1);
    }
  }
  return { tokens, words, wordsA, wordsB };
}

/** Fewest tokens of a sentence paired by `splitUnits` inside a longer one (shorter ones repeat by chance). */
const MIN_SPLIT_TOKENS = 8;

/**
 * Pairs whole sentences of a stretch that the token diff replaced whole: a unit of one side
 * that stands, token for token, at the end or the start of a longer unit of the other side is
 * split off it, and the units of both sides are then aligned as in the first pass. Returns the
 * matched runs [aIndex, bIndex, length] in tokens, ascending.
 */
function splitUnits(a: Int32Array, b: Int32Array, aSpans: [number, number][], bSpans: [number, number][]): [number, number, number][] {
  const key = unitKey;
  const split = (tokens: Int32Array, spans: [number, number][], others: Int32Array, otherSpans: [number, number][]) => {
    const keys = new Set<string>();
    // The other side's units by length, first token and last token: a piece is keyed (its tokens read) only when
    // those agree, which spares reading every piece of every length.
    const edges = new Map<number, Map<number, Set<number>>>();
    for (const [from, to] of otherSpans) {
      if (to - from < MIN_SPLIT_TOKENS) continue;
      keys.add(key(others, from, to));
      let byFirst = edges.get(to - from);
      if (!byFirst) edges.set(to - from, (byFirst = new Map<number, Set<number>>()));
      let lasts = byFirst.get(others[from]!);
      if (!lasts) byFirst.set(others[from]!, (lasts = new Set<number>()));
      lasts.add(others[to - 1]!);
    }
    const may = (byFirst: Map<number, Set<number>>, from: number, to: number) => byFirst.get(tokens[from]!)?.has(tokens[to - 1]!) === true;
    const out: [number, number][] = [];
    for (const [from, to] of spans) {
      let cut: [number, number][] | null = null;
      for (const [length, byFirst] of edges) {
        if (length >= to - from) continue;
        if (may(byFirst, to - length, to) && keys.has(key(tokens, to - length, to))) cut = [[from, to - length], [to - length, to]];
        else if (may(byFirst, from, from + length) && keys.has(key(tokens, from, from + length))) cut = [[from, from + length], [from + length, to]];
        if (cut) break;
      }
      out.push(...(cut ?? [[from, to] as [number, number]]));
    }
    return out;
  };
  const aUnits = split(a, aSpans, b, bSpans);
  const bUnits = split(b, bSpans, a, aSpans);
  const ids = new Map<string, number>();
  const intern = (tokens: Int32Array, spans: [number, number][]) =>
    Int32Array.from(spans, ([from, to]) => {
      const k = key(tokens, from, to);
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
      }
      return id;
    });
  const matched = myers(intern(a, aUnits), intern(b, bUnits), MAX_GAP_EDITS) ?? [];
  const runs: [number, number, number][] = [];
  for (const [ux, uy, count] of matched) {
    const from = aUnits[ux]![0];
    const to = aUnits[ux + count - 1]![1];
    if (to - from >= MIN_SPLIT_TOKENS) runs.push([from, bUnits[uy]![0], to - from]);
  }
  return runs;
}

/** Fewest token edits tried inside a stretch of unmatched sentences before it counts as replaced whole. */
const GAP_EDITS = 32;
/** Share of a stretch's tokens (old plus new) that its token diff may edit before the stretch counts as replaced whole. */
const GAP_SHARE = 1 / 3;
/** Most token edits tried inside one such stretch. */
const MAX_GAP_EDITS = 2_000;

/** Tokens that end a unit of the first alignment pass: line breaks and the ends of sentences. */
const SENTENCE_STOP = /^[.!?؟]$/u;

/** Diffs two texts word by word; null when they are too different to map one onto the other. */
export function diffTexts(oldText: string, newText: string): TextDiff | null {
  const ids = new Map<string, number>();
  const oldTokens = tokenize(oldText, ids);
  const newTokens = tokenize(newText, ids);
  const oldIds = oldTokens.ids;
  const newIds = newTokens.ids;
  // Trim the common prefix and suffix before the O(ND) part.
  let head = 0;
  while (head < oldTokens.count && head < newTokens.count && oldIds[head] === newIds[head]) head += 1;
  let tail = 0;
  while (tail < oldTokens.count - head && tail < newTokens.count - head && oldIds[oldTokens.count - 1 - tail] === newIds[newTokens.count - 1 - tail]) tail += 1;
  const middle = alignByParagraphs(
    oldIds.subarray(head, oldTokens.count - tail),
    newIds.subarray(head, newTokens.count - tail),
    oldTokens.kinds.subarray(head, oldTokens.count - tail),
    newTokens.kinds.subarray(head, newTokens.count - tail),
  );
  if (!middle) return null;
  const matched: [number, number, number][] = [];
  if (head > 0) matched.push([0, 0, head]);
  for (const [x, y, length] of middle) matched.push([x + head, y + head, length]);
  if (tail > 0) matched.push([oldTokens.count - tail, newTokens.count - tail, tail]);

  const oldOffset = (index: number) => oldTokens.starts[index]!;
  const newOffset = (index: number) => newTokens.starts[index]!;

  // Word runs for display, and the equal stretches in characters for mapping.
  const runs: DiffRun[] = [];
  const equal: [number, number, number][] = [];
  let oi = 0;
  let ni = 0;
  for (const [x, y, length] of matched) {
    if (oldOffset(x) > oldOffset(oi)) runs.push({ op: 'delete', text: oldText.slice(oldOffset(oi), oldOffset(x)) });
    if (newOffset(y) > newOffset(ni)) runs.push({ op: 'insert', text: newText.slice(newOffset(ni), newOffset(y)) });
    if (length > 0) {
      const from = oldOffset(x);
      const to = oldOffset(x + length);
      const last = runs[runs.length - 1];
      if (last?.op === 'equal') last.text += oldText.slice(from, to);
      else runs.push({ op: 'equal', text: oldText.slice(from, to) });
      equal.push([from, newOffset(y), to - from]);
    }
    oi = x + length;
    ni = y + length;
  }
  if (oldText.length > oldOffset(oi)) runs.push({ op: 'delete', text: oldText.slice(oldOffset(oi)) });
  if (newText.length > newOffset(ni)) runs.push({ op: 'insert', text: newText.slice(newOffset(ni)) });

  const hunks = slideToSentences(oldText, newText, refineHunks(oldText, newText, equal));
  runs.splice(0, runs.length, ...groupRuns(runs));
  const keptChars = oldText.length - hunks.reduce((sum, hunk) => sum + hunk.oldEnd - hunk.oldStart, 0);
  return { hunks, runs, keptChars };
}

/**
 * Joins changes separated only by white space into one deletion and one
 * insertion ("جلستَيْن منفصلتَيْن" → "ثلاث جلسات" rather than word by word),
 * which reads better in a diff view.
 */
function groupRuns(runs: DiffRun[]): DiffRun[] {
  const grouped: DiffRun[] = [];
  let deleted = '';
  let inserted = '';
  let pendingSpace = '';
  const flush = () => {
    if (deleted) grouped.push({ op: 'delete', text: deleted });
    if (inserted) grouped.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i]!;
    if (run.op === 'equal') {
      const next = runs[i + 1];
      const between = (deleted || inserted) && next && next.op !== 'equal' && /^\s+$/u.test(run.text);
      if (between) {
        pendingSpace = run.text;
        continue;
      }
      flush();
      grouped.push({ ...run });
      continue;
    }
    if (pendingSpace) {
      // The space stands in both texts: it belongs to both sides of the grouped change.
      deleted += pendingSpace;
      inserted += pendingSpace;
      pendingSpace = '';
    }
    if (run.op === 'delete') deleted += run.text;
    else inserted += run.text;
  }
  flush();
  return grouped;
}

/** Equal stretches shorter than this between two changes are folded into one change and re-diffed by character. */
const MIN_EQUAL = 16;
/**
 * Largest change (old plus new characters) re-diffed character by character: edits inside words and short
 * phrases. A rewritten sentence is larger, and its letters would only match by chance (the character diff of
 * such changes was most of the time of a revision that rewrote half its sentences).
 */
const MAX_CHAR_DIFF = 160;
/**
 * Share of the longer side that a character diff must keep to be believed:
 * unrelated Arabic sentences share many letters (a short one is often a
 * subsequence of a long one), and matching them one by one would scatter a
 * rewrite into meaningless single-letter changes.
 */
const MIN_CHAR_KEEP = 0.5;

/**
 * Turns word-level equal stretches into character-precise hunks: short equal
 * stretches between changes (often a word that a merged token matched by
 * chance) are folded into the change around them, and each change is then
 * diffed by character, so an edit touches only the characters it really changed.
 */
function refineHunks(oldText: string, newText: string, equal: [number, number, number][]): Hunk[] {
  const kept: [number, number, number][] = [];
  // Short equal stretches folded into the change after each kept one (or before the first).
  const folded: [number, number, number][][] = [[]];
  for (let i = 0; i < equal.length; i += 1) {
    const run = equal[i]!;
    const atEdge = (run[0] === 0 && run[1] === 0) || (run[0] + run[2] === oldText.length && run[1] + run[2] === newText.length);
    if (run[2] >= MIN_EQUAL || atEdge) {
      kept.push(run);
      folded.push([]);
    } else folded[folded.length - 1]!.push(run);
  }
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  const change = (oldEnd: number, newEnd: number, inside: [number, number, number][]) => {
    if (oldEnd <= oldAt && newEnd <= newAt) return;
    // A change too large to re-diff by character keeps the word diff's short equal stretches, so many small
    // edits close together (a word in every sentence) still map the words between them one by one.
    if (oldEnd - oldAt + (newEnd - newAt) > MAX_CHAR_DIFF && inside.length > 0) {
      let o = oldAt;
      let n = newAt;
      for (const [oldStart, newStart, length] of inside) {
        if (oldStart > o || newStart > n) hunks.push(...charHunks(oldText, newText, o, oldStart, n, newStart));
        o = oldStart + length;
        n = newStart + length;
      }
      if (oldEnd > o || newEnd > n) hunks.push(...charHunks(oldText, newText, o, oldEnd, n, newEnd));
      return;
    }
    hunks.push(...charHunks(oldText, newText, oldAt, oldEnd, newAt, newEnd));
  };
  kept.forEach(([oldStart, newStart, length], i) => {
    change(oldStart, newStart, folded[i]!);
    oldAt = oldStart + length;
    newAt = newStart + length;
  });
  change(oldText.length, newText.length, folded[kept.length]!);
  return hunks;
}

/** The hunks of one change region, by character where it is small enough, else trimmed of its common ends. */
function charHunks(oldText: string, newText: string, oldStart: number, oldEnd: number, newStart: number, newEnd: number): Hunk[] {
  while (oldStart < oldEnd && newStart < newEnd && oldText[oldStart] === newText[newStart]) {
    oldStart += 1;
    newStart += 1;
  }
  while (oldEnd > oldStart && newEnd > newStart && oldText[oldEnd - 1] === newText[newEnd - 1]) {
    oldEnd -= 1;
    newEnd -= 1;
  }
  if (oldStart === oldEnd && newStart === newEnd) return [];
  const whole: Hunk = { oldStart, oldEnd, newStart, newEnd };
  if (oldStart === oldEnd || newStart === newEnd || oldEnd - oldStart + (newEnd - newStart) > MAX_CHAR_DIFF) return [whole];
  // Myers' path keeps a longest common subsequence: counted first, it tells whether the path would keep enough to be
  // believed. Unrelated sentences share many letters, and running Myers to its limit on them (to fail, or to be
  // disbelieved) was most of the time of diffing a rewrite.
  const longer = Math.max(oldEnd - oldStart, newEnd - newStart);
  if (commonLength(oldText, oldStart, oldEnd, newText, newStart, newEnd) < longer * MIN_CHAR_KEEP) return [whole];
  const a = Int32Array.from({ length: oldEnd - oldStart }, (_, i) => oldText.charCodeAt(oldStart + i));
  const b = Int32Array.from({ length: newEnd - newStart }, (_, i) => newText.charCodeAt(newStart + i));
  // Keeping half of the longer side allows at most as many edits as the shorter side has characters.
  const matched = myers(a, b, Math.min(MAX_CHAR_DIFF, Math.min(a.length, b.length)));
  if (!matched) return [whole];
  const hunks: Hunk[] = [];
  let x0 = 0;
  let y0 = 0;
  for (const [x, y, length] of [...matched, [a.length, b.length, 0] as [number, number, number]]) {
    if (x > x0 || y > y0) hunks.push({ oldStart: oldStart + x0, oldEnd: oldStart + x, newStart: newStart + y0, newEnd: newStart + y });
    x0 = x + length;
    y0 = y + length;
  }
  return hunks;
}

/**
 * The length of the longest common subsequence of two stretches of code units, by the bit-parallel algorithm of
 * Allison and Dix (1986) in Hyyrö's form: one bit a unit of the shorter stretch, in 32-bit words, and a few word
 * operations a unit of the other. A change re-diffed by character holds at most MAX_CHAR_DIFF units.
 */
export function commonLength(oldText: string, oldStart: number, oldEnd: number, newText: string, newStart: number, newEnd: number): number {
  const oldShorter = oldEnd - oldStart <= newEnd - newStart;
  const [pattern, from, to] = oldShorter ? [oldText, oldStart, oldEnd] : [newText, newStart, newEnd];
  const [other, otherFrom, otherTo] = oldShorter ? [newText, newStart, newEnd] : [oldText, oldStart, oldEnd];
  return withPatternMasks(pattern, from, to, ({ blocks: words, masks, rowOf }) => {
    const v = new Int32Array(words).fill(-1);
    for (let j = otherFrom; j < otherTo; j += 1) {
      const row = rowOf[other.charCodeAt(j)]! * words;
      if (row === 0) continue;
      // V = (V + U) | (V - U) with U = V & mask, carries and borrows across the words (as unsigned 32-bit words).
      let carry = 0;
      let borrow = 0;
      for (let k = 0; k < words; k += 1) {
        const word = v[k]! >>> 0;
        const u = (v[k]! & masks[row + k]!) >>> 0;
        const sum = word + u + carry;
        const difference = word - u - borrow;
        carry = sum > 0xffffffff ? 1 : 0;
        borrow = difference < 0 ? 1 : 0;
        v[k] = sum | difference;
      }
    }
    // The common length is the number of zero bits among the pattern's units.
    let common = 0;
    for (let i = 0; i < to - from; i += 1) if ((v[i >>> 5]! & (1 << (i & 31))) === 0) common += 1;
    return common;
  });
}

/** True when `offset` of `text` starts a sentence: the text's start, after a line break, or after a full stop and white space. */
function sentenceStart(text: string, offset: number): boolean {
  if (offset === 0 || text[offset - 1] === '\n') return true;
  let i = offset - 1;
  if (!/\s/u.test(text[i]!) || /\s/u.test(text[offset] ?? '')) return false;
  while (i > 0 && /[^\S\n]/u.test(text[i]!)) i -= 1;
  return SENTENCE_STOP.test(text[i]!);
}

/** Farthest a pure insertion or deletion is slid to begin a sentence. */
const MAX_SLIDE = 2_000;

/**
 * A pure insertion or deletion can often stand in more than one place (the same
 * text rotated: a copy of a sentence's start inserted before it, or after the
 * start it copies). Slides each to begin a sentence where one of its places
 * does, nearest first, so the diff pairs whole sentences as they stand: the
 * original of a copied passage with its old self, the copy as what was written.
 */
function slideToSentences(oldText: string, newText: string, hunks: Hunk[]): Hunk[] {
  // In order, each bounded by its neighbour as already slid (a copied sentence start often follows another insertion).
  const slid: Hunk[] = [];
  for (const [i, hunk] of hunks.entries()) {
    const moved = slideOne(hunk, slid[slid.length - 1], hunks[i + 1]);
    const previous = slid[slid.length - 1];
    // Two insertions (or deletions) that now meet are one change.
    if (previous && previous.oldEnd === moved.oldStart && previous.newEnd === moved.newStart) slid[slid.length - 1] = { ...previous, oldEnd: moved.oldEnd, newEnd: moved.newEnd };
    else slid.push(moved);
  }
  return slid;

  function slideOne(hunk: Hunk, previous: Hunk | undefined, next: Hunk | undefined): Hunk {
    const inserted = hunk.oldStart === hunk.oldEnd;
    if (!inserted && hunk.newStart !== hunk.newEnd) return hunk;
    const text = inserted ? newText : oldText;
    const from = inserted ? hunk.newStart : hunk.oldStart;
    const to = inserted ? hunk.newEnd : hunk.oldEnd;
    if (to === from || sentenceStart(text, from)) return hunk;
    // Bounds: the equal stretches on either side, up to the neighbouring hunks.
    const floor = previous ? (inserted ? previous.newEnd : previous.oldEnd) : 0;
    const ceiling = next ? (inserted ? next.newStart : next.oldStart) : text.length;
    const limit = Math.min(MAX_SLIDE, Math.max(from - floor, ceiling - to));
    let leftOpen = true;
    let rightOpen = true;
    for (let step = 1; step <= limit && (leftOpen || rightOpen); step += 1) {
      if (leftOpen) {
        leftOpen = from - step >= floor && text[from - step] === text[to - step];
        if (leftOpen && sentenceStart(text, from - step)) return shift(hunk, -step);
      }
      if (rightOpen) {
        rightOpen = to + step <= ceiling && text[from + step - 1] === text[to + step - 1];
        if (rightOpen && sentenceStart(text, from + step)) return shift(hunk, step);
      }
    }
    return hunk;
  }
}

const shift = (hunk: Hunk, by: number): Hunk => ({ oldStart: hunk.oldStart + by, oldEnd: hunk.oldEnd + by, newStart: hunk.newStart + by, newEnd: hunk.newEnd + by });

/**
 * Maps an offset of the old text into the new one. `bias` decides where a
 * position at an insertion point goes: -1 before the inserted text, 1 after.
 * Returns `inside` when the position lies within replaced or deleted text.
 */
export function mapOffset(hunks: Hunk[], offset: number, bias: -1 | 1): { offset: number; inside: Hunk | null } {
  let delta = 0;
  for (const hunk of hunks) {
    if (hunk.oldStart > offset) break;
    if (hunk.oldStart === offset && hunk.oldEnd === offset) {
      // A pure insertion at this point.
      if (bias > 0) delta = hunk.newEnd - hunk.oldEnd;
      else return { offset: hunk.newStart, inside: null };
      continue;
    }
    if (offset >= hunk.oldEnd) {
      delta = hunk.newEnd - hunk.oldEnd;
      continue;
    }
    if (offset === hunk.oldStart) return { offset: hunk.newStart, inside: null };
    return { offset: bias < 0 ? hunk.newStart : hunk.newEnd, inside: hunk };
  }
  return { offset: offset + delta, inside: null };
}
