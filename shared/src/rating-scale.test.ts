import { describe, expect, it } from 'vitest';
import { BODY_TEXT_COLOR as BODY_TEXT, contrastRatio as contrast } from './color.ts';
import { RATING_KEYS, RATING_SCALE, UNRATED_STYLE, isRatingKey, ratingFor } from './rating-scale.ts';

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
