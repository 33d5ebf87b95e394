import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, searchForm, toSearchForm } from './search-form.ts';

describe('searchForm', () => {
  it('removes harakat and tatweel', () => {
    expect(searchForm('جلستَيْن')).toBe('جلستين');
    expect(searchForm('مـــؤتمر')).toBe(searchForm('مؤتمر'));
  });

  it('folds alef forms, alef maqsura and ta marbuta', () => {
    expect(searchForm('إسرائيل')).toBe('اسرائيل');
    expect(searchForm('الأمم المتحدة')).toBe('الامم المتحده');
    expect(searchForm('آفاق ٱلله')).toBe('افاق الله');
    expect(searchForm('مستشفى')).toBe('مستشفي');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(searchForm('٢٠١٤')).toBe('2014');
    expect(searchForm('۲۰۱۴')).toBe('2014');
  });

  it('expands presentation forms (NFKC) and folds Latin case', () => {
    expect(searchForm('ﻻ')).toBe('لا');
    expect(searchForm('ﺍﻟﺴﻼﻡ')).toBe('السلام');
    expect(searchForm('Geneva ＧＥＮＥＶＡ')).toBe('geneva geneva');
  });
});

describe('findAll', () => {
  const text = 'عقد الإبراهيمي جلستَيْن منفصلتَيْن مع وفد إسرائيل في الأمم المتحدة عام 2014 و٢٠١٥.';

  it('finds the examples the desk searches for', () => {
    const quote = (query: string) => findAll(text, query).map((span) => text.slice(span.start, span.end));
    expect(quote('جلستين')).toEqual(['جلستَيْن']);
    expect(quote('اسرائيل')).toEqual(['إسرائيل']);
    expect(quote('٢٠١٤')).toEqual(['2014']);
    expect(quote('2015')).toEqual(['٢٠١٥']);
    expect(quote('الامم المتحدة')).toEqual(['الأمم المتحدة']);
  });

  it('includes the harakat of the last matched letter', () => {
    const [span] = findAll('جلستَيْن', 'جلستين');
    expect(span).toEqual({ start: 0, end: 'جلستَيْن'.length });
  });

  it('finds an English word case-insensitively, every time it occurs', () => {
    expect(findAll('The UN said the un-named UN envoy', 'un')).toHaveLength(3);
  });

  it('finds nothing for an empty query', () => {
    expect(findAll(text, '  ')).toEqual([]);
  });
});

const arabicish = fc.constantFrom(
  'ا', 'أ', 'إ', 'آ', 'ب', 'ت', 'ة', 'ى', 'ي', 'ل', 'م', 'ن', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', 'ـ', 'ﻻ',
  '٢', '۴', '1', 'a', 'B', ' ', '.', '«', '»', '😀', '👨‍👩‍👧', 'é', 'İ', 'ß',
);
const mixedText = fc.array(arabicish, { maxLength: 60 }).map((parts) => parts.join(''));

describe('toSearchForm (edges of decoding)', () => {
  it('keeps half a surrogate pair and a byte order mark as they are', () => {
    expect(toSearchForm('\ufeffجنيف').form).toBe('\ufeffجنيف');
    expect(toSearchForm('\ud800جنيف\ufeff\udc00').form).toBe('\ud800جنيف\ufeff\udc00');
    expect(toSearchForm('قال 😀 إنّ').form).toBe('قال 😀 ان');
  });
});

describe('toSearchForm (properties)', () => {
  it('is the search form of each code point alone, in order, mapped to where it stands', () => {
    const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(anyText, (text) => {
        let form = '';
        const map: number[] = [];
        for (let i = 0; i < text.length; ) {
          const cp = text.codePointAt(i)!;
          const piece = searchForm(String.fromCodePoint(cp));
          form += piece;
          for (let k = 0; k < piece.length; k += 1) map.push(i);
          i += cp > 0xffff ? 2 : 1;
        }
        map.push(text.length);
        const got = toSearchForm(text);
        expect(got.form).toBe(form);
        expect(Array.from(got.map)).toEqual(map);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a monotonic map that always points inside the original', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const { form, map } = toSearchForm(text);
        expect(map.length).toBe(form.length + 1);
        expect(map[form.length]).toBe(text.length);
        for (let i = 0; i < map.length; i += 1) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        }
      }),
    );
  });

  it('finds every substring of the original again, covering it', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        const part = text.slice(Math.min(start, end), Math.max(start, end));
        const matches = findAll(text, part);
        if (searchForm(part).trim() === '') return;
        expect(matches.length).toBeGreaterThan(0);
      }),
    );
  });
});
