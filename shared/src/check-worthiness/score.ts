import { detectFeatures, type FeatureKind, type FeatureMatch } from './features.ts';
import { splitSentences } from './sentences.ts';

/**
 * The weight each kind of feature adds to a sentence's score (log-odds).
 * A kind counts once per sentence however often it occurs: three numbers are
 * not three times as check-worthy as one. Positive kinds are the signals
 * Full Fact's PASTEL and ClaimBuster found in claims worth checking; the two
 * negative kinds mark opinion and questions, which are not checkable as said.
 * Documented and argued in docs/decisions/032-check-worthiness-suggestions.md.
 */
export const FEATURE_WEIGHTS: Readonly<Record<FeatureKind, number>> = {
  /** A percentage (40%, ٤٠٪, 40 في المئة, "half of"): the strongest single sign. */
  percentage: 2.2,
  /** A number or a number word (1,200, ثلاثة آلاف, millions). */
  number: 1.6,
  /** A date: a month, a year, a weekday, "last week", كانون الثاني. */
  date: 1.0,
  /** A named person or institution: a title or office (الرئيس, وزير, ministry) or a capitalised name. */
  entity: 0.8,
  /** An attribution verb or source (قال, أكد, وفقاً لـ, said, according to, a report). */
  attribution: 1.2,
  /** A comparison, a superlative or a change (أكثر من, أكبر, ارتفع, more than, largest, fell). */
  comparison: 1.0,
  /** A causal link (بسبب, أدى إلى, because, led to). */
  causal: 0.8,
  /** An opinion or recommendation marker (أعتقد, يبدو, ربما, يجب, I think, should). */
  opinion: -1.8,
  /** A question mark: a question asserts nothing. */
  question: -2.0,
};

/** The score of a sentence with no feature at all, in log-odds. */
export const BIAS = -1.8;

/**
 * Log-odds added for every word short of `MIN_WORDS`: a fragment of three
 * words is rarely a whole claim.
 */
export const SHORT_PENALTY_PER_WORD = 0.4;
/** Sentences with at least this many words carry no length penalty. */
export const MIN_WORDS = 6;

/** Sentences scoring at least this (a probability-like value in (0, 1)) are suggested. */
export const DEFAULT_THRESHOLD = 0.5;

/** The scored verdict on one sentence. */
export interface SentenceScore {
  /** The sum of weights and bias, before squashing. */
  logit: number;
  /** `1 / (1 + e^-logit)`: comparable across sentences, 0.5 at a logit of 0. */
  score: number;
  /** Every feature found, as spans of the sentence. */
  features: FeatureMatch[];
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Scores one sentence: bias, plus each kind's weight once, minus the short-sentence penalty. */
export function scoreSentence(sentence: string): SentenceScore {
  const features = detectFeatures(sentence);
  const kinds = new Set(features.map((f) => f.kind));
  let logit = BIAS;
  for (const kind of kinds) logit += FEATURE_WEIGHTS[kind];
  logit -= Math.max(0, MIN_WORDS - wordCount(sentence)) * SHORT_PENALTY_PER_WORD;
  return { logit, score: 1 / (1 + Math.exp(-logit)), features };
}

/** A sentence suggested for checking, as a span of the whole text. */
export interface CheckWorthySentence {
  /** Offset of the sentence in the text (UTF-16 code units, on a grapheme boundary). */
  start: number;
  /** Offset just past it (on a grapheme boundary). */
  end: number;
  /** The sentence as written. */
  text: string;
  /** Its score in (0, 1). */
  score: number;
  /** The features that made it, as spans of the whole text. */
  features: FeatureMatch[];
}

/**
 * The sentences of `text` (canonical: NFC, `\n` line breaks) whose score
 * reaches `threshold`, in text order, each with the features that made it.
 */
export function suggestCheckWorthy(text: string, threshold = DEFAULT_THRESHOLD): CheckWorthySentence[] {
  const out: CheckWorthySentence[] = [];
  for (const sentence of splitSentences(text)) {
    const scored = scoreSentence(sentence.text);
    if (scored.score < threshold) continue;
    out.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score: scored.score,
      features: scored.features.map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start })),
    });
  }
  return out;
}
