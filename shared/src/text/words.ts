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
