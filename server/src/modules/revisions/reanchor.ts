import { isGraphemeBoundary, snapBackward, snapForward } from '@sanad/shared/text/graphemes';
import { originalSpan, searchForm, toSearchForm, type SearchForm } from '@sanad/shared/text/search-form';
import { type Hunk, type TextDiff, mapOffset } from '../../lib/text-diff.ts';

/** How a claim was found again in a new revision (shared/src/schemas/claim.ts documents each). */
export type AnchorOutcome =
  | { status: 'anchored'; start: number; end: number; moved: boolean }
  | { status: 'modified'; start: number; end: number }
  | { status: 'normalised'; start: number; end: number }
  | { status: 'fuzzy'; suggestion: { start: number; end: number }; distance: number }
  | { status: 'orphaned' };

/** What re-anchoring needs of a claim: its old span and its W3C TextQuote selector. */
export interface AnchorInput {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** Largest share of a quote's characters an approximate match may differ by. */
export const FUZZY_SHARE = 0.3;
/**
 * Share of the shorter of the two texts that must stand unchanged for the diff
 * to be used (so trimming an article to one paragraph, or adding many, still
 * maps claims): below it the text counts as replaced and claims are searched for.
 */
export const DIFF_APPLIES_SHARE = 0.25;
/** Share of the prefix and suffix that must match for an exact repeat elsewhere to count as the claim moved. */
const MOVED_CONTEXT_SHARE = 0.5;
/** Share of a quote's characters an edit may touch before the claim counts as lost at its place. */
const MODIFIED_KEEP_SHARE = 0.5;

/** Work shared by all claims of one revision: the diff and the search forms of the new text. */
export interface RevisionContext {
  oldText: string;
  newText: string;
  diff: TextDiff | null;
  newForm(): SearchForm;
}

/** Prepares the shared work for re-anchoring many claims against one change. */
export function revisionContext(oldText: string, newText: string, diff: TextDiff | null): RevisionContext {
  let form: SearchForm | null = null;
  const applies = diff !== null && diff.keptChars >= Math.min(oldText.length, newText.length) * DIFF_APPLIES_SHARE;
  return {
    oldText,
    newText,
    diff: applies ? diff : null,
    newForm: () => (form ??= toSearchForm(newText)),
  };
}

/**
 * Finds a claim in the new text, in this order:
 * 1. map its offsets through the diff (when at least a quarter of the shorter text stands
 *    unchanged): untouched → `anchored` (moved when its offsets changed); an
 *    edit changed only harakat, tatweel, letter variants or digit forms inside
 *    it → `normalised`; an edit touched it but most of it remains → `modified`;
 * 2. exact quote search, choosing among repeats by prefix/suffix and nearness → `anchored`
 *    (when the diff showed an edit inside the quote, only where the context moved with it);
 * 3. the same in search form (harakat, tatweel, letter variants, digits) → `normalised`
 *    (after an edit inside the quote, only a suggestion);
 * 4. approximate match within FUZZY_SHARE edits, only a suggestion → `fuzzy`;
 * 5. otherwise `orphaned`. Every offset returned lies on a grapheme boundary.
 */
export function reanchor(claim: AnchorInput, context: RevisionContext): AnchorOutcome {
  const { newText, diff } = context;
  let expected = Math.round((claim.start / Math.max(1, context.oldText.length)) * newText.length);
  // True when the diff shows an edit changed the quote at its place: a match found
  // by searching is then only offered as a suggestion, never attached silently.
  let touched = false;
  if (diff) {
    const mapped = throughDiff(claim, diff.hunks, context.oldText, newText);
    if (mapped !== 'lost') return mapped;
    touched = true;
    expected = mapOffset(diff.hunks, claim.start, 1).offset;
  }
  const exact = bestOccurrence(newText, claim.quote, claim, expected, (at) => ({ start: at, end: at + claim.quote.length }));
  if (exact) {
    // After an edit inside the quote, the same words elsewhere are attached only where their
    // context came along too (a moved paragraph); a coincidental repeat is just a suggestion.
    if (touched && contextScore(newText, exact.start, exact.end, claim) < MOVED_CONTEXT_SHARE) {
      return { status: 'fuzzy', suggestion: exact, distance: 0 };
    }
    return { status: 'anchored', start: exact.start, end: exact.end, moved: exact.start !== claim.start || exact.end !== claim.end };
  }

  const form = context.newForm();
  const needle = toSearchForm(claim.quote).form;
  if (needle.trim() !== '') {
    const normal = bestOccurrence(form.form, needle, claim, expected, (at) => originalSpan(form, at, at + needle.length), newText);
    if (normal) {
      const start = snapBackward(newText, normal.start);
      const end = snapForward(newText, normal.end);
      if (end > start) {
        if (touched) return { status: 'fuzzy', suggestion: { start, end }, distance: 0 };
        return { status: 'normalised', start, end };
      }
    }
  }

  const fuzzy = approximate(newText, claim, expected);
  if (fuzzy) return { status: 'fuzzy', suggestion: { start: fuzzy.start, end: fuzzy.end }, distance: fuzzy.distance };
  return { status: 'orphaned' };
}

/**
 * A pure insertion or deletion can often sit in more than one place (inserting
 * "c" into "abcd" after the first or the second "c" gives the same text). Slides
 * such a hunk to the equal placement that touches the claim least, so an edit
 * beside a claim never counts as touching it.
 */
function slideOff(hunk: Hunk, claim: AnchorInput, oldText: string, newText: string): Hunk {
  const inserted = hunk.newEnd - hunk.newStart;
  const deleted = hunk.oldEnd - hunk.oldStart;
  if (inserted > 0 && deleted > 0) return hunk;
  const shifted = (by: number): Hunk => ({
    oldStart: hunk.oldStart + by,
    oldEnd: hunk.oldEnd + by,
    newStart: hunk.newStart + by,
    newEnd: hunk.newEnd + by,
  });
  // For an insertion the text that rotates is the new text, for a deletion the old one.
  const [text, from, to] = deleted === 0 ? [newText, hunk.newStart, hunk.newEnd] : [oldText, hunk.oldStart, hunk.oldEnd];
  const reach = claim.end - claim.start + (to - from);
  let best = hunk;
  let bestTouch = touches(hunk, claim);
  for (let by = 1; by <= reach && from - by >= 0 && text[from - by] === text[to - by]; by += 1) {
    const candidate = shifted(-by);
    const touch = touches(candidate, claim);
    if (touch < bestTouch) {
      best = candidate;
      bestTouch = touch;
    }
  }
  for (let by = 1; by <= reach && to + by - 1 < text.length && text[from + by - 1] === text[to + by - 1]; by += 1) {
    const candidate = shifted(by);
    const touch = touches(candidate, claim);
    if (touch < bestTouch) {
      best = candidate;
      bestTouch = touch;
    }
  }
  return best;
}

function touches(hunk: Hunk, claim: AnchorInput): number {
  if (hunk.oldStart === hunk.oldEnd) return hunk.oldStart > claim.start && hunk.oldStart < claim.end ? 1 : 0;
  return Math.max(0, Math.min(hunk.oldEnd, claim.end) - Math.max(hunk.oldStart, claim.start));
}

function throughDiff(claim: AnchorInput, allHunks: Hunk[], oldText: string, newText: string): AnchorOutcome | 'lost' {
  let hunks = allHunks;
  let touched = 0;
  for (let index = 0; index < allHunks.length; index += 1) {
    const hunk = allHunks[index]!;
    if (hunk.oldStart > claim.end) break;
    if (touches(hunk, claim) === 0) continue;
    const slid = slideOff(hunk, claim, oldText, newText);
    if (slid !== hunk) {
      if (hunks === allHunks) hunks = [...allHunks];
      hunks[index] = slid;
    }
    touched += touches(slid, claim);
  }
  const start = mapOffset(hunks, claim.start, 1).offset;
  const end = mapOffset(hunks, claim.end, -1).offset;
  if (touched === 0 && newText.slice(start, end) === claim.quote) {
    return { status: 'anchored', start, end, moved: start !== claim.start || end !== claim.end };
  }
  if (touched > claim.quote.length * (1 - MODIFIED_KEEP_SHARE)) return 'lost';
  const from = snapBackward(newText, Math.min(start, end));
  const to = snapForward(newText, Math.max(start, end));
  const changed = newText.slice(from, to);
  if (to <= from || changed.trim() === '') return 'lost';
  if (searchForm(changed) === searchForm(claim.quote)) return { status: 'normalised', start: from, end: to };
  return { status: 'modified', start: from, end: to };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Among the occurrences of `needle` in `haystack`, the one whose context best
 * matches the claim's prefix and suffix, then the nearest to `expected`.
 */
function bestOccurrence(
  haystack: string,
  needle: string,
  claim: AnchorInput,
  expected: number,
  toSpan: (at: number) => { start: number; end: number },
  original: string = haystack,
): { start: number; end: number } | null {
  if (needle === '') return null;
  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < 1000; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
    const span = toSpan(at);
    // An exact hit that starts or ends inside a cluster (a letter whose harakat follow) is not the quote.
    if (original === haystack && (!isGraphemeBoundary(original, span.start) || !isGraphemeBoundary(original, span.end))) continue;
    const before = original.slice(Math.max(0, span.start - claim.prefix.length), span.start);
    const after = original.slice(span.end, span.end + claim.suffix.length);
    const context = (commonSuffix(before, claim.prefix) + commonPrefix(after, claim.suffix)) / Math.max(1, claim.prefix.length + claim.suffix.length);
    const nearness = 1 - Math.min(1, Math.abs(span.start - expected) / Math.max(1, original.length));
    const score = context * 2 + nearness;
    if (score > bestScore) {
      bestScore = score;
      best = span;
    }
  }
  return best;
}

/** Context agreement of a candidate span with the claim's prefix and suffix, 0..1. */
function contextScore(text: string, start: number, end: number, claim: AnchorInput): number {
  const before = text.slice(Math.max(0, start - claim.prefix.length), start);
  const after = text.slice(end, end + claim.suffix.length);
  return (commonSuffix(before, claim.prefix) + commonPrefix(after, claim.suffix)) / Math.max(1, claim.prefix.length + claim.suffix.length);
}

/**
 * Approximate substring search (Sellers' dynamic programme) for the quote in a
 * window around `expected`, then in the whole text. Candidates within
 * FUZZY_SHARE edits are ranked by edits, then context, then nearness.
 */
function approximate(text: string, claim: AnchorInput, expected: number): { start: number; end: number; distance: number } | null {
  const m = claim.quote.length;
  if (m === 0) return null;
  const limit = Math.max(1, Math.floor(m * FUZZY_SHARE));
  const windowSize = m * 4 + 2000;
  const windows: [number, number][] = [[Math.max(0, expected - windowSize), Math.min(text.length, expected + m + windowSize)]];
  if (text.length * m <= 40_000_000) windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const candidates = sellers(text, from, to, claim.quote, limit);
    let best: { start: number; end: number; distance: number } | null = null;
    let bestScore = -Infinity;
    for (const candidate of candidates) {
      const start = snapBackward(text, candidate.start);
      const end = snapForward(text, candidate.end);
      if (end <= start || text.slice(start, end).trim() === '') continue;
      const nearness = 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, text.length));
      const score = -candidate.distance / m + 0.5 * contextScore(text, start, end, claim) + 0.1 * nearness;
      if (score > bestScore) {
        bestScore = score;
        best = { start, end, distance: candidate.distance };
      }
    }
    if (best) return best;
  }
  return null;
}

/** Spans of text[from, to) within `limit` edits of `pattern`, at most one per local minimum of edits. */
function sellers(text: string, from: number, to: number, pattern: string, limit: number): { start: number; end: number; distance: number }[] {
  const m = pattern.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  let previousStart = new Int32Array(m + 1).fill(from);
  let currentStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) previous[i] = i;
  const found: { start: number; end: number; distance: number }[] = [];
  let pending: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j += 1) {
    const c = text.charCodeAt(j);
    current[0] = 0;
    currentStart[0] = j + 1;
    for (let i = 1; i <= m; i += 1) {
      const substitute = previous[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = previous[i]! + 1;
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
    const distance = current[m]!;
    if (distance <= limit) {
      if (!pending || distance < pending.distance) pending = { start: currentStart[m]!, end: j + 1, distance };
    } else if (pending) {
      found.push(pending);
      pending = null;
      if (found.length >= 500) break;
    }
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  if (pending) found.push(pending);
  return found;
}
