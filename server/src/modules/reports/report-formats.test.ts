import { describe, expect, it } from 'vitest';
import { csvCell } from './report-formats.ts';
import { arabicCount } from './report-labels.ts';

describe(csvCell.name, () => {
  it('quotes a cell holding a lone line feed or carriage return, not only CRLF', () => {
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes a cell with white space at an end, but not one whose leading tab the apostrophe covers', () => {
    expect(csvCell(' a')).toBe('" a"');
    expect(csvCell('a ')).toBe('"a "');
    expect(csvCell('\ta')).toBe("'\ta");
  });

  it('neutralises the full-width formula signs too', () => {
    expect(['＝1', '＋1', '－1', '＠x'].map(csvCell)).toEqual(["'＝1", "'＋1", "'－1", "'＠x"]);
  });

  it('writes numbers as they are', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(12)).toBe('12');
  });
});

describe('arabicCount', () => {
  it('gives a counted noun the Arabic form its number takes', () => {
    const forms = { zero: '# ادعاء', one: 'ادعاء واحد', two: 'ادعاءين', few: '# ادعاءات', many: '# ادعاءً', other: '# ادعاء' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => arabicCount(count, forms))).toEqual([
      '0 ادعاء',
      'ادعاء واحد',
      'ادعاءين',
      '3 ادعاءات',
      '10 ادعاءات',
      '11 ادعاءً',
      '99 ادعاءً',
      '100 ادعاء',
      '102 ادعاء',
    ]);
  });
});
