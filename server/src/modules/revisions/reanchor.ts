import { isGraphemeBoundary, snapBackward, snapForward } from '@sanad/shared/text/graphemes';
import { originalSpan, searchForm, toSearchForm, type SearchForm } from '@sanad/shared/text/search-form';
import { CONTEXT_LENGTH } from '@sanad/shared/text/quote';
import { TextSearch, eachWord } from '@sanad/shared/text/words';
import { type SpellingDifference, spellingDifferences } from '@sanad/shared/text/spelling';
import { approximateMatches } from '../../lib/approximate-search.ts';
import { type Hunk, type TextDiff, mapOffset } from '../../lib/text-diff.ts';

/** How a claim was found again in a new revision (shared/src/schemas/claim.ts documents each). */
export type AnchorOutcome =
  | { status: 'anchored'; start: number; end: number; moved: boolean }
  | { status: 'modified'; start: number; end: number }
  | { status: 'normalised'; start: number; end: number; differences: SpellingDifference[] }
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
/** Share of a quote's characters an edit may touch before the claim counts as lost at its place. */
const MODIFIED_KEEP_SHARE = 0.5;
/** Most places of a quote's rarest words around which an approximate match is looked for. */
const APPROXIMATE_SEEDS = 12;

/** Work shared by all claims of one revision: the diff, the search form of the new text, and searches of both texts. */
export interface RevisionContext {
  oldText: string;
  newText: string;
  diff: TextDiff | null;
  newForm(): SearchForm;
  /** Offsets (in the search form) where a word of the new text's search form stands whole. */
  formWord(word: string): number[];
  /** Where new [from, to) stood in the old text when the diff left all of it unchanged; null when an edit touches it (or there is no diff). */
  oldOf(from: number, to: number): number | null;
  /** True when a change of the diff moved text: what it wrote stood in the old text, or what it removed is what another change wrote. */
  moves(hunk: Hunk): boolean;
  /** Every offset where `quote` stands in the old or the new text (overlapping ones included), ascending. */
  find(which: 'old' | 'new', quote: string): number[];
  /** Every offset where `needle` stands in the new text's search form, ascending. */
  findForm(needle: string): number[];
}

/** Prepares the shared work for re-anchoring many claims against one change. */
export function revisionContext(oldText: string, newText: string, diff: TextDiff | null): RevisionContext {
  let form: SearchForm | null = null;
  const applies = diff !== null && diff.keptChars >= Math.min(oldText.length, newText.length) * DIFF_APPLIES_SHARE;
  const newForm = () => (form ??= toSearchForm(newText));
  const hunks = applies ? diff.hunks : [];
  let written: Set<string> | null = null;
  const searches = { old: new TextSearch(oldText), new: new TextSearch(newText) };
  const moved = new Map<Hunk, boolean>();
  const movesText = (hunk: Hunk) => {
    const wrote = newText.slice(hunk.newStart, hunk.newEnd).trim();
    if (wrote.length >= MOVED_PIECE && searches.old.has(wrote)) return true;
    const removed = oldText.slice(hunk.oldStart, hunk.oldEnd).trim();
    if (removed.length < MOVED_PIECE) return false;
    written ??= new Set(hunks.map((other) => newText.slice(other.newStart, other.newEnd).trim()));
    return written.has(removed);
  };
  // One search of the search form, for finding in search form and for the approximate search's seeds.
  let formSearch: TextSearch | null = null;
  const inForm = () => (formSearch ??= new TextSearch(newForm().form));
  return {
    find: (which, quote) => searches[which].all(quote),
    findForm: (needle) => inForm().all(needle),
    oldText,
    newText,
    diff: applies ? diff : null,
    newForm,
    oldOf: (from, to) => {
      if (!applies) return null;
      // The last hunk that begins before `to` (hunks are ordered in both texts): it alone can reach into [from, to).
      const low = firstHunkFrom(hunks, 'newStart', to);
      const last = hunks[low - 1];
      if (!last) return from;
      if (last.newStart > from || last.newEnd > from) return null;
      return last.oldEnd + (from - last.newEnd);
    },
    moves: (hunk) => {
      // Asked for every claim near the change: a search of the whole old text each time was most of the time of a
      // long article's claims after scattered edits.
      let known = moved.get(hunk);
      if (known === undefined) moved.set(hunk, (known = movesText(hunk)));
      return known;
    },
    formWord: (word) => inForm().wordPlaces(word),
  };
}

/** Fewest characters of a change's text for it to count as moved when found elsewhere (pieces of a word repeat by chance). */
const MOVED_PIECE = 3;

/**
 * A claim's context as evidence: the stored prefix and suffix cut at the
 * nearest paragraph break (a moved paragraph keeps what stands inside it, not
 * its neighbours), with the start and end of the text counting as a break.
 */
interface Evidence {
  prefix: string;
  suffix: string;
  /** 1 when the prefix begins with the break standing for the start of the old text, which a certain place may lack (with a word's worth of text after it). */
  slackBefore: number;
  /** 1 when the suffix ends with the break standing for the end of the old text, which a certain place may lack (with a word's worth of text before it). */
  slackAfter: number;
  /** The rest, in the old text, of the word the prefix begins inside ('' when it begins on a word's start). */
  prefixRest: string;
  /** The rest, in the old text, of the word the suffix ends inside. */
  suffixRest: string;
}

function evidenceOf(claim: AnchorInput, oldText: string | null): Evidence {
  let prefix = claim.prefix;
  let suffix = claim.suffix;
  let slackBefore = 0;
  let slackAfter = 0;
  // (The edge may be missing only where a word's worth of text stands with it: a claim at the very start of the text,
  // whose sentence was rewritten, is not its words in the middle of a later paragraph by its suffix alone.)
  if (oldText !== null && claim.start - prefix.length === 0 && oldText.slice(0, claim.start) === prefix && !prefix.includes('\n')) {
    prefix = `\n${prefix}`;
    slackBefore = prefix.trim().length >= WHOLE_SIDE ? 1 : 0;
  }
  if (oldText !== null && claim.end + suffix.length === oldText.length && oldText.slice(claim.end) === suffix && !suffix.includes('\n')) {
    suffix = `${suffix}\n`;
    slackAfter = suffix.trim().length >= WHOLE_SIDE ? 1 : 0;
  }
  const lastBreak = prefix.lastIndexOf('\n');
  const firstBreak = suffix.indexOf('\n');
  // A stored side cut inside a word: the rest of that word, so that a place whose word there merely ends or starts
  // alike («ة» of «نسبة» for «البطالة», «ال» of «الموفد» for «العمل») does not count as holding all of the side.
  let prefixRest = '';
  let suffixRest = '';
  if (oldText !== null && lastBreak < 0 && oldText.slice(claim.start - prefix.length, claim.start) === prefix) {
    const at = claim.start - prefix.length;
    prefixRest = oldText.slice(wordStart(oldText, at), at);
  }
  if (oldText !== null && firstBreak < 0 && oldText.slice(claim.end, claim.end + suffix.length) === suffix) {
    const at = claim.end + suffix.length;
    suffixRest = oldText.slice(at, wordEnd(oldText, at));
  }
  return { prefix: lastBreak >= 0 ? prefix.slice(lastBreak) : prefix, suffix: firstBreak >= 0 ? suffix.slice(0, firstBreak + 1) : suffix, slackBefore, slackAfter, prefixRest, suffixRest };
}

/** The character at `i`, with a paragraph break standing before the text and after it. */
const charAt = (text: string, i: number) => (i < 0 || i >= text.length ? '\n' : text[i]!);

/** How many characters of the evidence agree before and after [start, end) of `text`. */
function sides(text: string, start: number, end: number, evidence: Evidence): { before: number; after: number } {
  let before = 0;
  while (before < evidence.prefix.length && charAt(text, start - 1 - before) === evidence.prefix[evidence.prefix.length - 1 - before]) before += 1;
  let after = 0;
  while (after < evidence.suffix.length && charAt(text, end + after) === evidence.suffix[after]) after += 1;
  // A side cut inside a word holds it only with the rest of that word; else it counts up to the word.
  const prefix = evidence.prefix;
  if (before === prefix.length && evidence.prefixRest !== '' && text.slice(start - before - evidence.prefixRest.length, start - before) !== evidence.prefixRest) {
    while (before > 0 && isWordChar(prefix, prefix.length - before)) before -= 1;
  }
  if (after === evidence.suffix.length && evidence.suffixRest !== '' && text.slice(end + after, end + after + evidence.suffixRest.length) !== evidence.suffixRest) {
    while (after > 0 && isWordChar(evidence.suffix, after - 1)) after -= 1;
  }
  // A partial side counts whole words only: « الخميس» shares « ال» with « العمل» by chance.
  if (before < prefix.length) while (before > 0 && isWordChar(prefix, prefix.length - before) && isWordChar(prefix, prefix.length - before - 1)) before -= 1;
  if (after < evidence.suffix.length) while (after > 0 && isWordChar(evidence.suffix, after - 1) && isWordChar(evidence.suffix, after)) after -= 1;
  return { before, after };
}

