import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterAt, isGraphemeBoundary, snapBackward, snapForward } from './graphemes.ts';

// جلستَيْن: the tā' carries a fatha (U+064E), the yā' a sukun (U+0652).
const WORD = 'جلستَيْن';
const FATHA_AT = WORD.indexOf('\u064E');

describe('isGraphemeBoundary', () => {
  it('treats a letter and its harakat as one cluster', () => {
    expect(FATHA_AT).toBe(4);
    expect(isGraphemeBoundary(WORD, FATHA_AT)).toBe(false);
    expect(isGraphemeBoundary(WORD, FATHA_AT - 1)).toBe(true);
    expect(isGraphemeBoundary(WORD, FATHA_AT + 1)).toBe(true);
  });

  it('keeps a surrogate pair and an emoji sequence whole', () => {
    const text = 'a😀b👨‍👩‍👧c🇸🇾';
    expect(isGraphemeBoundary(text, 2)).toBe(false);
    expect(isGraphemeBoundary(text, 3)).toBe(true);
    const family = text.indexOf('👨');
    expect(isGraphemeBoundary(text, family + 2)).toBe(false);
    expect(isGraphemeBoundary(text, family + 3)).toBe(false);
    const flag = text.indexOf('🇸');
    expect(isGraphemeBoundary(text, flag + 2)).toBe(false);
    expect(isGraphemeBoundary(text, text.length)).toBe(true);
  });

  it('agrees with Intl.Segmenter at every offset of mixed scripts, marks, joiners and controls (property)', () => {
    const pieces = fc.constantFrom(
      'ج', 'ل', 'ا', 'ى', 'ة', '٣', '،', '؟', 'a', 'Z', '7', ' ', '.', '«', '»', 'é', '—', '\t', '\n', '\r',
      '\u064e', '\u0651', '\u0652', '\u0670', '\u0300', '\u200d', '\u200c', '\u0600', '\u06dd', '\u0640',
      'क', '\u094d', 'ष', '\u093e', '😀', '\ud83c\udde6', '\ud83c\uddea', '\u1100', '\u1161', '\u00ad', '\ufe0f',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const boundaries = new Set(Array.from(new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text), (segment) => segment.index));
        boundaries.add(text.length);
        for (let offset = 0; offset <= text.length; offset += 1) {
          expect(isGraphemeBoundary(text, offset), `offset ${offset} of ${JSON.stringify(text)}`).toBe(boundaries.has(offset));
          const back = snapBackward(text, offset);
          expect(boundaries.has(back) && back <= offset).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('counts both ends of the text as boundaries', () => {
    expect(isGraphemeBoundary('abc', 0)).toBe(true);
    expect(isGraphemeBoundary('abc', 3)).toBe(true);
    expect(isGraphemeBoundary('', 0)).toBe(true);
  });
});

describe('snapBackward and snapForward', () => {
  it('move an offset inside a cluster to its edges', () => {
    expect(snapBackward(WORD, FATHA_AT)).toBe(FATHA_AT - 1);
    expect(snapForward(WORD, FATHA_AT)).toBe(FATHA_AT + 1);
    expect(clusterAt(WORD, FATHA_AT)).toEqual([FATHA_AT - 1, FATHA_AT + 1]);
  });

  it('leave a boundary where it is', () => {
    expect(snapBackward(WORD, 2)).toBe(2);
    expect(snapForward(WORD, 2)).toBe(2);
  });
});
