import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, checkSpan, spanContext } from './quote.ts';

const TEXT = 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف';

describe('checkSpan', () => {
  const start = TEXT.indexOf('الإبراهيمي');
  const end = start + 'الإبراهيمي'.length;

  it('accepts the exact text at its offsets', () => {
    expect(checkSpan(TEXT, start, end, 'الإبراهيمي')).toBeNull();
  });

  it('rejects a quote that does not match the text', () => {
    expect(checkSpan(TEXT, start, end, 'الابراهيمي')?.code).toBe('quote_mismatch');
  });

  it('rejects offsets out of range, reversed or empty', () => {
    expect(checkSpan(TEXT, -1, 3, 'x')?.code).toBe('offsets_out_of_range');
    expect(checkSpan(TEXT, 0, TEXT.length + 1, 'x')?.code).toBe('offsets_out_of_range');
    expect(checkSpan(TEXT, 5, 3, 'x')?.code).toBe('offsets_reversed');
    expect(checkSpan(TEXT, 3, 3, '')?.code).toBe('empty_span');
  });

  it('rejects offsets that split a letter from its harakat', () => {
    const fatha = TEXT.indexOf('\u064E');
    const wordStart = TEXT.indexOf('جلست');
    const problem = checkSpan(TEXT, wordStart, fatha, TEXT.slice(wordStart, fatha));
    expect(problem?.code).toBe('splits_grapheme');
    expect(problem?.message).toMatch(/grapheme cluster/);
  });

  it('rejects a whitespace-only quote', () => {
    const space = TEXT.indexOf(' ');
    expect(checkSpan(TEXT, space, space + 1, ' ')?.code).toBe('whitespace_only_quote');
  });
});

describe('spanContext', () => {
  it('keeps at most 32 characters each side', () => {
    const text = `${'a'.repeat(50)}CLAIM${'b'.repeat(50)}`;
    const { prefix, suffix } = spanContext(text, 50, 55);
    expect(prefix).toBe('a'.repeat(CONTEXT_LENGTH));
    expect(suffix).toBe('b'.repeat(CONTEXT_LENGTH));
  });

  it('shortens context that would cut a cluster', () => {
    const text = `😀${'a'.repeat(31)}CLAIM`;
    // 33 code units precede the claim; 32 back lands inside the emoji's pair.
    const { prefix } = spanContext(text, 33, 38);
    expect(prefix).toBe('a'.repeat(31));
  });

  it('stops at the ends of the text', () => {
    expect(spanContext('abc', 1, 2)).toEqual({ prefix: 'a', suffix: 'c' });
  });
});