/** How many characters of the evidence agree around [start, end) of `text` (0..prefix+suffix length). */
function agreement(text: string, start: number, end: number, evidence: Evidence): number {
  const { before, after } = sides(text, start, end, evidence);
  return before + after;
}

/** True when the 32 characters on each side of [start, end) are the claim's stored prefix and suffix: no context could tell the places apart. */
function sameStoredContext(text: string, place: { start: number; end: number }, claim: AnchorInput): boolean {
  // A stored side shorter than CONTEXT_LENGTH (less the few units grapheme snapping may drop) reached the edge of the text.
  const atStart = claim.prefix.length < CONTEXT_LENGTH - 4;
  const atEnd = claim.suffix.length < CONTEXT_LENGTH - 4;
  if (atStart && place.start !== claim.prefix.length) return false;
  if (atEnd && place.end + claim.suffix.length !== text.length) return false;
  return text.slice(Math.max(0, place.start - claim.prefix.length), place.start) === claim.prefix && text.slice(place.end, place.end + claim.suffix.length) === claim.suffix;
}

/** A place where the quote (or its search form) stands, with how much of the context agrees there. */
interface Candidate {
  start: number;
  end: number;
  agreement: number;
  before: number;
  after: number;
}

/**
 * `isGraphemeBoundary`, without the segmenter where the answer is plain: before
 * an ASCII character, an Arabic letter or digit, or Arabic punctuation, after
 * a character below U+0900 that is neither a carriage return nor an Arabic
 * prepended sign (which join the next character into one cluster).
 */
function boundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const c = text.charCodeAt(offset);
  const p = text.charCodeAt(offset - 1);
  // Below U+0900 the only characters that join what follows are the Arabic prepended signs (U+0600..U+0605, U+06DD, U+070F, U+0890, U+0891, U+08E2).
  const prepend = (p >= 0x0600 && p <= 0x0605) || p === 0x06dd || p === 0x070f || p === 0x0890 || p === 0x0891 || p === 0x08e2;
  const plainBefore = p < 0x0900 && p !== 0x0d && !prepend;
  const plainHere = (c >= 0x20 && c <= 0x7e) || c === 0x0a || (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || c === 0x060c || c === 0x061b || c === 0x061f || c === 0xab || c === 0xbb;
  return plainBefore && plainHere ? true : isGraphemeBoundary(text, offset);
}

/** Places of `quote` in `text` (at `positions`) on grapheme boundaries, with their context agreement; only those `keep` accepts, at most `limit`. */
function exactPlaces(text: string, quote: string, evidence: Evidence, positions: number[], limit = 1000, keep?: (place: Candidate) => boolean): Candidate[] {
  const places: Candidate[] = [];
  if (quote === '') return places;
  for (const at of positions) {
    if (places.length >= limit) break;
    const end = at + quote.length;
    if (!boundary(text, at) || !boundary(text, end)) continue;
    const side = sides(text, at, end, evidence);
    const place = { start: at, end, agreement: side.before + side.after, ...side };
    if (!keep || keep(place)) places.push(place);
  }
  return places;
}

/** The candidates with the most context agreement, nearest to `expected` first. */
function bestPlaces(places: Candidate[], expected: number): Candidate[] {
  const top = Math.max(...places.map((place) => place.agreement));
  return places.filter((place) => place.agreement === top).sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected));
}

/**
 * True when `place` is certainly the claim: its whole context (to the paragraph
 * breaks) agrees, nowhere else in the new text does, and the old text had no
 * other place with that quote and context (so context identified the claim).
 */
/** Fewest characters a side of the context must have to vouch for a place alone (a bare paragraph break does not). */
const WHOLE_SIDE = 8;

/** A side vouches when all of it agrees and it is long enough or runs to a paragraph break (or the text's edge). */
function wholeSide(agreeing: number, side: string): boolean {
  return agreeing === side.length && (side.length >= WHOLE_SIDE || side.startsWith('\n') || side.endsWith('\n'));
}

/**
 * True when `other` agrees with a whole side of the evidence on which `here`
 * falls short. A copy of a passage inserted beside it carries one side of the
 * claim's context and the original the other; no context tells them apart, so
 * neither is certain.
 */
function contradicts(other: Candidate, here: Candidate, evidence: Evidence): boolean {
  if (other === here) return false;
  return (other.before === evidence.prefix.length && here.before < evidence.prefix.length) || (other.after === evidence.suffix.length && here.after < evidence.suffix.length);
}

/**
 * True when `other` holds a word's worth (WHOLE_SIDE characters) more of the
 * side of the context that `here` lacks (the original of a passage whose
 * copy, inserted beside it, took the other side): both have a claim to the
 * quote, so neither is certain.
 */
function rival(other: Candidate, here: Candidate, evidence: Evidence): boolean {
  if (other === here) return false;
  const most = (agreeing: number, side: string) => agreeing >= Math.min(WHOLE_SIDE, side.length);
  return (here.after < evidence.suffix.length && most(other.after, evidence.suffix) && other.after > here.after) || (here.before < evidence.prefix.length && most(other.before, evidence.prefix) && other.before > here.before);
}

/** True when a place holds a word's worth (WHOLE_SIDE characters, or all of a shorter side) of the evidence on one side. */
function bears(place: Candidate, evidence: Evidence): boolean {
  return place.before >= Math.min(WHOLE_SIDE, evidence.prefix.length) || place.after >= Math.min(WHOLE_SIDE, evidence.suffix.length);
}

/** True when all of the evidence agrees at a place (the breaks standing for the old text's edges may be missing). */
function complete(place: Candidate, evidence: Evidence): boolean {
  return place.before >= evidence.prefix.length - evidence.slackBefore && place.after >= evidence.suffix.length - evidence.slackAfter;
}

function certain(places: Candidate[], place: Candidate, evidence: Evidence, claim: AnchorInput, oldText: string | null, oldPlaces: number[]): boolean {
  if (!complete(place, evidence)) return false;
  if (places.some((other) => other !== place && complete(other, evidence))) return false;
  return oldText === null || distinguished(claim, evidence, oldText, oldPlaces);
}

/** True when the old text held the quote elsewhere with the same 32 stored characters on both sides: an identical passage. */
function hasTwin(claim: AnchorInput, oldText: string, oldPlaces: number[]): boolean {
  for (const at of oldPlaces) {
    if (at !== claim.start && sameStoredContext(oldText, { start: at, end: at + claim.quote.length }, claim)) return true;
  }
  return false;
}

/** How many places of the old text hold the quote with the same 32 stored characters on both sides (the claim's own included). */
function identicalPassages(claim: AnchorInput, oldText: string, oldPlaces: number[]): number {
  let count = 0;
  for (const at of oldPlaces) {
    if (sameStoredContext(oldText, { start: at, end: at + claim.quote.length }, claim)) count += 1;
  }
  return count;
}

/** How many of `places` hold all of the evidence (the text's edges as breaks included). */
function wholeCount(places: Candidate[], evidence: Evidence): number {
  return places.filter((place) => place.before === evidence.prefix.length && place.after === evidence.suffix.length).length;
}

/**
 * The evidence with the fragment of a word at each far end of the stored context left out (where the 32 stored
 * characters began or ended inside a word): a place holding the rest holds every word the claim stored whole.
 */
function wholeWords(evidence: Evidence): Evidence {
  let cutBefore = 0;
  if (evidence.prefixRest !== '') while (cutBefore < evidence.prefix.length && isWordChar(evidence.prefix, cutBefore)) cutBefore += 1;
  let cutAfter = 0;
  if (evidence.suffixRest !== '') while (cutAfter < evidence.suffix.length && isWordChar(evidence.suffix, evidence.suffix.length - 1 - cutAfter)) cutAfter += 1;
  return { ...evidence, slackBefore: evidence.slackBefore + cutBefore, slackAfter: evidence.slackAfter + cutAfter };
}

/**
 * True when the claim's context told it apart in the old text: no other place of its quote there had all of it, or
 * all but `loose` characters (the fragments `wholeWords` leaves out).
 */
function distinguished(claim: AnchorInput, evidence: Evidence, oldText: string, oldPlaces: number[], loose = 0): boolean {
  // In the old text the edges of the text are known, so all of the evidence counts.
  const enough = evidence.prefix.length + evidence.suffix.length - loose;
  return exactPlaces(oldText, claim.quote, evidence, oldPlaces, 1000).filter((other) => other.agreement >= enough).length <= 1;
}

