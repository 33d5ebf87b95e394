import { describe, expect, it } from 'vitest';
import { RATING_SCALE } from './rating-scale.ts';
import { colourChecks, colourProblems, contrastRatio } from './color.ts';
import { RatingKeySchema } from './schemas/rating-scale.ts';

describe('colourChecks', () => {
  it('reports both contrasts with their minimums', () => {
    const [badge, tint] = colourChecks('#000000', '#ffffff');
    expect(badge).toMatchObject({ field: 'color', minimum: 4.5, ok: true });
    expect(badge.ratio).toBeCloseTo(21, 5);
    expect(tint).toMatchObject({ field: 'tint', minimum: 7, ok: true });
  });

  it('passes every rating of the default scale', () => {
    for (const rating of RATING_SCALE) expect(colourProblems(rating.color, rating.tint), rating.key).toEqual([]);
  });

  it('names the colour that fails and by how much', () => {
    expect(colourProblems('#ffcc00', '#ede4ff')).toEqual([expect.stringMatching(/^White text on the colour #ffcc00 has contrast 1\.\d\d:1; it needs at least 4\.5:1/)]);
    expect(colourProblems('#6d28d9', '#777777')).toEqual([expect.stringMatching(/^Article text on the tint #777777 has contrast \d\.\d\d:1; it needs at least 7:1/)]);
    expect(colourChecks('#6d28d9', '#777777').map((check) => check.ok)).toEqual([true, false]);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#1b7a3d', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#1b7a3d'), 10);
  });
});

describe('RatingKeySchema', () => {
  it('accepts lower-case keys and refuses "unrated", capitals, spaces and leading digits', () => {
    expect(RatingKeySchema.safeParse('mostly_true').success).toBe(true);
    expect(RatingKeySchema.safeParse('disputed2').success).toBe(true);
    for (const bad of ['unrated', 'False', 'two words', '1st', '', 'a'.repeat(41), 'pants-on-fire']) {
      expect(RatingKeySchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
