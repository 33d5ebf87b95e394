import { describe, expect, it } from 'vitest';
import { RATING_SCALE } from './rating-scale.ts';
import { isFalseSide, restsOnFalse, scaleMidpoint } from './rests-on.ts';

describe('an opinion resting on a false or misleading claim (ADR 033)', () => {
  it('takes the middle of the numeric values as the midpoint', () => {
    expect(scaleMidpoint(RATING_SCALE)).toBe(3);
    expect(scaleMidpoint([{ value: -10 }, { value: 10 }, { value: null }])).toBe(0);
    expect(scaleMidpoint([{ value: null }])).toBeNull();
  });

  it('puts Mostly False, False and Misleading on the false side, and nothing else of the default scale', () => {
    const falseSide = RATING_SCALE.filter((rating) => isFalseSide(rating.key, RATING_SCALE)).map((rating) => rating.key);
    expect(falseSide).toEqual(['mostly_false', 'false', 'misleading']);
    expect(isFalseSide(null, RATING_SCALE)).toBe(false);
    expect(isFalseSide('not_on_the_scale', RATING_SCALE)).toBe(false);
  });

  it('follows a scale an admin changed', () => {
    const scale = [
      { key: 'right', value: 10 },
      { key: 'wrong', value: 0 },
      { key: 'shaky', value: 4 },
    ];
    expect(isFalseSide('shaky', scale)).toBe(true);
    expect(isFalseSide('right', scale)).toBe(false);
  });

  it('flags an opinion when any claim it rests on is on the false side', () => {
    expect(restsOnFalse(['true', null, 'false'], RATING_SCALE)).toBe(true);
    expect(restsOnFalse(['true', 'half_true', 'unverifiable', null], RATING_SCALE)).toBe(false);
    expect(restsOnFalse([], RATING_SCALE)).toBe(false);
  });
});