/**
 * Finds a claim in the new text. Context (the prefix and suffix up to the
 * paragraph breaks) and nearness decide wherever the diff or a search finds a
 * place, and only a certain place is attached silently:
 * 1. the diff maps the claim's offsets (when at least a quarter of the shorter
 *    text stands unchanged). Untouched, its quote is `anchored` there unless
 *    another place of the quote has more of its context; then that place is
 *    `anchored` when it is certain (see `certain`), else the claim is `fuzzy`.
 *    An edit inside the quote gives `normalised` (only harakat, tatweel, letter
 *    forms or digit forms changed; `differences` says which can change a word)
 *    or `modified`, unless a certain exact place shows the diff paired the
 *    claim with the wrong words;
 * 2. otherwise the exact quote, attached only at a certain place → `anchored`;
 * 3. the same in search form → `normalised` at a certain place;
 * 4. any other place of 2 or 3, or an approximate match within FUZZY_SHARE
 *    edits, is only a suggestion → `fuzzy`; 5. otherwise `orphaned`.
 * Every returned span lies on grapheme boundaries; a span that had to grow to
 * reach them changed what it holds and is `normalised` or `modified`, never `anchored`.
 */
export function reanchor(claim: AnchorInput, context: RevisionContext, note?: (why: string) => void): AnchorOutcome {
  const { newText, diff } = context;
  // An unattached claim has no offsets in the old text to read its context from.
  const oldText = diff ? context.oldText : claim.end > claim.start && context.oldText.slice(claim.start, claim.end) === claim.quote ? context.oldText : null;
  const evidence = evidenceOf(claim, oldText);
  let strictEdges = false;
  let expected = Math.round((claim.start / Math.max(1, context.oldText.length)) * newText.length);
  let found: Candidate[] | null = null;
  const allPlaces = () => (found ??= exactPlaces(newText, claim.quote, evidence, context.find('new', claim.quote)));
  const oldPlaces = () => context.find('old', claim.quote);
  if (diff) {
    const mapped = throughDiff(claim, diff.hunks, context.oldText, newText);
    if (mapped !== 'lost') {
      if (mapped.status === 'anchored') {
        // All of the evidence agrees at the diff's place: no other place can agree more or hold a side it lacks.
        const direct = sides(newText, mapped.start, mapped.end, evidence);
        // (When the stored context reaches past a paragraph break that changed, the old text must have had no other
        // place with all of that evidence: identical paragraphs reordered are told apart only by what lies beyond them.)
        const whole = direct.before === evidence.prefix.length && direct.after === evidence.suffix.length;
        if (whole && sameStoredContext(newText, mapped, claim)) return mapped;
        // The diff's place must look more like the claim's place in the old text than like any other place of the quote
        // there: else the diff may have shifted its pairing in repeated text (the claim's own sentence edited, an
        // identical sentence after it paired with the claim instead of with its own old place).
        // And where the claim's whole sentence of the old text does not stand around it, that sentence must not stand
        // elsewhere as often as before (then one of those may be the claim's, and the diff's place a copy of its start).
        const own = oldText !== null && !likerElsewhere(context, claim, mapped) && !sentenceElsewhere(context, claim, mapped);
        if (whole && own && distinguished(claim, evidence, oldText, oldPlaces())) return mapped;
        // The diff kept the claim's surroundings: only small edits inside its paragraph, none of them holding the quote.
        // (Either way no place of the quote that the diff does not account for agrees more with the claim's context.)
        // With the claim's sentence kept, a place in new writing that lacks that sentence is not the claim either.
        const unrivalled = (sentence: boolean) => {
          const at = agreement(newText, mapped.start, mapped.end, evidence);
          return !allPlaces().some((other) => other.agreement > at && !accounted(context, other, claim) && !(sentence && writtenWithout(context, other, claim)));
        };
        // (Not where the stored context reaches past a paragraph break and what lies there was moved, while the old text had
        // other places with all of the evidence up to the breaks: identical paragraphs are told apart only beyond them, and
        // the diff pairs them in order, whichever of them moved.)
        let chance: boolean | undefined;
        const pairedByChance = () =>
          (chance ??=
            oldText !== null &&
            (claim.prefix.includes('\n') || claim.suffix.includes('\n')) &&
            !sameStoredContext(newText, mapped, claim) &&
            movedPastBreak(context, claim) &&
            !distinguished(claim, evidence, oldText, oldPlaces()));
        if (own && keptAround(context, claim, mapped) && unrivalled(false) && !pairedByChance()) return mapped;
        // The diff kept the claim's whole sentence, and what it changed beside it was written new, not moved or copied.
        if (own && sentenceKept(context, claim, mapped) && unrivalled(true) && !pairedByChance()) return mapped;
        const places = allPlaces();
        const here = places.find((place) => place.start === mapped.start && place.end === mapped.end);
        // The diff's place stands unless another place agrees more, or has a whole side of the context (to the
        // paragraph break) that this one lacks: a moved passage, or a copy carrying the claim's own prefix or suffix.
        // It also needs one whole side: a place whose context changed on both sides rests on the quote alone.
        const oneSide = here && (wholeSide(here.before, evidence.prefix) || wholeSide(here.after, evidence.suffix) || here.agreement === evidence.prefix.length + evidence.suffix.length);
        // Only places the diff does not account for compete: another passage that stood, with its context, just as
        // it stands now (so the old text told it from the claim) is not where the claim went. One that has all of
        // the claim's context is dismissed only when the diff's pairing is local (small edits around the claim).
        const local = diffIsLocal(context, claim);
        // Between the same two unchanged anchors as its old place (`betweenAnchors`), the diff's pairing is as good as a
        // local one: another passage with all of the claim's context that the diff pairs with its own old place is a twin
        // outside those anchors, and the claim would have had to cross one to be there.
        const between = here !== undefined && own && betweenAnchors(context, claim, mapped);
        // (Where the claim's stored context reaches its paragraph's start or end, a place with all of that evidence is not
        // explained away when the diff's place has all of it but the break: paragraphs that moved, with words the diff took
        // from one to the other, pair the claim with another copy of its words by the rest of its sentence alone.)
        // (Only where that place gained the break: it stood without it at the old place the diff pairs it with. A twin
        // paragraph that stood as it stands is accounted for, and the claim's paragraph merely had words written at its start.)
        const lostBreak = (other: Candidate) => {
          if (here === undefined || !complete(other, evidence)) return false;
          const old = context.oldOf(other.start, other.end);
          const then = old === null ? null : sides(context.oldText, old, old + claim.quote.length, evidence);
          if (then === null) return false;
          return (
            (evidence.slackBefore === 0 && evidence.prefix.startsWith('\n') && here.before === evidence.prefix.length - 1 && then.before < other.before) ||
            (evidence.slackAfter === 0 && evidence.suffix.endsWith('\n') && here.after === evidence.suffix.length - 1 && then.after < other.after)
          );
        };
        const competitors = places.filter((other) => other !== here && (!explained(context, other, evidence, claim, local || between) || lostBreak(other)));
        // A diff place with all of the evidence that the old text also had elsewhere (identical paragraphs) is one of
        // several; which of them is the claim's, only the stored context beyond the paragraph break could say.
        // Another place of the quote inside an edit that reaches into the diff's place's context: the edit inserted
        // (or rewrote) the quote beside it, and which of the two is the original the diff decided by chance.
        // (A copy that holds no word's worth of the claim's context on either side, nor a whole side, is only the quote
        // written again: it competes with nothing the claim stores.)
        // (Nor does one that agrees less than the diff's place on both sides: for it to be the claim, an edit would have had to
        // write more of the claim's context beside another copy than stood beside its own.)
        const beside = competitors.some(
          (other) =>
            insertedBeside(context, other, mapped, evidence) &&
            (here === undefined || contradicts(other, here, evidence) || (bears(other, evidence) && (other.before > here.before || other.after > here.after))),
        );
        const twinParagraph = whole && here !== undefined && here.agreement === evidence.prefix.length + evidence.suffix.length;
        // (One whole side is not enough where the claim's sentence stands more than once in its paragraph: which of the
        // copies an edit rewrote, the diff decided by chance, and each copy has the same context on one side.)
        // (Nor does it need one where the diff's place lies between the same two unchanged anchors as the old place, with the
        // quote as often between them and the claim at the same ordinal: `betweenAnchors`; unless the sentence repeats in
        // its paragraph, where the anchors may hold one copy of it where the old text had two.)
        if (here && own && !twinParagraph && !beside && (((oneSide || between) && !repeatedInParagraph(context.oldText, claim)) || local) && !competitors.some((other) => (other.agreement > here.agreement && (!between || bears(other, evidence))) || contradicts(other, here, evidence) || rival(other, here, evidence))) return mapped;
        const other = bestPlaces(places, mapped.start)[0];
        // Another place overrides the diff only when certain and clearly better (the diff's place has no whole
        // side, or the other has a word's worth more context, or all 32 stored characters on both sides): a copy
        // at a paragraph's start has the claim's bare break as its prefix, one character more than the original.
        // (Or the diff's place is doubted, `own`: it looks more like another old place of the quote than like the claim's.)
        const clearly = other && (!here || !oneSide || !own || other.agreement - here.agreement >= WHOLE_SIDE || sameStoredContext(newText, other, claim));
        // Overriding the diff takes all of the evidence, the text's edges included: a claim at the text's start is not
        // taken from the diff's place to the middle of a paragraph by its suffix alone.
        const holdsEdges = here && here.before === evidence.prefix.length && here.after === evidence.suffix.length;
        if (other && clearly && !holdsEdges && complete(other, { ...evidence, slackBefore: 0, slackAfter: 0 }) && certain(places, other, evidence, claim, oldText, oldPlaces())) return anchoredAt(claim, other);
        // A claim that was one of several identical passages (the same 32 characters either side) may go to one
        // indistinguishable from it; the diff's place alone, without a whole context, is not enough (a copy beside it).
        if (oldText !== null && hasTwin(claim, oldText, oldPlaces())) {
          if (here && own && sameStoredContext(newText, here, claim)) return mapped;
          // Its own paragraph stands whole at the diff's place, but what lay beyond the break moved (identical paragraphs
          // reordered): which of them is the claim's nothing tells, and a place with all 32 stored characters either
          // side is as good as any; the nearest such place is the claim's.
          if (here && whole) {
            const twin = bestPlaces(places, mapped.start).find((place) => sameStoredContext(newText, place, claim));
            if (twin) return anchoredAt(claim, twin);
          }
        }
        // The claim's whole sentence of the old text, which stood nowhere else in it, stands around the diff's place and
        // nowhere else in the new text: the diff paired the claim's own sentence, unchanged, so a copy of part of it
        // (its start, or a phrase with one side of its context) elsewhere is not the claim.
        if (here && own && sentenceHolds(context, claim, mapped)) return mapped;
        // The claim's whole sentence of the old text, found once there, stands once in the new text as a whole sentence, not
        // at the diff's place: the diff paired the claim with a copy of part of it (its start, inserted before it).
        const sentence = oldText !== null ? sentencePlace(context, claim, WHOLE_SIDE) : null;
        if (sentence && boundary(newText, sentence.start) && boundary(newText, sentence.end)) return anchoredAt(claim, sentence);
        const suggestion = other ?? mapped;
        note?.(
          `diff place refused: whole=${whole} own=${own} kept=${keptAround(context, claim, mapped)} sentenceKept=${sentenceKept(context, claim, mapped)} here=${here ? `${here.before}+${here.after}/${evidence.prefix.length}+${evidence.suffix.length}` : 'none'} oneSide=${oneSide} local=${local} repeated=${repeatedInParagraph(context.oldText, claim)} twinParagraph=${twinParagraph} beside=${beside} competitors=${competitors.map((c) => `${c.start}:${c.before}+${c.after}`).join(',')} places=${places.length}`,
        );
        return { status: 'fuzzy', suggestion: { start: suggestion.start, end: suggestion.end }, distance: 0 };
      }
      // The diff shows an edit inside the quote; its words elsewhere are the claim only with all of the evidence,
      // the text's edges included (a paragraph that starts alike is not the claim at the start of the text).
      // (Only a place with all of the evidence can be certain, and only when it is the one such place: the search stops
      // at a second.)
      const strict = { ...evidence, slackBefore: 0, slackAfter: 0 };
      const whole = exactPlaces(newText, claim.quote, evidence, context.find('new', claim.quote), 2, (place) => complete(place, evidence));
      const elsewhere = whole.length === 1 && complete(whole[0]!, strict) ? whole[0] : undefined;
      if (elsewhere && certain(whole, elsewhere, evidence, claim, oldText, oldPlaces())) return anchoredAt(claim, elsewhere);
      const span = mapped;
      // A quiet change must be quiet for a good reason: its context agrees (all of it, and no place can agree more), or
      // no other place of its words agrees more.
      const here = agreement(newText, span.start, span.end, evidence);
      if (mapped.status === 'normalised' && mapped.differences.length === 0 && here < evidence.prefix.length + evidence.suffix.length) {
        const normal = normalPlaces(context, claim.quote, evidence);
        if (normal.some((place) => place.agreement > here && (place.start !== span.start || place.end !== span.end))) {
          note?.('quiet normalised with a better normal place');
          return { status: 'fuzzy', suggestion: { start: span.start, end: span.end }, distance: 0 };
        }
      }
      return mapped;
    }
    note?.('diff lost the claim');
    expected = mapOffset(diff.hunks, claim.start, 1).offset;
    // The diff lost the claim (an edit took most of its words, or its passage moved): its words elsewhere need all of
    // the evidence, the text's edges included. A passage that moved keeps its paragraph break; a text-start claim
    // whose words were rewritten is not the same words in the middle of a later paragraph.
    strictEdges = true;
  }
  const edges = strictEdges ? { ...evidence, slackBefore: 0, slackAfter: 0 } : evidence;
  const places = allPlaces();
  if (places.length > 0) {
    const best = bestPlaces(places, expected)[0]!;
    if (complete(best, edges) && certain(places, best, evidence, claim, oldText, oldPlaces())) return anchoredAt(claim, best);
    // The one place of the new text with the claim's whole stored selector (the quote and all 32 stored characters either
    // side), when the old text had it only at the claim: whatever the words around it became beyond those characters
    // («reached» → «reported» before a stored «ed»), nothing the claim stores tells another place from it.
    const stored = oldText !== null ? places.filter((place) => sameStoredContext(newText, place, claim)) : [];
    if (stored.length === 1 && !hasTwin(claim, oldText!, oldPlaces())) return anchoredAt(claim, stored[0]!);
    // The same with the whole words of the context (to the paragraph breaks): a stored side cut inside a word at its far
    // end whose word changed («ministry» → «widely» before a stored «y. in 2013 …») still has every word it stored whole,
    // and a fragment of a word the claim never stored says nothing. Certain only as the one such place in either text.
    const words = wholeWords(edges);
    const fragments = words.slackBefore - edges.slackBefore + words.slackAfter - edges.slackAfter;
    if (oldText !== null && fragments > 0 && complete(best, words) && !places.some((other) => other !== best && complete(other, words)) && distinguished(claim, evidence, oldText, oldPlaces(), fragments)) {
      return anchoredAt(claim, best);
    }
    if (oldText !== null && hasTwin(claim, oldText, oldPlaces())) {
      // One of several identical passages (the quote and all 32 stored characters either side): when as many stand
      // in the new text as in the old, none was edited away, so the nearest of them is as good as any. Fewer, and the
      // claim's own copy may be the one that changed.
      const twins = bestPlaces(places, expected).filter((place) => sameStoredContext(newText, place, claim));
      // As many places with all of its context up to the paragraph breaks as before (paragraphs only moved) says the same.
      if (twins.length > 0 && (twins.length >= identicalPassages(claim, oldText, oldPlaces()) || wholeCount(places, evidence) >= wholeCount(exactPlaces(oldText, claim.quote, evidence, oldPlaces()), evidence))) {
        return anchoredAt(claim, twins[0]!);
      }
    }
    // A claim at the start or end of the old text whose paragraph now stands elsewhere: the text's edge told it from the
    // identical paragraphs (the quote and all of its stored context up to the break) of the old text; when as many of those
    // stand in the new text as in the old, and none at that edge, paragraphs only moved and the nearest is as good as any.
    const atStart = oldText !== null && claim.start === claim.prefix.length && evidence.prefix.startsWith('\n');
    const atEnd = oldText !== null && claim.end + claim.suffix.length === oldText.length && evidence.suffix.endsWith('\n');
    if (oldText !== null && (atStart || atEnd)) {
      const before = wholeCount(exactPlaces(oldText, claim.quote, evidence, oldPlaces()), evidence);
      const paragraphs = bestPlaces(places, expected).filter((place) => place.before === evidence.prefix.length && place.after === evidence.suffix.length);
      const atEdge = paragraphs.some((place) => (atStart && place.start === claim.prefix.length) || (atEnd && place.end + claim.suffix.length === newText.length));
      if (before >= 2 && paragraphs.length >= before && !atEdge) return anchoredAt(claim, paragraphs[0]!);
    }
    note?.(`search: best ${best.start}:${best.before}+${best.after}/${evidence.prefix.length}+${evidence.suffix.length} complete=${complete(best, edges)} places=${places.length}`);
    return { status: 'fuzzy', suggestion: { start: best.start, end: best.end }, distance: 0 };
  }

  const normal = normalPlaces(context, claim.quote, evidence);
  if (normal.length > 0) {
    const best = bestPlaces(normal, expected)[0]!;
    if (complete(best, edges) && certain(normal, best, evidence, claim, oldText, oldPlaces())) {
      return { status: 'normalised', start: best.start, end: best.end, differences: spellingDifferences(claim.quote, newText.slice(best.start, best.end)) };
    }
    return { status: 'fuzzy', suggestion: { start: best.start, end: best.end }, distance: 0 };
  }

  const fuzzy = approximate(context, claim, evidence, expected);
  if (fuzzy) return { status: 'fuzzy', suggestion: { start: fuzzy.start, end: fuzzy.end }, distance: fuzzy.distance };
  return { status: 'orphaned' };
}

