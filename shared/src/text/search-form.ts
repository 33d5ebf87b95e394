/**
 * The search form of a text: what matching compares, never what is stored.
 * It removes Arabic harakat (U+064B..U+065F, U+0670), Quranic annotation
 * marks and tatweel (U+0640); folds alef forms (أ إ آ ٱ) to bare alef, alef
 * maqsura (ى) to ya (ي) and ta marbuta (ة) to ha (ه); maps Arabic-Indic and
 * Persian digits to ASCII; applies NFKC (presentation forms such as the
 * lam-alef ligature ﻻ become their letters) and folds case.
 *
 * `map[i]` is the offset in the original of the code point that produced
 * character `i` of the search form; `map[form.length]` is the original's
 * length. The map is non-decreasing and every entry lies in [0, original.length].
 */
export interface SearchForm {
  /** The normalised text. */
  form: string;
  /** Offset in the original for each code unit of `form`, plus one entry for its end. */
  map: Int32Array;
}

const REMOVED = (cp: number): boolean =>
  (cp >= 0x064b && cp <= 0x065f) || // harakat, tanwin, shadda, sukun and extended marks
  cp === 0x0670 || // superscript alef
  cp === 0x0640 || // tatweel
  (cp >= 0x0610 && cp <= 0x061a) || // honorific and Quranic marks above letters
  (cp >= 0x06d6 && cp <= 0x06dc) || // small high Quranic marks
  (cp >= 0x06df && cp <= 0x06e8) ||
  (cp >= 0x06ea && cp <= 0x06ed) ||
  (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2) || // extended Arabic marks
  cp === 0x200c || // zero-width non-joiner
  cp === 0x200d || // zero-width joiner
  cp === 0x200e || // left-to-right mark
  cp === 0x200f || // right-to-left mark
  cp === 0x061c || // Arabic letter mark
  cp === 0x00ad; // soft hyphen

const FOLD: Record<number, string> = {
  0x0622: 'ا', // آ
  0x0623: 'ا', // أ
  0x0625: 'ا', // إ
  0x0671: 'ا', // ٱ
  0x0672: 'ا',
  0x0673: 'ا',
  0x0649: 'ي', // ى alef maqsura
  0x0629: 'ه', // ة ta marbuta
  0x06cc: 'ي', // Persian yeh
  0x06a9: 'ك', // Persian keheh
};

function foldCodePoint(cp: number): string {
  if (REMOVED(cp)) return '';
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  const folded = FOLD[cp];
  if (folded !== undefined) return folded;
  return String.fromCodePoint(cp);
}

const cache = new Map<number, string>();

/** The search form of one code point (possibly empty, possibly several characters). */
function formOf(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let result = '';
  if (cp < 0x80) {
    result = String.fromCharCode(cp).toLowerCase();
  } else {
    // NFKC first (ligatures and presentation forms expand), then the Arabic folds, then case.
    const compat = String.fromCodePoint(cp).normalize('NFKC');
    for (const piece of compat) result += foldCodePoint(piece.codePointAt(0)!);
    result = result.toLowerCase();
  }
  if (cache.size < 20_000) cache.set(cp, result);
  return result;
}

/** Computes the search form of `text` with its offset map back to `text`. */
export function toSearchForm(text: string): SearchForm {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = formOf(cp);
    if (piece !== '') {
      parts.push(piece);
      for (let k = 0; k < piece.length; k += 1) map.push(i);
    }
    i += width;
  }
  map.push(text.length);
  return { form: parts.join(''), map: Int32Array.from(map) };
}

/** The search form alone, for queries and indexing. */
export function searchForm(text: string): string {
  return toSearchForm(text).form;
}

/**
 * The span of the original covered by [start, end) of its search form. The end
 * runs up to the next kept character, so marks removed after the last matched
 * letter (its harakat) are included.
 */
export function originalSpan(form: SearchForm, start: number, end: number): { start: number; end: number } {
  const from = form.map[Math.max(0, Math.min(start, form.form.length))]!;
  const to = form.map[Math.max(0, Math.min(end, form.form.length))]!;
  return { start: from, end: Math.max(from, to) };
}

/**
 * Every match of `query` in `text` compared in search form, as spans of the
 * original text, in order and not overlapping.
 */
export function findAll(text: string | SearchForm, query: string, limit = 10_000): { start: number; end: number }[] {
  const haystack = typeof text === 'string' ? toSearchForm(text) : text;
  const needle = searchForm(query).trim();
  if (needle === '') return [];
  const matches: { start: number; end: number }[] = [];
  let from = 0;
  while (matches.length < limit) {
    const at = haystack.form.indexOf(needle, from);
    if (at < 0) break;
    matches.push(originalSpan(haystack, at, at + needle.length));
    from = at + needle.length;
  }
  return matches;
}
