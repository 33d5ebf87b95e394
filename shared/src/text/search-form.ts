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

/** Each BMP code unit's search form when it is one code unit (its code), EMPTY when removed, UNKNOWN else or not yet known. */
const singleUnit = new Int32Array(0x10000).fill(-2);
const EMPTY = -1;
const UNKNOWN = -2;
/** A decoder of code units (a byte order mark kept as a character). */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Code units turned into a string at a time (String.fromCharCode takes them as arguments). */
const DECODE_CHUNK = 8192;

/**
 * Computes the search form of `text` with its offset map back to `text`: each
 * code point's form (`formOf`) in order. Most characters fold to one code
 * unit, looked up in a table filled as they are met; the rest (removed marks,
 * expansions, astral characters) take the general way.
 */
export function toSearchForm(text: string): SearchForm {
  let units = new Uint16Array(text.length + 16);
  let map = new Int32Array(text.length + 17);
  let n = 0;
  // Whether the form holds half a surrogate pair, which only String.fromCharCode keeps as it is.
  let lone = false;
  const room = (more: number) => {
    if (n + more < units.length) return;
    const size = Math.max(units.length * 2, n + more + 16);
    const grownUnits = new Uint16Array(size);
    grownUnits.set(units);
    units = grownUnits;
    const grownMap = new Int32Array(size + 1);
    grownMap.set(map);
    map = grownMap;
  };
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    let single = surrogate ? UNKNOWN : singleUnit[unit]!;
    if (single === UNKNOWN && !surrogate) {
      const piece = formOf(unit);
      single = piece === '' ? EMPTY : piece.length === 1 ? piece.charCodeAt(0) : UNKNOWN;
      // Only when the cache keeps it: a one-unit form read from the table is then the form `formOf` gives.
      if (single !== UNKNOWN) singleUnit[unit] = single;
    }
    if (single === EMPTY) {
      i += 1;
      continue;
    }
    if (single !== UNKNOWN) {
      room(1);
      units[n] = single;
      map[n] = i;
      n += 1;
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp >= 0xd800 && cp <= 0xdfff) lone = true;
    const piece = formOf(cp);
    room(piece.length);
    for (let k = 0; k < piece.length; k += 1) {
      units[n] = piece.charCodeAt(k);
      map[n] = i;
      n += 1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  map[n] = text.length;
  // Decoding the units as UTF-16 took a fourth of the time String.fromCharCode did; it would replace a lone surrogate.
  if (!lone) return { form: utf16.decode(units.subarray(0, n)), map: map.slice(0, n + 1) };
  let form = '';
  for (let from = 0; from < n; from += DECODE_CHUNK) {
    form += String.fromCharCode.apply(null, units.subarray(from, Math.min(n, from + DECODE_CHUNK)) as unknown as number[]);
  }
  return { form, map: map.slice(0, n + 1) };
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
