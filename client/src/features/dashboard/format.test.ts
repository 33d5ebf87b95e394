import { describe, expect, it } from 'vitest';
import type { RatingScaleResponse } from '@sanad/shared/schemas/rating-scale';
import { ratingScaleOf } from '../../lib/rating-scale.ts';
import { fullTime, languageName, shortDay, verdictLabel, verdictStyles } from './format.ts';

describe('fullTime and shortDay', () => {
  // Midday UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
  const midday = '2025-03-03T12:05:00.000Z';

  it('write the date in British English', () => {
    expect(fullTime(midday)).toMatch(/^Monday,? 3 March 2025 at \d{2}:\d{2}$/);
    expect(shortDay(midday)).toBe('3 Mar 2025');
  });

  it('write the date in Arabic, with the organisation\'s digits', () => {
    expect(shortDay(midday, 'ar-u-nu-arab')).toBe('٣ مارس ٢٠٢٥');
    expect(shortDay(midday, 'ar-u-nu-latn')).toBe('3 مارس 2025');
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

  it('names languages in the interface language', () => {
    expect(languageName('en', 'ar-u-nu-arab')).toBe('الإنجليزية');
  });

  it('names the undetermined language with the words it is given', () => {
    expect(languageName('und')).toBe('Undetermined');
    expect(languageName('und', 'ar', 'غير محدَّدة')).toBe('غير محدَّدة');
  });

  it('falls back to the tag when it is not a valid language tag', () => {
    expect(languageName('not a tag!')).toBe('not a tag!');
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

describe('verdictLabel', () => {
  it('picks the Arabic label in the Arabic interface and the English one otherwise', () => {
    expect(verdictLabel({ label: 'False', labelAr: 'زائف' }, 'ar')).toBe('زائف');
    expect(verdictLabel({ label: 'False', labelAr: 'زائف' }, 'en')).toBe('False');
  });
});