const SENTENCE_END = /[.!?؟\n]/u;
/** A full stop (or question or exclamation mark). */
const STOP = /[.!?؟]/u;

/**
 * True when the claim's sentence in the old text (from the end of the one before,
 * or a line break, to its own full stop, or the text's edges), found once in the
 * old text, stands around `place` in the new text, as a whole sentence, and nowhere else there.
 */
function sentenceHolds(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const found = sentencePlace(context, claim, 0);
  return found !== null && found.start === place.start;
}

/**
 * Where the claim's whole sentence of the old text, found once there, stands
 * once in the new text as a whole sentence (after a full stop, a line break or
 * the text's start): the place of the quote in it; null otherwise (or when the
 * sentence holds fewer than `beyond` characters besides the quote).
 */
function sentencePlace(context: RevisionContext, claim: AnchorInput, beyond: number): { start: number; end: number } | null {
  const { oldText, newText } = context;
  const { from, to } = sentenceOf(oldText, claim);
  const sentence = oldText.slice(from, to);
  if (sentence.trim().length < claim.quote.length + beyond) return null;
  // Whole sentences only: what stands before one ends a sentence (with white space between when the old sentence began
  // at a break or the text's start), and one that ran to the end of the old text without a full stop still ends there or
  // before a full stop or break (a sentence inside a longer one is another sentence).
  const leading = /^\s/u.test(sentence);
  const open = !SENTENCE_END.test(sentence.at(-1)!);
  const whole = (text: string, at: number) => {
    const ended = (i: number) => i < 0 || SENTENCE_END.test(text[i]!);
    if (!(leading ? ended(at - 1) : ended(at - 1) || (/\s/u.test(text[at - 1]!) && ended(at - 2)))) return false;
    return !open || at + sentence.length >= text.length || SENTENCE_END.test(text[at + sentence.length]!);
  };
  const once = (text: string) => {
    let found = -1;
    for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
      if (!whole(text, at)) continue;
      if (found >= 0) return -1;
      found = at;
    }
    return found;
  };
  if (once(oldText) !== from) return null;
  const at = once(newText);
  if (at < 0) return null;
  const start = at + (claim.start - from);
  return { start, end: start + claim.quote.length };
}

