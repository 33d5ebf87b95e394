import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord, indexWords } from './words.ts';

const WORD = /[\p{L}\p{N}]+/gu;

describe('words', () => {
  it('finds the words the expression finds, surrogate pairs and lone surrogates included (property)', () => {
    const pieces = fc.constantFrom('جنيفُ', 'الأمم', '2014', '٣', 'UN', ' ', '\n', '.', '«', '\u200c', '\u0640', '😀', '𝐀', '\ud800', '\udc00', '\u0651', '-');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found: [string, number][] = [];
        eachWord(text, (word, start) => found.push([word, start]));
        expect(found).toEqual(Array.from(text.matchAll(WORD), (match) => [match[0], match.index]));
      }),
      { numRuns: 500 },
    );
  });

  it('indexes each word at every offset it stands at, a mark ending a word', () => {
    const index = indexWords('قال جنيفُ 2 ثم جنيف');
    expect(index.get('جنيف')).toEqual([4, 15]);
    expect(index.get('2')).toEqual([10]);
    expect(index.has('جنيفُ')).toBe(false);
  });
});
