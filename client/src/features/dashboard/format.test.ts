import { describe, expect, it } from 'vitest';
import type { RatingScaleResponse } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleOf } from '../../lib/rating-scale.ts';
import { formatCount, fullTime, languageName, plural, relativeTime, shortDay, verdictStyles } from './format.ts';

const now = Date.parse('2025-03-10T12:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('relativeTime', () => {
  it('says "just now" for the last 45 seconds', () => {
    expect(relativeTime(ago(0), now)).toBe('just now');
    expect(relativeTime(ago(44 * SECOND), now)).toBe('just now');
  });

  it('counts seconds, minutes and hours', () => {
    expect(relativeTime(ago(45 * SECOND), now)).toBe('45 seconds ago');
    expect(relativeTime(ago(5 * MINUTE), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * HOUR), now)).toBe('3 hours ago');
  });

  it('says "yesterday" for a day ago, then counts days', () => {
    expect(relativeTime(ago(DAY), now)).toBe('yesterday');
    expect(relativeTime(ago(30 * HOUR), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * DAY), now)).toBe('3 days ago');
  });

  it('counts weeks, months and years', () => {
    expect(relativeTime(ago(7 * DAY), now)).toBe('last week');
    expect(relativeTime(ago(15 * DAY), now)).toBe('2 weeks ago');
    expect(relativeTime(ago(61 * DAY), now)).toBe('2 months ago');
    expect(relativeTime(ago(400 * DAY), now)).toBe('last year');
    expect(relativeTime(ago(3 * 365 * DAY), now)).toBe('3 years ago');
  });

  it('moves to the next unit instead of rounding up to a full one ("60 seconds ago")', () => {
    expect(relativeTime(ago(59.6 * SECOND), now)).toBe('1 minute ago');
    expect(relativeTime(ago(59.7 * MINUTE), now)).toBe('1 hour ago');
    expect(relativeTime(ago(23.8 * HOUR), now)).toBe('yesterday');
    expect(relativeTime(ago(6.7 * DAY), now)).toBe('last week');
    expect(relativeTime(ago(11.8 * 30.44 * DAY), now)).toBe('last year');
  });

  it('reads a time after now as the future', () => {
    expect(relativeTime(new Date(now + 5 * MINUTE).toISOString(), now)).toBe('in 5 minutes');
    expect(relativeTime(new Date(now + DAY).toISOString(), now)).toBe('tomorrow');
  });

  it('returns what is not a date unchanged', () => {
    expect(relativeTime('not a date', now)).toBe('not a date');
    expect(relativeTime('', now)).toBe('');
  });
});

describe('fullTime and shortDay', () => {
  // Midday UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
  const midday = '2025-03-03T12:05:00.000Z';

  it('write the date in British English', () => {
    expect(fullTime(midday)).toMatch(/^Monday,? 3 March 2025 at \d{2}:\d{2}$/);
    expect(shortDay(midday)).toBe('3 Mar 2025');
  });

  it('return what is not a date unchanged', () => {
    expect(fullTime('soon')).toBe('soon');
    expect(shortDay('2025-13-45')).toBe('2025-13-45');
    expect(shortDay('')).toBe('');
  });
});

describe('languageName', () => {
  it('names languages in English', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('en')).toBe('English');
    expect(languageName('ar-EG')).toContain('Arabic');
  });

  it('names the undetermined language', () => {
    expect(languageName('und')).toBe('Undetermined');
  });

  it('falls back to the tag when it is not a valid language tag', () => {
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});

describe('formatCount and plural', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('uses the singular only for exactly one', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(0, 'claim')).toBe('0 claims');
    expect(plural(1200, 'claim')).toBe('1,200 claims');
    expect(plural(2, 'analysis', 'analyses')).toBe('2 analyses');
  });
});

describe('verdictStyles', () => {
  const rating = (key: string, labelEn: string, position: number, retiredAt: string | null = null) => ({
    key,
    labelEn,
    labelAr: `${labelEn} (ar)`,
    value: null,
    color: '#112233',
    tint: '#aabbcc',
    definitionEn: '',
    definitionAr: '',
    position,
    retiredAt,
    inUse: 0,
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
  });
  const response: RatingScaleResponse = { ratings: [rating('true', 'True', 0), rating('old', 'Old', 1, '2025-01-02T00:00:00.000Z'), rating('false', 'False', 2)] };

  it('lists the active scale in order, then Unrated, with labels and colours', () => {
    expect(verdictStyles(ratingScaleOf(response), { unrated: 3 })).toEqual([
      { key: 'true', label: 'True', labelAr: 'True (ar)', color: '#112233' },
      { key: 'false', label: 'False', labelAr: 'False (ar)', color: '#112233' },
      { key: 'unrated', label: 'Unrated', labelAr: 'غير مُقيَّم', color: '#5b6470' },
    ]);
  });
});
