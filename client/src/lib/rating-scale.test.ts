import { describe, expect, it } from 'vitest';
import { UNRATED_STYLE } from '@sanad/shared/rating-scale';
import type { ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleOf, tallyStyles } from './rating-scale.ts';

function rating(key: string, labelEn: string, retiredAt: string | null = null): ScaleRating {
  return {
    key,
    labelEn,
    labelAr: `ar:${labelEn}`,
    value: null,
    color: `#${key.length.toString().padStart(6, '0')}`,
    tint: '#eeeeee',
    definitionEn: '',
    definitionAr: '',
    position: 0,
    retiredAt,
    inUse: 0,
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
  };
}

const scale = ratingScaleOf({
  ratings: [rating('true', 'True'), rating('half_true', 'Half true', '2025-02-01T00:00:00.000Z'), rating('false', 'False')],
});

describe('ratingScaleOf', () => {
  it('keeps every rating in order and offers only the active ones', () => {
    expect(scale.ratings.map((item) => item.key)).toEqual(['true', 'half_true', 'false']);
    expect(scale.active.map((item) => item.key)).toEqual(['true', 'false']);
    expect(scale.find('half_true')?.labelEn).toBe('Half true');
    expect(scale.find('nope')).toBeUndefined();
  });

  it('styles a rating from the scale, marking a retired one', () => {
    expect(scale.styleOf('false')).toEqual({ key: 'false', labelEn: 'False', labelAr: 'ar:False', color: '#000005', tint: '#eeeeee', retired: false });
    expect(scale.styleOf('half_true').retired).toBe(true);
  });

  it('styles no rating as Unrated', () => {
    expect(scale.styleOf(null)).toEqual({ key: 'unrated', ...UNRATED_STYLE, retired: false });
  });

  it('shows a key no longer on the scale as itself, in grey, retired', () => {
    expect(scale.styleOf('mostly_false')).toEqual({ key: 'mostly_false', labelEn: 'mostly false', labelAr: 'mostly false', color: UNRATED_STYLE.color, tint: UNRATED_STYLE.tint, retired: true });
  });
});

describe('tallyStyles', () => {
  const keys = (styles: { key: string }[]) => styles.map((style) => style.key);

  it('lists the active ratings then Unrated when nothing retired is counted', () => {
    expect(keys(tallyStyles(scale, { true: 2, half_true: 0, unrated: 1 }))).toEqual(['true', 'false', 'unrated']);
  });

  it('keeps a retired rating in its place while some tally counts it', () => {
    expect(keys(tallyStyles(scale, { true: 1 }, { half_true: 3 }))).toEqual(['true', 'half_true', 'false', 'unrated']);
  });

  it('appends counted keys the scale no longer has, before Unrated, and never lists Unrated twice', () => {
    expect(keys(tallyStyles(scale, { deleted_rating: 2, unrated: 5 }))).toEqual(['true', 'false', 'deleted_rating', 'unrated']);
  });
});
