import { snapBackward, snapForward } from '../text/graphemes.ts';

/** One sentence of a text, as a span of that text in UTF-16 code units. */
export interface SentenceSpan {
  /** Offset of the sentence's first character. */
  start: number;
  /** Offset just past its last character (its closing punctuation and quotes included). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

/** Punctuation that ends a sentence: Latin . ! ? … and Arabic ؟ ؛ and the Arabic full stop ۔. */
const TERMINAL = new Set(['.', '!', '?', '…', '؟', '؛', '۔']);
/** Closing marks that stay with the sentence they close. */
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '›']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/**
 * True when the full stop at `i` does not end a sentence: a decimal point
 * (3.5), an initial or abbreviation inside a word (U.S.), a single capital
 * letter before it (J. Smith) or a common English title (Mr. Dr.).
 */
function isInnerDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1];
  if (/\d/u.test(before) && after !== undefined && /\d/u.test(after)) return true;
  if (after !== undefined && !isSpace(after) && !CLOSERS.has(after) && !TERMINAL.has(after)) return true;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
  if (/^[A-Z]$/u.test(word)) return true;
  return /^(Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|No|vs|etc|Inc|Ltd|Co)$/u.test(word);
}

/**
 * Splits `text` (canonical: NFC, `\n` line breaks) into sentences. A sentence
 * ends at . ! ? … ؟ ؛ (with the quotes and brackets that close it) or at a
 * line break; the Arabic comma ، does not end one, because Arabic prose joins
 * long runs of clauses with it and a clause cut there is rarely a whole claim.
 * Leading and trailing white space is left out, and every edge lies on a
 * grapheme boundary, so a suggestion can become a claim as it is.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && isSpace(text[a])) a += 1;
    while (b > a && isSpace(text[b - 1])) b -= 1;
    a = snapBackward(text, a);
    b = snapForward(text, b);
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) spans.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!TERMINAL.has(ch)) continue;
    if (ch === '.' && isInnerDot(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
    if (end < text.length && !isSpace(text[end])) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}
