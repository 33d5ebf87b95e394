import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary } from './graphemes.ts';
import { codePointLength, shortenText } from './shorten.ts';

describe('shortenText', () => {
  it('returns text that fits unchanged apart from collapsed whitespace', () => {
    expect(shortenText('  قال   الوزير\nإن الاتفاق  ', 75)).toBe('قال الوزير إن الاتفاق');
  });

  it('cuts a long Arabic quote at a word boundary, under the limit, with an ellipsis', () => {
    const quote = 'إنَّ مُؤتمرَ جنيف 2 سيُعقَد في موعدِه المحدَّد، وإنَّ جميعَ الأطرافِ قد وافقت على الحضورِ دونَ شروطٍ مسبقة';
    const short = shortenText(quote, 75);
    expect(codePointLength(short)).toBeLessThan(75);
    expect(short.endsWith('…')).toBe(true);
    expect(quote.startsWith(short.slice(0, -1))).toBe(true);
    // The cut falls between words.
    expect(quote[short.length - 1]).toBe(' ');
  });

  it('never separates harakat from their letter, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('بَ', 'تِّ', 'ثُ', 'ج', ' ', 'a', '😀', '،'), { minLength: 1, maxLength: 200 }), fc.integer({ min: 5, max: 80 }), (parts, limit) => {
        const text = parts.join('').replace(/\s+/gu, ' ').trim();
        const short = shortenText(text, limit);
        if (!short.endsWith('…')) {
          expect(short).toBe(text);
          expect(codePointLength(text)).toBeLessThan(limit);
        } else {
          const kept = short.slice(0, -1);
          expect(codePointLength(short)).toBeLessThan(limit);
          expect(text.startsWith(kept)).toBe(true);
          expect(isGraphemeBoundary(text, kept.length)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