/** True when `other` lies in new text of an edit that reaches into the context (as far as the evidence goes) of `place`. */
function insertedBeside(context: RevisionContext, other: Candidate, place: { start: number; end: number }, evidence: Evidence): boolean {
  if (!context.diff || context.oldOf(other.start, other.end) !== null) return false;
  const from = place.start - evidence.prefix.length;
  const to = place.end + evidence.suffix.length;
  const hunks = context.diff.hunks;
  const low = firstHunkFrom(hunks, 'newEnd', from);
  for (let i = low; i < hunks.length && hunks[i]!.newStart <= to; i += 1) {
    if (hunks[i]!.newStart < other.end && hunks[i]!.newEnd > other.start) return true;
  }
  return false;
}

/**
 * True when the diff kept the claim's surroundings, so its pairing of the claim
 * is its own place and not a copy's: around the claim, as far as its stored
 * context reaches and LOCAL_REACH characters beyond, the diff changed under
 * KEPT_SHARE of the text, in edits of at most KEPT_EDIT characters (or text written new where
 * only white space stood), none of them a move
 * (a word written or removed alone moves no context, even where it stands elsewhere), none
 * inside the stored context that adds or removes a paragraph break (a small edit in the
 * paragraph before, or one that keeps the break it holds, leaves the paragraphs where they
 * were), and none that holds a piece of the quote in the new text
 * (a copy of the quote written beside the claim could be the original), and an
 * unchanged stretch on one side reaches a word's worth past the claim.
 */
function keptAround(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const { oldText, newText, diff } = context;
  if (!diff) return false;
  const from = Math.max(0, claim.start - claim.prefix.length - LOCAL_REACH);
  const to = Math.min(oldText.length, claim.end + claim.suffix.length + LOCAL_REACH);
  const windowFrom = claim.start - claim.prefix.length;
  const windowTo = claim.end + claim.suffix.length;
  const hunks = diff.hunks;
  const low = firstHunkFrom(hunks, 'oldEnd', from);
  let changed = 0;
  let before = claim.start - windowFrom;
  let after = windowTo - claim.end;
  const quote = claim.quote;
  for (let i = low; i < hunks.length && hunks[i]!.oldStart <= to; i += 1) {
    const hunk = hunks[i]!;
    const size = hunk.oldEnd - hunk.oldStart + (hunk.newEnd - hunk.newStart);
    // (Text written where only white space or a break stood, however long, removed nothing of the claim's surroundings.)
    if (size > KEPT_EDIT && oldText.slice(hunk.oldStart, hunk.oldEnd).trim() !== '') return false;
    if (context.moves(hunk) && !oneWord(context, hunk)) return false;
    changed += size;
    if (hunk.oldEnd < windowFrom || hunk.oldStart > windowTo) continue;
    // Inside the stored context: in the claim's paragraph, and no occurrence of the quote overlapping its new text.
    if (acrossBreak(context, hunk, claim) && !keepsBreaks(context, hunk)) return false;
    const near = newText.indexOf(quote, Math.max(0, hunk.newStart - quote.length + 1));
    if (near >= 0 && near < hunk.newEnd && !(near === place.start)) return false;
    if (hunk.oldEnd <= claim.start) before = Math.min(before, claim.start - hunk.oldEnd);
    if (hunk.oldStart >= claim.end) after = Math.min(after, hunk.oldStart - claim.end);
  }
  if (changed === 0) return false;
  if (changed > (to - from) * KEPT_SHARE) return false;
  // The claim's paragraph must stand: the text between the claim and the nearest breaks of the window unchanged by moves.
  return before >= Math.min(WHOLE_SIDE, claim.prefix.length) || after >= Math.min(WHOLE_SIDE, claim.suffix.length);
}

/**
 * True when the new text around `place` agrees with the old text around another
 * place of the quote at least as far on both sides, and further on one, than
 * with the old text around the claim (up to CONTEXT_LENGTH characters a side):
 * the place is more like that passage than like the claim's, so the diff's
 * pairing may have slipped from one repeat to the next.
 */
function likerElsewhere(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const mine = reach(context, claim.start, claim.end, place);
  if (mine.before === CONTEXT_LENGTH && mine.after === CONTEXT_LENGTH) return false;
  const length = claim.quote.length;
  for (const at of context.find('old', claim.quote).slice(0, 1000)) {
    if (at === claim.start) continue;
    const other = reach(context, at, at + length, place);
    if (other.before >= mine.before && other.after >= mine.after && (other.before > mine.before || other.after > mine.after)) return true;
  }
  return false;
}

/**
 * How far (up to CONTEXT_LENGTH characters a side) the old text around
 * [start, end) and the new text around `place` agree; the text's edge on
 * both sides counts as full agreement.
 */
function reach(context: RevisionContext, start: number, end: number, place: { start: number; end: number }): { before: number; after: number } {
  const { oldText, newText } = context;
  let before = 0;
  while (before < CONTEXT_LENGTH) {
    const o = start - 1 - before;
    const n = place.start - 1 - before;
    if (o < 0 && n < 0) return { before: CONTEXT_LENGTH, after: reachAfter() };
    if (charAt(oldText, o) !== charAt(newText, n)) break;
    before += 1;
  }
  // Agreement that stops inside a word counts up to that word (« الإقليمي» and « الحكومة» share « ال» by chance).
  while (before > 0 && before < CONTEXT_LENGTH && isWordChar(oldText, start - before) && isWordChar(oldText, start - before - 1)) before -= 1;
  return { before, after: reachAfter() };
  function reachAfter(): number {
    let after = 0;
    while (after < CONTEXT_LENGTH) {
      const o = end + after;
      const n = place.end + after;
      if (o >= oldText.length && n >= newText.length) return CONTEXT_LENGTH;
      if (charAt(oldText, o) !== charAt(newText, n)) break;
      after += 1;
    }
    while (after > 0 && after < CONTEXT_LENGTH && isWordChar(oldText, end + after - 1) && isWordChar(oldText, end + after)) after -= 1;
    return after;
  }
}

/** Fewest unchanged characters a stretch of the diff needs to serve as an anchor around a claim. */
const ANCHOR = 8;

