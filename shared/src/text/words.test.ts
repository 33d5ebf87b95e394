import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextSearch, eachWord, indexWords } from './words.ts';

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

  describe('TextSearch', () => {
    const pieces = fc.constantFrom('جنيف', 'جنيفُ', 'ال', 'الأمم', '2014', 'UN', 'un', ' ', '\n', '.', '«', '\u0651', '😀', '𝐀', '\ud800', '-');
    const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
    const occurrences = (text: string, quote: string) => {
      const found: number[] = [];
      for (let at = text.indexOf(quote); at >= 0 && quote !== ''; at = text.indexOf(quote, at + 1)) found.push(at);
      return found;
    };

    it('finds every occurrence of a string, and every whole word, by scans and through its index alike (property)', () => {
      fc.assert(
        fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 12 }), fc.nat(3), (text, cuts, passes) => {
          // Quotes cut from the text (so most are found), asked of a search that indexes after `passes` scans.
          const search = new TextSearch(text, passes);
          const index = indexWords(text);
          for (const [from, length] of cuts) {
            const quote = text.slice(from % Math.max(1, text.length), (from % Math.max(1, text.length)) + length);
            expect(search.all(quote)).toEqual(occurrences(text, quote));
            expect(search.has(quote)).toBe(quote === '' ? true : text.includes(quote));
            eachWord(quote, (word) => expect(search.wordPlaces(word)).toEqual(index.get(word) ?? []));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('scans a short text for a few questions and indexes it for many', () => {
      const text = 'قال جنيف ثم جنيفُ و جنيف2 ثم جنيف';
      const at = (piece: string, from = 0) => text.indexOf(piece, from);
      const search = new TextSearch(text, 2);
      // «جنيف» whole: not inside «جنيف2», but before a haraka (a mark ends a word).
      expect(search.wordPlaces('جنيف')).toEqual([at('جنيف'), at('جنيفُ'), text.lastIndexOf('جنيف')]);
      expect(search.all('ثم جنيف')).toEqual([at('ثم'), text.lastIndexOf('ثم')]);
      // The third question comes after two passes: from the index, with the same answers.
      expect(search.wordPlaces('ثم')).toEqual([at('ثم'), text.lastIndexOf('ثم')]);
      expect(search.wordPlaces('جنيف2')).toEqual([at('جنيف2')]);
      expect(search.all('جنيف ثم')).toEqual([at('جنيف ثم')]);
    });

    it('does not take a word beside half a surrogate pair at the edge of a string as whole', () => {
      // «𝐀» is a letter: in the text, «جنيف» runs on into it.
      const text = '«جنيفجنيف𝐀';
      const quote = text.slice(0, text.length - 1);
      expect(new TextSearch(text, 0).all(quote)).toEqual([0]);
    });
  });
});
