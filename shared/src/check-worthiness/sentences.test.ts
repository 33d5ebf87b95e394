import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary } from '../text/graphemes.ts';
import { splitSentences } from './sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe(splitSentences.name, () => {
  it('splits English at . ! ? and keeps decimals, initials and titles inside', () => {
    expect(texts('Inflation fell to 3.1% in the U.S. last year. Mr. Smith said so! Really? Yes.')).toEqual([
      'Inflation fell to 3.1% in the U.S. last year.',
      'Mr. Smith said so!',
      'Really?',
      'Yes.',
    ]);
  });

  it('splits Arabic at . ؟ ؛ and line breaks, not at the Arabic comma', () => {
    expect(texts('قال الوزير، في بيان، إن العدد ارتفع. هل هذا صحيح؟ نعم؛ هذا صحيح\nسطر جديد')).toEqual([
      'قال الوزير، في بيان، إن العدد ارتفع.',
      'هل هذا صحيح؟',
      'نعم؛',
      'هذا صحيح',
      'سطر جديد',
    ]);
  });

  it('keeps a closing quote with its sentence and the Arabic decimal separator inside a number', () => {
    expect(texts('قال: «بلغ العجز ٧٫٥ في المئة.» ثم غادر.')).toEqual(['قال: «بلغ العجز ٧٫٥ في المئة.»', 'ثم غادر.']);
    expect(texts('He said "it is over." Then he left.')).toEqual(['He said "it is over."', 'Then he left.']);
  });

  it('gives offsets into the text, on grapheme boundaries, with harakat kept', () => {
    const text = '  قالَ الوزيرُ إنّ العددَ ارتفعَ.   ثمّ غادرَ.  ';
    for (const s of splitSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(isGraphemeBoundary(text, s.start)).toBe(true);
      expect(isGraphemeBoundary(text, s.end)).toBe(true);
    }
    expect(texts(text)).toEqual(['قالَ الوزيرُ إنّ العددَ ارتفعَ.', 'ثمّ غادرَ.']);
  });

  it('skips runs of punctuation or white space that hold no words', () => {
    expect(texts('...\n\n  ؟ \nA real one.')).toEqual(['A real one.']);
    expect(texts('')).toEqual([]);
  });
});