/**
 * True when the diff's place of an untouched claim lies between the same two
 * anchors as its old place: the nearest stretches of ANCHOR or more characters
 * the diff left unchanged before and after the claim (its own unchanged
 * surroundings count), with no change between them that moves text, holds a
 * paragraph break or holds the quote in what it wrote, and the quote standing
 * as many times between the anchors in the new text as in the old, the
 * diff's place at the claim's ordinal. Every occurrence of the quote between
 * the anchors is then paired with one of the old text between them, in order;
 * the claim could only be elsewhere if its words crossed an anchor, which
 * takes a move.
 */
function betweenAnchors(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const { oldText, newText, diff } = context;
  if (!diff) return false;
  const hunks = diff.hunks;
  const quote = claim.quote;
  // Hunks before the claim, newest first, until an unchanged gap of ANCHOR characters.
  let i = firstHunkFrom(hunks, 'oldEnd', claim.start + 1) - 1;
  // No change of the diff inside the quote (one slid or split off it by `throughDiff` leaves the pairing to that).
  const inside = hunks[firstHunkFrom(hunks, 'oldEnd', claim.start + 1)];
  if (inside && inside.oldStart < claim.end && !(inside.oldStart === inside.oldEnd && inside.oldStart === claim.end)) return false;
  let left = claim.start;
  const sides = { before: { removed: '', written: '' }, after: { removed: '', written: '' } };
  for (;;) {
    const hunk = hunks[i];
    const gapStart = hunk ? hunk.oldEnd : 0;
    if (left - gapStart >= ANCHOR || !hunk) {
      if (left - gapStart < ANCHOR && gapStart === 0 && left < ANCHOR) left = 0;
      else left = Math.max(gapStart, left - ANCHOR);
      break;
    }
    if (hunk.oldEnd > claim.start || !plainEdit(context, hunk, quote, sides.before)) return false;
    left = hunk.oldStart;
    i -= 1;
  }
  let j = firstHunkFrom(hunks, 'oldEnd', claim.end + 1);
  // A pure insertion right at the claim's end is after it.
  while (j > 0 && hunks[j - 1]!.oldStart === claim.end && hunks[j - 1]!.oldEnd === claim.end) j -= 1;
  let right = claim.end;
  for (;;) {
    const hunk = hunks[j];
    const gapEnd = hunk ? hunk.oldStart : oldText.length;
    if (gapEnd - right >= ANCHOR || !hunk) {
      right = Math.min(gapEnd, right + ANCHOR);
      break;
    }
    if (hunk.oldStart < claim.end || !plainEdit(context, hunk, quote, sides.after)) return false;
    right = hunk.oldEnd;
    j += 1;
  }
  // A full stop written or removed on one side only in a rewrite there (words both removed and written, taken together):
  // a whole sentence only written before a claim, and an identical one only removed after it, is how the diff slips from
  // one of several identical sentences to the next.
  for (const side of [sides.before, sides.after]) {
    if ((STOP.test(side.removed) || STOP.test(side.written)) && (!LETTER.test(side.removed) || !LETTER.test(side.written))) return false;
  }
  const leftNew = mapOffset(hunks, left, -1).offset;
  const rightNew = mapOffset(hunks, right, 1).offset;
  const count = (text: string, from: number, to: number, at: number) => {
    let n = 0;
    let ordinal = -1;
    for (let k = text.indexOf(quote, from); k >= 0 && k + quote.length <= to; k = text.indexOf(quote, k + 1)) {
      if (k === at) ordinal = n;
      n += 1;
    }
    return { n, ordinal };
  };
  const before = count(oldText, left, right, claim.start);
  const after = count(newText, leftNew, rightNew, place.start);
  return before.ordinal >= 0 && before.n === after.n && before.ordinal === after.ordinal;
}

/**
 * True when a change between a claim and its anchors only rewrote text in place: no move, no paragraph break, no copy
 * of the quote written. What it removed and wrote is added to `side` (full stops are judged on the whole side).
 */
function plainEdit(context: RevisionContext, hunk: Hunk, quote: string, side: { removed: string; written: string }): boolean {
  const removed = context.oldText.slice(hunk.oldStart, hunk.oldEnd);
  const written = context.newText.slice(hunk.newStart, hunk.newEnd);
  if (removed.includes('\n') || written.includes('\n')) return false;
  side.removed += removed;
  side.written += written;
  if (context.moves(hunk) && !oneWord(context, hunk) && !folded(context, hunk)) return false;
  return !context.newText.slice(hunk.newStart, hunk.newEnd).includes(quote);
}

/**
 * True when one side of a change is whole words of the other (« أكّد مبادرة السلام» → « مبادرة»): the diff folded
 * deletions (or insertions) around kept words into one change; nothing came from elsewhere.
 */
function folded(context: RevisionContext, hunk: Hunk): boolean {
  const removed = ` ${context.oldText.slice(hunk.oldStart, hunk.oldEnd).trim()} `;
  const written = ` ${context.newText.slice(hunk.newStart, hunk.newEnd).trim()} `;
  return written.trim() === '' || removed.trim() === '' ? false : removed.includes(written) || written.includes(removed);
}

/** True when the claim's sentence of the old text stands more than once in its paragraph. */
function repeatedInParagraph(oldText: string, claim: AnchorInput): boolean {
  const sentence = sentenceOf(oldText, claim);
  const from = oldText.lastIndexOf('\n', sentence.from - 1) + 1;
  const end = oldText.indexOf('\n', sentence.to);
  const paragraph = oldText.slice(from, end < 0 ? oldText.length : end);
  const core = oldText.slice(sentence.from, sentence.to).trim();
  return core !== '' && paragraph.indexOf(core) !== paragraph.lastIndexOf(core);
}

/** The claim's sentence in the old text: from after the previous full stop or line break to its own full stop (or line break, or the text's edges). */
function sentenceOf(oldText: string, claim: AnchorInput): { from: number; to: number } {
  let from = claim.start;
  while (from > 0 && !SENTENCE_END.test(oldText[from - 1]!)) from -= 1;
  let to = claim.end;
  while (to < oldText.length && !SENTENCE_END.test(oldText[to]!)) to += 1;
  if (to < oldText.length && oldText[to] !== '\n') to += 1;
  return { from, to };
}

/**
 * True when the diff kept the claim's whole sentence of the old text unchanged
 * around `place`, and every edit within reach of its stored context wrote new
 * text: none holds the whole sentence (a copy of it could be the original) or
 * the quote where it would make the claim's context (its own edges), and a large
 * one is no text of the old revision (a moved passage could have taken the
 * claim's sentence with it, and the diff paired an identical one).
 */
function sentenceKept(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const { oldText, newText, diff } = context;
  if (!diff) return false;
  const sentence = sentenceOf(oldText, claim);
  const text = oldText.slice(sentence.from, sentence.to);
  // A sentence of the quote alone says nothing more than the quote.
  if (text.trim().length < claim.quote.length + WHOLE_SIDE) return false;
  // The same sentence again in the claim's paragraph: which of them an edit rewrote, the diff decided by chance.
  if (repeatedInParagraph(oldText, claim)) return false;
  const from = Math.min(sentence.from, claim.start - claim.prefix.length);
  const to = Math.max(sentence.to, claim.end + claim.suffix.length);
  const hunks = diff.hunks;
  const low = firstHunkFrom(hunks, 'oldEnd', from);
  let near = 0;
  for (let i = low; i < hunks.length && hunks[i]!.oldStart <= to; i += 1) {
    const hunk = hunks[i]!;
    // Inside the sentence (a pure insertion at its edges is outside it).
    if (hunk.oldStart < hunk.oldEnd && hunk.oldStart < sentence.to && hunk.oldEnd > sentence.from) return false;
    // An insertion inside it that could as well stand at its start or end (the same text rotated) is beside it.
    if (hunk.oldStart === hunk.oldEnd && hunk.oldStart > sentence.from && hunk.oldStart < sentence.to && !slidesTo(newText, hunk, sentence)) return false;
    // Past a paragraph break the claim's own paragraph may be one of several identical ones, paired by chance: an edit
    // that holds a break, or only removes text (paragraphs moved: the diff cut what stood before the claim's copy), or
    // removes a copy of the claim's sentence, leaves the pairing to chance. New writing inside the neighbouring paragraph
    // (its last sentence rewritten) does not; a move is refused below.
    const rewrites = newText.slice(hunk.newStart, hunk.newEnd).trim() !== '' && !holdsBreak(context, hunk);
    if (acrossBreak(context, hunk, claim) && (!rewrites || oldText.slice(hunk.oldStart, hunk.oldEnd).includes(text.trim()))) return false;
    near += 1;
    const written = newText.slice(hunk.newStart, hunk.newEnd);
    if (written.includes(text)) return false;
    if (context.moves(hunk)) return false;
  }
  if (near === 0) return false;
  // The sentence stands at the diff's place, where the quote keeps its offset in it.
  const at = place.start - (claim.start - sentence.from);
  return newText.slice(at, at + text.length) === text;
}

