/** Writing direction of a text block. */
export type Direction = 'ltr' | 'rtl';

/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The direction a language is written in, from its BCP 47 tag (script subtags respected). */
export function directionOf(language: string): Direction {
  const tag = language.toLowerCase();
  if (/-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)\b/.test(tag)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(tag)) return 'ltr';
  const primary = tag.split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const PERSIAN_ONLY = /[پچژگی]/gu;
const URDU_ONLY = /[ٹڈڑںےھ]/gu;
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const GREEK = /\p{Script=Greek}/gu;
const LATIN = /\p{Script=Latin}/gu;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const DEVANAGARI = /\p{Script=Devanagari}/gu;

/** Frequent short words of Latin-script languages, to tell them apart. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'said', 'are'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'dans', 'pour', 'qui', 'sur', 'pas', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una', 'con', 'para', 'es', 'se'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'von', 'zu', 'auf', 'den', 'sich'],
  pt: ['o', 'os', 'e', 'que', 'não', 'uma', 'com', 'para', 'do', 'da', 'em', 'por', 'são', 'foi'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'de', 'da', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'ama', 'değil'],
};

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Guesses the language of a text (a BCP 47 primary tag) from its scripts and,
 * for Latin script, its most frequent short words. Falls back to `en` for Latin
 * text and `und` (undetermined) when the text has no letters.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const scripts: [string, number][] = [
    ['ar', count(sample, ARABIC)],
    ['he', count(sample, HEBREW)],
    ['ru', count(sample, CYRILLIC)],
    ['el', count(sample, GREEK)],
    ['latin', count(sample, LATIN)],
    ['zh', count(sample, HAN)],
    ['ja', count(sample, KANA)],
    ['ko', count(sample, HANGUL)],
    ['hi', count(sample, DEVANAGARI)],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  const [top, topCount] = scripts[0]!;
  if (topCount === 0) return 'und';
  if (top === 'ar') {
    const arabic = topCount;
    if (count(sample, URDU_ONLY) > arabic * 0.01) return 'ur';
    if (count(sample, PERSIAN_ONLY) > arabic * 0.01) return 'fa';
    return 'ar';
  }
  if (top === 'zh' && count(sample, KANA) > 0) return 'ja';
  if (top !== 'latin') return top;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [language, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const score = words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** One letter of a left-to-right script (tested on one code point at a time, outside ASCII). */
const LTR_STRONG = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}]$/u;

/** Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms. */
const isRtlStrong = (code: number) => (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);

/**
 * The direction of one paragraph: the direction most of its strong letters
 * have, so an Arabic paragraph that opens with a Latin name stays right to
 * left (the browser's `dir="auto"` would take the first letter only).
 * Falls back to `fallback` when the paragraph has no strong letters.
 */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  // One pass over the code points, allocating nothing for the common letters: the article page runs this on every
  // paragraph of the text it opens, and matching with a global pattern built an array of every letter (ADR 036).
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) ltr += 1;
    } else if (isRtlStrong(code)) {
      rtl += 1;
    } else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i += 1;
      if (LTR_STRONG.test(String.fromCodePoint(point))) ltr += 1;
    }
  }
  if (rtl === 0 && ltr === 0) return fallback;
  if (rtl === ltr) return fallback;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * Splits canonical article text into paragraphs at line breaks, keeping each
 * paragraph's start offset in the text. Empty lines are kept out.
 */
export function splitParagraphs(text: string): { start: number; end: number; text: string }[] {
  const paragraphs: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') paragraphs.push({ start, end, text: line });
    start = end + 1;
  }
  return paragraphs;
}
