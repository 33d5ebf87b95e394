import { describe, expect, it } from 'vitest';
import { RATING_KEYS, RATING_SCALE, UNRATED_STYLE, isRatingKey, ratingFor } from './rating-scale.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The article's body text colour (client/src/styles). */
const BODY_TEXT = '#1c1f23';

describe('RATING_SCALE', () => {
  it('has the seven default ratings with numbers 5..1 and two off-scale ratings', () => {
    expect(RATING_SCALE.map((rating) => rating.key)).toEqual([...RATING_KEYS]);
    expect(RATING_SCALE.map((rating) => rating.value)).toEqual([5, 4, 3, 2, 1, null, null]);
  });

  it('labels every rating in English and Arabic and defines it', () => {
    for (const rating of RATING_SCALE) {
      expect(rating.labelEn).not.toBe('');
      expect(rating.labelAr).toMatch(/[\u0600-\u06FF]/);
      expect(rating.definitionEn.length).toBeGreaterThan(10);
      expect(rating.definitionAr).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('gives white text AA contrast on each strong colour and body text AAA contrast on each tint', () => {
    for (const style of [...RATING_SCALE, UNRATED_STYLE]) {
      expect(contrast(style.color, '#ffffff'), style.labelEn).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.tint, BODY_TEXT), style.labelEn).toBeGreaterThanOrEqual(7);
    }
  });

  it('finds ratings by key', () => {
    expect(ratingFor('false').labelEn).toBe('False');
    expect(isRatingKey('false')).toBe(true);
    expect(isRatingKey('pants_on_fire')).toBe(false);
  });
});