/**
 * True when the diff accounts for `place`: it stands unchanged from a place of
 * the old text other than the claim's, whose surroundings it keeps at least as
 * well as the claim's.
 */
function accounted(context: RevisionContext, place: { start: number; end: number }, claim: AnchorInput): boolean {
  const old = context.oldOf(place.start, place.end);
  if (old === null || old === claim.start) return false;
  const own = reach(context, old, old + (place.end - place.start), place);
  const claims = reach(context, claim.start, claim.end, place);
  return own.before + own.after >= claims.before + claims.after;
}

/** Largest share of the text around a claim (its stored context and LOCAL_REACH beyond) the diff may change while its surroundings count as kept. */
const KEPT_SHARE = 0.5;
/** Largest change (old plus new characters) beside a claim whose surroundings the diff still counts as kept. */
const KEPT_EDIT = 80;
/** True when `place` lies in text an edit wrote and the claim's whole sentence of the old text does not stand around it. */
function writtenWithout(context: RevisionContext, place: { start: number; end: number }, claim: AnchorInput): boolean {
  if (context.oldOf(place.start, place.end) !== null) return false;
  const sentence = sentenceOf(context.oldText, claim);
  const at = place.start - (claim.start - sentence.from);
  return context.newText.slice(at, at + (sentence.to - sentence.from)) !== context.oldText.slice(sentence.from, sentence.to);
}

/** True when a pure insertion at old offset inside [from, to) gives the same new text placed at `from` or at `to`. */
function slidesTo(newText: string, hunk: Hunk, span: { from: number; to: number }): boolean {
  const left = hunk.oldStart - span.from;
  let k = 0;
  while (k < left && newText[hunk.newStart - 1 - k] === newText[hunk.newEnd - 1 - k]) k += 1;
  if (k === left) return true;
  const right = span.to - hunk.oldStart;
  k = 0;
  while (k < right && newText[hunk.newStart + k] === newText[hunk.newEnd + k]) k += 1;
  return k === right;
}

/**
 * True when the claim's whole sentence of the old text does not stand around
 * `place` but stands in the new text as many times as in the old: none of its
 * places was edited away, so the claim's own may be one of them.
 */
function sentenceElsewhere(context: RevisionContext, claim: AnchorInput, place: { start: number; end: number }): boolean {
  const { oldText, newText } = context;
  const sentence = sentenceOf(oldText, claim);
  const text = oldText.slice(sentence.from, sentence.to);
  const at = place.start - (claim.start - sentence.from);
  if (at >= 0 && newText.slice(at, at + text.length) === text) return false;
  // Through the texts' word indexes: counting with a scan of both whole texts for each claim was most of the time
  // of a long article's claims after scattered edits.
  const now = context.find('new', text).length;
  return now > 0 && now >= context.find('old', text).length;
}

/** True when a change writes and removes at most one word each (a word that stood elsewhere moves no context). */
function oneWord(context: RevisionContext, hunk: Hunk): boolean {
  const single = (text: string) => !/\s/u.test(text.trim());
  return single(context.newText.slice(hunk.newStart, hunk.newEnd)) && single(context.oldText.slice(hunk.oldStart, hunk.oldEnd));
}

/** True when a change keeps the paragraph breaks it holds: as many in what it removed as in what it wrote. */
function keepsBreaks(context: RevisionContext, hunk: Hunk): boolean {
  const breaks = (text: string) => text.split('\n').length;
  return breaks(context.oldText.slice(hunk.oldStart, hunk.oldEnd)) === breaks(context.newText.slice(hunk.newStart, hunk.newEnd));
}

/** True when a change inside the claim's stored context, past a paragraph break from it, moved text (wrote what stood elsewhere). */
function movedPastBreak(context: RevisionContext, claim: AnchorInput): boolean {
  const hunks = context.diff?.hunks ?? [];
  const to = claim.end + claim.suffix.length;
  for (let i = firstHunkFrom(hunks, 'oldEnd', claim.start - claim.prefix.length); i < hunks.length && hunks[i]!.oldStart <= to; i += 1) {
    const hunk = hunks[i]!;
    if (acrossBreak(context, hunk, claim) && context.moves(hunk)) return true;
  }
  return false;
}

/** True when a change removes or writes a paragraph break. */
function holdsBreak(context: RevisionContext, hunk: Hunk): boolean {
  return context.oldText.slice(hunk.oldStart, hunk.oldEnd).includes('\n') || context.newText.slice(hunk.newStart, hunk.newEnd).includes('\n');
}

/** True when a change holds a paragraph break or lies past one from the claim. */
function acrossBreak(context: RevisionContext, hunk: Hunk, claim: AnchorInput): boolean {
  const { oldText, newText } = context;
  if (oldText.slice(hunk.oldStart, hunk.oldEnd).includes('\n') || newText.slice(hunk.newStart, hunk.newEnd).includes('\n')) return true;
  const between = hunk.oldEnd <= claim.start ? oldText.slice(hunk.oldEnd, claim.start) : oldText.slice(claim.end, hunk.oldStart);
  return between.includes('\n');
}

/** Old-text characters on each side of a claim (within its paragraph) over which the diff's edits are weighed. */
const LOCAL_REACH = 80;
/** Largest share of that stretch, and largest single edit, for the diff's pairing of a claim to count as local. */
const LOCAL_SHARE = 0.3;
const LOCAL_EDIT = 40;

/**
 * True when the diff changed little around the claim in its paragraph of the old
 * text (no edit over LOCAL_EDIT characters, under LOCAL_SHARE of the stretch):
 * the diff then paired the claim's own surroundings with the new text, not
 * words that a moved or rewritten passage shares with another.
 */
function diffIsLocal(context: RevisionContext, claim: AnchorInput): boolean {
  const { oldText, diff } = context;
  if (!diff) return false;
  const breakBefore = oldText.lastIndexOf('\n', claim.start - 1);
  const breakAfter = oldText.indexOf('\n', claim.end);
  const from = Math.max(breakBefore + 1, claim.start - LOCAL_REACH);
  const to = Math.min(breakAfter < 0 ? oldText.length : breakAfter, claim.end + LOCAL_REACH);
  const hunks = diff.hunks;
  const low = firstHunkFrom(hunks, 'oldEnd', from);
  let changed = 0;
  for (let i = low; i < hunks.length && hunks[i]!.oldStart <= to; i += 1) {
    const hunk = hunks[i]!;
    const size = hunk.oldEnd - hunk.oldStart + (hunk.newEnd - hunk.newStart);
    if (size > LOCAL_EDIT) return false;
    changed += size;
  }
  return changed <= (to - from) * LOCAL_SHARE;
}

/**
 * True when the diff accounts for `place`: the quote and its context there (as
 * far as the evidence reaches) stand unchanged from a place of the old text
 * other than the claim's. In the old text that passage was told apart from the
 * claim, so it is not where the claim went; unless it holds all of the claim's
 * evidence (an identical passage), which only a local diff pairing rules out.
 */
function explained(context: RevisionContext, place: Candidate, evidence: Evidence, claim: AnchorInput, local: boolean): boolean {
  const old = context.oldOf(place.start, place.end);
  if (old === null || old === claim.start) return false;
  // The diff's pairing of that place must agree with its surroundings: in repeated text it can slip by one repeat,
  // and a place more like the claim's old surroundings than like those of its own old place is not accounted for.
  const own = reach(context, old, old + claim.quote.length, place);
  const claims = reach(context, claim.start, claim.end, place);
  if (claims.before + claims.after > own.before + own.after) return false;
  const whole = complete(place, evidence);
  // The diff's pairing of that place must rest on more than the quote: a word's worth of unchanged text on one side
  // (in repeated phrases a shifted pairing matches the quote alone, between two edits).
  if (local && !whole) {
    return context.oldOf(Math.max(0, place.start - WHOLE_SIDE), place.end) !== null || context.oldOf(place.start, Math.min(context.newText.length, place.end + WHOLE_SIDE)) !== null;
  }
  const from = Math.max(0, place.start - evidence.prefix.length);
  const to = Math.min(context.newText.length, place.end + evidence.suffix.length);
  return context.oldOf(from, to) !== null && (local || !whole);
}

function anchoredAt(claim: AnchorInput, place: { start: number; end: number }): AnchorOutcome {
  return { status: 'anchored', start: place.start, end: place.end, moved: place.start !== claim.start || place.end !== claim.end };
}

