import { describe, expect, it } from 'vitest';
import { type RatingPair, cohensKappa, krippendorffAlpha, rawAgreement } from './agreement.ts';

/** `count` copies of one pair. */
function times<T extends string>(count: number, pair: RatingPair<T>): RatingPair<T>[] {
  return Array.from({ length: count }, () => pair);
}

describe(cohensKappa.name, () => {
  it('gives 0.4 on the textbook table of 50 items (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)', () => {
    const pairs = [...times(20, ['yes', 'yes']), ...times(5, ['yes', 'no']), ...times(10, ['no', 'yes']), ...times(15, ['no', 'no'])];
    expect(rawAgreement(pairs)).toBeCloseTo(0.7, 10);
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  it('tells apart two tables with the same raw agreement by their marginals (0.1304 and 0.2593)', () => {
    const balanced = [...times(45, ['yes', 'yes']), ...times(15, ['yes', 'no']), ...times(25, ['no', 'yes']), ...times(15, ['no', 'no'])];
    const skewed = [...times(25, ['yes', 'yes']), ...times(35, ['yes', 'no']), ...times(5, ['no', 'yes']), ...times(35, ['no', 'no'])];
    expect(rawAgreement(balanced)).toBeCloseTo(0.6, 10);
    expect(rawAgreement(skewed)).toBeCloseTo(0.6, 10);
    expect(cohensKappa(balanced)).toBeCloseTo(0.06 / 0.46, 10);
    expect(cohensKappa(skewed)).toBeCloseTo(0.14 / 0.54, 10);
  });

  it('is 1 for perfect agreement with more than one category, and negative below chance', () => {
    expect(cohensKappa([['false', 'false'], ['true', 'true'], ['misleading', 'misleading']])).toBe(1);
    expect(cohensKappa([['true', 'false'], ['false', 'true']])).toBe(-1);
  });

  it('is undefined (null) with no pairs and when both raters used one category throughout', () => {
    expect(cohensKappa([])).toBeNull();
    expect(rawAgreement([])).toBeNull();
    expect(cohensKappa(times(4, ['false', 'false']))).toBeNull();
    expect(rawAgreement(times(4, ['false', 'false']))).toBe(1);
  });
});

describe(krippendorffAlpha.name, () => {
  it('gives 0.095 on the binary data of two observers in Krippendorff (2011)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = krippendorffAlpha(a.map((value, unit) => [value, b[unit]!]), 'nominal');
    expect(alpha).toBeCloseTo(1 - (19 * 8) / (2 * 14 * 6), 10);
    expect(alpha!.toFixed(3)).toBe('0.095');
  });

  // Krippendorff (2011), section C: four observers, twelve units, values 1-5, missing data.
  const observers: (number | null)[][] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = Array.from({ length: 12 }, (_, unit) => observers.map((row) => row[unit]).filter((value): value is number => value !== null));

  it('gives the published nominal, ordinal and interval figures on data with missing values (0.743, 0.815, 0.849)', () => {
    expect(krippendorffAlpha(units, 'nominal')!.toFixed(3)).toBe('0.743');
    expect(krippendorffAlpha(units, 'ordinal')!.toFixed(3)).toBe('0.815');
    expect(krippendorffAlpha(units, 'interval')!.toFixed(3)).toBe('0.849');
  });

  it('leaves out units rated once: the twelfth unit above changes nothing', () => {
    expect(krippendorffAlpha(units.slice(0, 11), 'ordinal')).toBeCloseTo(krippendorffAlpha(units, 'ordinal')!, 12);
  });

  it('is 1 for perfect agreement with variation, for two raters as for many', () => {
    expect(krippendorffAlpha([[5, 5], [1, 1], [3, 3, 3]], 'ordinal')).toBe(1);
  });

  it('is undefined (null) with no overlap, with no data, and when every value is the same', () => {
    expect(krippendorffAlpha([[5], [1], [3]], 'ordinal')).toBeNull();
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
    expect(krippendorffAlpha([[4, 4], [4, 4, 4]], 'interval')).toBeNull();
  });

  it('refuses category keys at the ordinal level', () => {
    expect(() => krippendorffAlpha([['true', 'false']], 'ordinal')).toThrow(TypeError);
  });
});
