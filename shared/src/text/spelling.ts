import { searchForm } from './search-form.ts';

/**
 * A difference between two spellings of the same words that can change a word
 * (and so its meaning), which a reviewer must see: «إن» and «أن» are two
 * words, «مستشفى» and «مستشفي» may be a typo or a different word.
 * - `hamza`: hamza and alef forms (ا أ إ آ ٱ);
 * - `ta_marbuta`: ta marbuta against ha (ة ه);
 * - `alef_maqsura`: alef maqsura against ya (ى ي);
 * - `letters`: any other folded difference (digit forms, letter case,
 *   Persian letter forms, presentation forms).
 * Harakat, tatweel and invisible marks alone are no difference.
 */
export const SPELLING_DIFFERENCES = ['hamza', 'ta_marbuta', 'alef_maqsura', 'letters'] as const;
export type SpellingDifference = (typeof SPELLING_DIFFERENCES)[number];

/** Harakat, Quranic marks, superscript alef, tatweel and invisible format marks: what never changes a word. */
function quiet(cp: number): boolean {
  return (
    (cp >= 0x0610 && cp <= 0x061a) ||
    cp === 0x061c ||
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0640 ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06dc) ||
    (cp >= 0x06df && cp <= 0x06e8) ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2) ||
    (cp >= 0x200c && cp <= 0x200f) ||
    cp === 0x00ad
  );
}

const withoutQuietMarks = (text: string) =>
  Array.from(text.normalize('NFC'))
    .filter((char) => !quiet(char.codePointAt(0)!))
    .join('');

const ALEF_FORMS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ']);

function kindOf(a: string, b: string): SpellingDifference {
  if (ALEF_FORMS.has(a) && ALEF_FORMS.has(b)) return 'hamza';
  const pair = new Set([a, b]);
  if (pair.has('ة') && pair.has('ه')) return 'ta_marbuta';
  if (pair.has('ى') && pair.has('ي')) return 'alef_maqsura';
  return 'letters';
}

/**
 * What differs between two texts that are equal in search form, beyond
 * harakat and tatweel; empty when only those differ. Texts that are not equal
 * in search form differ in `letters`.
 */
export function spellingDifferences(before: string, after: string): SpellingDifference[] {
  const a = withoutQuietMarks(before);
  const b = withoutQuietMarks(after);
  if (a === b) return [];
  if (searchForm(a) !== searchForm(b)) return ['letters'];
  const found = new Set<SpellingDifference>();
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length !== right.length) return ['letters'];
  for (let i = 0; i < left.length; i += 1) if (left[i] !== right[i]) found.add(kindOf(left[i]!, right[i]!));
  return SPELLING_DIFFERENCES.filter((kind) => found.has(kind));
}

/**
 * The words whose spelling changed in a way that can change them, as
 * [before, after] pairs, for showing a reviewer (at most `limit`). Empty when
 * the two texts do not split into the same number of words.
 */
export function changedWords(before: string, after: string, limit = 3): [string, string][] {
  const a = before.split(/\s+/u).filter((word) => word !== '');
  const b = after.split(/\s+/u).filter((word) => word !== '');
  if (a.length !== b.length) return [];
  const pairs: [string, string][] = [];
  for (let i = 0; i < a.length && pairs.length < limit; i += 1) {
    if (a[i] !== b[i] && spellingDifferences(a[i]!, b[i]!).length > 0) pairs.push([a[i]!, b[i]!]);
  }
  return pairs;
}
