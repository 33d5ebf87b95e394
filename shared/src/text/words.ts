/**
 * The words of a text as re-anchoring indexes them: the runs of letters and
 * digits, /[\p{L}\p{N}]+/u (a combining mark ends a run), each with its offset.
 * A scan over a table of character classes, filled as characters are met: the
 * expression's matches, one object each, were most of the time of indexing a
 * long article.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** 1 when a BMP code unit is a letter or digit, 0 when not, -1 when not yet known. */
const unitIsWord = new Int8Array(0x10000).fill(-1);
const astralIsWord = new Map<number, boolean>();

/** The width (1 or 2 code units) of the word character at `i`, or 0 when none stands there. */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = astralIsWord.get(point);
      if (known === undefined) astralIsWord.set(point, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(point))));
      return known ? 2 : 0;
    }
  }
  let known = unitIsWord[unit]!;
  if (known < 0) unitIsWord[unit] = known = LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
  return known;
}

/** Calls `each` with every word of `text` and its offset, in order. */
export function eachWord(text: string, each: (word: string, start: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let width = wordCharAt(text, at);
    if (width === 0) {
      at += 1;
      continue;
    }
    const start = at;
    while (width > 0) {
      at += width;
      width = at < text.length ? wordCharAt(text, at) : 0;
    }
    each(text.slice(start, at), start);
  }
}

/** Every offset of every word of `text`, by word, ascending. */
export function indexWords(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  eachWord(text, (word, start) => {
    const list = index.get(word);
    if (list) list.push(start);
    else index.set(word, [start]);
  });
  return index;
}

/** True when a letter or digit ends just before `offset` (a surrogate pair read whole). */
function wordCharBefore(text: string, offset: number): boolean {
  if (offset <= 0) return false;
  if (offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2))) return wordCharAt(text, offset - 2) > 0;
  return wordCharAt(text, offset - 1) > 0;
}

/**
 * The words of a string with a character on both sides of them in it: wherever the string stands, they stand whole
 * (at its edges, a text's word may be longer). Not beside half a surrogate pair at an edge, which the text may
 * complete into a letter.
 */
function innerWords(quote: string): { word: string; at: number }[] {
  const inner: { word: string; at: number }[] = [];
  const last = quote.length - 1;
  eachWord(quote, (word, at) => {
    const end = at + word.length;
    if (at === 0 || end > last) return;
    if (at === 1 && isLowSurrogate(quote.charCodeAt(0))) return;
    if (end === last && isHighSurrogate(quote.charCodeAt(last))) return;
    inner.push({ word, at });
  });
  return inner;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Passes over a text that a `TextSearch` scans before it indexes the text's words instead: indexing a text costs
 * about sixteen scans for a word (measured on the re-anchoring corpus), so at most half an index is spent on scans
 * when the index is needed after all.
 */
const SCAN_PASSES = 8;
/**
 * Most characters a `TextSearch` scans in all: a long text (an article of 200,000 characters, with its hundreds of
 * claims) is indexed at once. Scanning it first cost its re-anchoring a tenth more.
 */
const SCAN_CHARACTERS = 32_000;

/**
 * Where strings and whole words stand in one text, for many questions about it. They are answered by scanning the
 * text (`indexOf`) until the scans have cost SCAN_PASSES passes (or SCAN_CHARACTERS), then through an index of its
 * words, built once:
 * the rarest whole word inside a string, checked in full. A few questions about a short text (most revisions) then
 * cost a few scans, and many (a long article's claims) one index. Answers are remembered.
 */
export class TextSearch {
  private index: Map<string, number[]> | null = null;
  private scanned = 0;
  private readonly strings = new Map<string, number[]>();
  private readonly words = new Map<string, number[]>();

  constructor(
    readonly text: string,
    private readonly scanPasses = SCAN_PASSES,
  ) {}

  /** Every offset where `quote` stands (overlapping ones included), ascending. */
  all(quote: string): number[] {
    if (quote === '') return [];
    const known = this.strings.get(quote);
    if (known) return known;
    const inner = innerWords(quote);
    // (A string without a whole word inside it is scanned for in any case: no index helps.)
    const found = inner.length === 0 || this.scan() ? this.occurrences(quote) : this.throughIndex(quote, inner);
    this.strings.set(quote, found);
    return found;
  }

  /** True when `quote` stands in the text (the empty string always does). */
  has(quote: string): boolean {
    return quote === '' || this.all(quote).length > 0;
  }

  /** Every offset where `word` (a word as `eachWord` cuts a text) stands whole, ascending: what `indexWords` holds for it. */
  wordPlaces(word: string): number[] {
    const known = this.words.get(word);
    if (known) return known;
    const { text } = this;
    const whole = (at: number) => !wordCharBefore(text, at) && (at + word.length >= text.length || wordCharAt(text, at + word.length) === 0);
    const found = this.scan() ? this.occurrences(word).filter(whole) : (this.indexed().get(word) ?? []);
    this.words.set(word, found);
    return found;
  }

  private occurrences(quote: string): number[] {
    const found: number[] = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) found.push(at);
    return found;
  }

  /** The places of the rarest whole word inside `quote`, checked in full. */
  private throughIndex(quote: string, inner: { word: string; at: number }[]): number[] {
    const index = this.indexed();
    let rarest = inner[0]!;
    for (const entry of inner) if ((index.get(entry.word)?.length ?? 0) < (index.get(rarest.word)?.length ?? 0)) rarest = entry;
    const found: number[] = [];
    for (const at of index.get(rarest.word) ?? []) {
      const start = at - rarest.at;
      if (start >= 0 && this.text.startsWith(quote, start)) found.push(start);
    }
    return found;
  }

  /** True when the next question is answered by a scan (and counts it). */
  private scan(): boolean {
    if (this.index || this.scanned + this.text.length > Math.min(this.scanPasses * this.text.length, SCAN_CHARACTERS)) return false;
    this.scanned += this.text.length;
    return true;
  }

  private indexed(): Map<string, number[]> {
    return (this.index ??= indexWords(this.text));
  }
}
