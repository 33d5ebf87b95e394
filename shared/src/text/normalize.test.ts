import { describe, expect, it } from 'vitest';
import { canonicalLine, canonicalText } from './normalize.ts';

describe('canonicalText', () => {
  it('composes to NFC and unifies line breaks', () => {
    expect(canonicalText('Cafe\u0301\r\nline\rthree')).toBe('Café\nline\nthree');
  });

  it('leaves Arabic harakat in place', () => {
    const word = 'جلستَيْن';
    expect(canonicalText(word)).toBe(word);
  });
});

describe('canonicalLine', () => {
  it('folds runs of white space and trims', () => {
    expect(canonicalLine('  a \n b\t c ')).toBe('a b c');
  });
});
