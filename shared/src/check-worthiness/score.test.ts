import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS } from './features.ts';
import { BIAS, DEFAULT_THRESHOLD, FEATURE_WEIGHTS, MIN_WORDS, SHORT_PENALTY_PER_WORD, scoreSentence, suggestCheckWorthy } from './score.ts';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe(scoreSentence.name, () => {
  it('is the bias plus each kind found once, squashed, as documented', () => {
    const sentence = 'Police arrested 45 people and 60 more were detained in the capital.';
    const { logit, score, features } = scoreSentence(sentence);
    const kinds = new Set(features.map((f) => f.kind));
    expect(features.filter((f) => f.kind === 'number')).toHaveLength(2);
    const expected = BIAS + [...kinds].reduce((sum, kind) => sum + FEATURE_WEIGHTS[kind], 0);
    expect(logit).toBeCloseTo(expected, 10);
    expect(score).toBeCloseTo(sigmoid(expected), 10);
  });

  it('weighs every positive kind above zero and opinion and questions below', () => {
    for (const kind of FEATURE_KINDS) {
      if (kind === 'opinion' || kind === 'question') expect(FEATURE_WEIGHTS[kind]).toBeLessThan(0);
      else expect(FEATURE_WEIGHTS[kind]).toBeGreaterThan(0);
    }
    expect(FEATURE_WEIGHTS.percentage).toBeGreaterThan(FEATURE_WEIGHTS.number);
  });

  it('does not suggest a sentence with no feature, nor one with a single weak feature', () => {
    expect(scoreSentence('It was a cold and quiet evening in the village.').score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(sigmoid(BIAS + FEATURE_WEIGHTS.date)).toBeLessThan(DEFAULT_THRESHOLD);
    expect(sigmoid(BIAS + FEATURE_WEIGHTS.entity)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('suggests a percentage with a source, in Arabic and in English', () => {
    expect(scoreSentence('أعلنت وزارة المالية أن العجز بلغ ٧٫٥٪ من الناتج المحلي.').score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(scoreSentence('The finance ministry said the deficit reached 7.5% of output.').score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('lowers the score by the opinion weight when an opinion marker is added', () => {
    const plain = scoreSentence('قال الوزير إن عدد العاطلين بلغ ٣٠ ألفاً.');
    const opinion = scoreSentence('أعتقد أن الوزير قال إن عدد العاطلين بلغ ٣٠ ألفاً.');
    expect(opinion.logit).toBeCloseTo(plain.logit + FEATURE_WEIGHTS.opinion, 10);
    expect(opinion.score).toBeLessThan(plain.score);
  });

  it('takes the short-sentence penalty per missing word below the minimum', () => {
    const short = scoreSentence('Prices rose 40%.');
    const kinds = new Set(short.features.map((f) => f.kind));
    const base = BIAS + [...kinds].reduce((sum, kind) => sum + FEATURE_WEIGHTS[kind], 0);
    expect(short.logit).toBeCloseTo(base - (MIN_WORDS - 3) * SHORT_PENALTY_PER_WORD, 10);
  });

  it('matches Arabic words whatever their harakat', () => {
    expect(scoreSentence('قالَ الوزيرُ إنّ الإصاباتِ ارتفعتْ إلى ١٢٠٠ حالةٍ.').logit).toBeCloseTo(scoreSentence('قال الوزير إن الإصابات ارتفعت إلى ١٢٠٠ حالة.').logit, 10);
  });
});

describe(suggestCheckWorthy.name, () => {
  it('suggests check-worthy sentences of a text with offsets into it and features in text offsets', () => {
    const text = 'أعتقد أن علينا أن نصبر.\nوقال وزير الصحة إن عدد الإصابات ارتفع إلى ١٢٠٠ حالة في كانون الثاني.';
    const [only, ...rest] = suggestCheckWorthy(text);
    expect(rest).toEqual([]);
    expect(only!.text).toBe(text.slice(only!.start, only!.end));
    expect(only!.text.startsWith('وقال')).toBe(true);
    for (const f of only!.features) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('suggests more with a lower threshold and nothing with a threshold of 1', () => {
    const text = 'The minister met the ambassador. Prices rose 40% in March, the bank said.';
    expect(suggestCheckWorthy(text, 1)).toEqual([]);
    expect(suggestCheckWorthy(text, 0.01).length).toBeGreaterThan(suggestCheckWorthy(text).length);
  });
});