/** Places of the quote's search form in the new text, snapped out to grapheme boundaries, with their context agreement. */
function normalPlaces(context: RevisionContext, quote: string, evidence: Evidence): Candidate[] {
  const form = context.newForm();
  const text = context.newText;
  const needle = toSearchForm(quote).form;
  const places: Candidate[] = [];
  if (needle.trim() === '') return places;
  for (const at of context.findForm(needle)) {
    if (places.length >= 1000) break;
    const span = originalSpan(form, at, at + needle.length);
    const start = boundary(text, span.start) ? span.start : snapBackward(text, span.start);
    const end = boundary(text, span.end) ? span.end : snapForward(text, span.end);
    if (end <= start) continue;
    if (places.some((place) => place.start === start && place.end === end)) continue;
    const side = sides(text, start, end, evidence);
    places.push({ start, end, agreement: side.before + side.after, ...side });
  }
  return places;
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

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
/** True when the character at `i` is part of a word: a letter or digit, or a mark on one. */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  let base = i;
  while (base > 0 && MARK.test(text[base]!)) base -= 1;
  return LETTER.test(text[base]!);
}
/** True when `offset` starts a word: a letter, mark or digit after it and none before it. */
const startsWord = (text: string, offset: number) => isWordChar(text, offset) && !isWordChar(text, offset - 1);
/** True when `offset` ends a word: a letter, mark or digit before it and none after it. */
const endsWord = (text: string, offset: number) => {
  if (!isWordChar(text, offset - 1)) return false;
  // Harakat after the last letter belong to it; the word ends where no letter follows them.
  let next = offset;
  while (next < text.length && MARK.test(text[next]!)) next += 1;
  return next >= text.length || !LETTER.test(text[next]!);
};
function wordStart(text: string, offset: number): number {
  while (isWordChar(text, offset - 1)) offset -= 1;
  return offset;
}
function wordEnd(text: string, offset: number): number {
  while (isWordChar(text, offset)) offset += 1;
  return offset;
}

/**
 * A change that holds the claim's whole quote on both sides, once each and as
 * whole words («من مليون» → «تقريبًا من مليون الإقليمي»; «market across the» →
 * «across morning»), changed the text around the quote, not the quote: the
 * character diff folded two edits into one. Returns the two changes on either
 * side of it (an alignment that keeps the quote, and keeps more text than the
 * diff's), or null. The claim's context still decides where it is anchored.
 */
function splitAround(hunk: Hunk, claim: AnchorInput, oldText: string, newText: string): [Hunk, Hunk] | null {
  if (hunk.oldStart > claim.start || hunk.oldEnd < claim.end) return null;
  const quote = claim.quote;
  const removed = oldText.slice(hunk.oldStart, hunk.oldEnd);
  const written = newText.slice(hunk.newStart, hunk.newEnd);
  const inOld = claim.start - hunk.oldStart;
  if (removed.indexOf(quote) !== inOld || removed.indexOf(quote, inOld + 1) >= 0) return null;
  const inNew = written.indexOf(quote);
  if (inNew < 0 || written.indexOf(quote, inNew + 1) >= 0) return null;
  const at = hunk.newStart + inNew;
  // Whole words on both sides, as the quote stood in the old text.
  if (startsWord(oldText, claim.start) !== startsWord(newText, at) || endsWord(oldText, claim.end) !== endsWord(newText, at + quote.length)) return null;
  if (isWordChar(newText, at - 1) || isWordChar(newText, at + quote.length)) return null;
  return [
    { oldStart: hunk.oldStart, oldEnd: claim.start, newStart: hunk.newStart, newEnd: at },
    { oldStart: claim.end, oldEnd: hunk.oldEnd, newStart: at + quote.length, newEnd: hunk.newEnd },
  ];
}

function touches(hunk: Hunk, claim: AnchorInput): number {
  if (hunk.oldStart === hunk.oldEnd) return hunk.oldStart > claim.start && hunk.oldStart < claim.end ? 1 : 0;
  return Math.max(0, Math.min(hunk.oldEnd, claim.end) - Math.max(hunk.oldStart, claim.start));
}

function throughDiff(
  claim: AnchorInput,
  allHunks: Hunk[],
  oldText: string,
  newText: string,
): Extract<AnchorOutcome, { start: number }> | 'lost' {
  let hunks = allHunks;
  let touched = 0;
  for (let index = 0; index < allHunks.length; index += 1) {
    const hunk = allHunks[index]!;
    if (hunk.oldStart > claim.end) break;
    if (touches(hunk, claim) === 0) continue;
    const slid = slideOff(hunk, claim, oldText, newText);
    const split = slid === hunk ? splitAround(hunk, claim, oldText, newText) : null;
    if (split) {
      hunks = [...hunks.slice(0, hunks.length - allHunks.length + index), ...split, ...hunks.slice(hunks.length - allHunks.length + index + 1)];
      continue;
    }
    if (slid !== hunk) {
      if (hunks === allHunks) hunks = [...allHunks];
      hunks[hunks.length - allHunks.length + index] = slid;
    }
    touched += touches(slid, claim);
  }
  const start = mapOffset(hunks, claim.start, 1).offset;
  const end = mapOffset(hunks, claim.end, -1).offset;
  if (touched === 0 && newText.slice(start, end) === claim.quote) {
    const edgesKept = isGraphemeBoundary(newText, start) && isGraphemeBoundary(newText, end);
    // A quote that began or ended a word must still do so: letters joined to it («وفد» → «الموفد») changed the word.
    const wordsKept = (!startsWord(oldText, claim.start) || startsWord(newText, start)) && (!endsWord(oldText, claim.end) || endsWord(newText, end));
    if (edgesKept && wordsKept) return { status: 'anchored', start, end, moved: start !== claim.start || end !== claim.end };
    if (!wordsKept) {
      const from = wordStart(newText, start);
      const to = wordEnd(newText, end);
      return { status: 'modified', start: snapBackward(newText, from), end: snapForward(newText, to) };
    }
    // A mark added beside the quote joined its first or last letter: the span grows to the whole letter, and says so.
  } else if (touched > claim.quote.length * (1 - MODIFIED_KEEP_SHARE)) {
    return 'lost';
  }
  const from = snapBackward(newText, Math.min(start, end));
  const to = snapForward(newText, Math.max(start, end));
  const changed = newText.slice(from, to);
  if (to <= from || changed.trim() === '') return 'lost';
  if (searchForm(changed) === searchForm(claim.quote)) return { status: 'normalised', start: from, end: to, differences: spellingDifferences(claim.quote, changed) };
  return { status: 'modified', start: from, end: to };
}

/**
 * Approximate substring search (lib/approximate-search.ts) for the quote
 * around `expected` and around the places of its rarest words, so its cost
 * does not grow with the text or with how far the quote moved. Candidates
 * within FUZZY_SHARE edits are ranked by edits, then context, then nearness.
 */
function approximate(context: RevisionContext, claim: AnchorInput, evidence: Evidence, expected: number): { start: number; end: number; distance: number } | null {
  const text = context.newText;
  const m = claim.quote.length;
  if (m === 0) return null;
  const limit = Math.max(1, Math.floor(m * FUZZY_SHARE));
  const reach = m + limit + 1;
  const seeds: number[] = [expected];
  const form = context.newForm();
  const quoteWords = new Set<string>();
  eachWord(searchForm(claim.quote), (word) => quoteWords.add(word));
  const words = [...quoteWords]
    .map((word) => ({ word, at: context.formWord(word) }))
    .filter((entry) => entry.at.length > 0)
    .sort((a, b) => a.at.length - b.at.length);
  for (const { at } of words.slice(0, 2)) {
    const near = at.map((offset) => form.map[offset]!).sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
    seeds.push(...near.slice(0, APPROXIMATE_SEEDS));
  }
  const windows = seeds
    .map((seed): [number, number] => [Math.max(0, seed - reach), Math.min(text.length, seed + reach)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([...window]);
  }
  let best: { start: number; end: number; distance: number } | null = null;
  let bestScore = -Infinity;
  const full = Math.max(1, evidence.prefix.length + evidence.suffix.length);
  for (const [from, to] of merged) {
    for (const candidate of approximateMatches(text, from, to, claim.quote, limit)) {
      const start = snapBackward(text, candidate.start);
      const end = snapForward(text, candidate.end);
      if (end <= start || text.slice(start, end).trim() === '') continue;
      const nearness = 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, text.length));
      const score = -candidate.distance / m + (0.5 * agreement(text, start, end, evidence)) / full + 0.1 * nearness;
      if (score > bestScore) {
        bestScore = score;
        best = { start, end, distance: candidate.distance };
      }
    }
  }
  return best;
}

/** The index of the first hunk whose `key` is not below `bound` (hunks are ordered in both texts): a binary search. */
function firstHunkFrom(hunks: readonly Hunk[], key: 'oldEnd' | 'newStart' | 'newEnd', bound: number): number {
  let low = 0;
  let high = hunks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hunks[middle]![key] < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}
