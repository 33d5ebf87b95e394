import { describe, expect, it } from 'vitest';
import { detectLanguage, directionOf, paragraphDirection, splitParagraphs } from './language.ts';

describe('detectLanguage', () => {
  it('recognises Arabic with Latin digits inside words', () => {
    expect(detectLanguage('استأنف مؤتمر «جنيف2» أعماله في قصر الأمم المتحدة بجنيف.')).toBe('ar');
  });

  it('tells Persian and Urdu from Arabic by their own letters', () => {
    expect(detectLanguage('این یک گزارش درباره‌ی چگونگی پیشرفت است')).toBe('fa');
    expect(detectLanguage('یہ ایک رپورٹ ہے جو بڑے شہر کے بارے میں ہے')).toBe('ur');
  });

  it('tells Latin-script languages apart by common words', () => {
    expect(detectLanguage('The minister said that the economy grew in the last year.')).toBe('en');
    expect(detectLanguage('Le ministre a dit que la croissance est forte dans le pays.')).toBe('fr');
    expect(detectLanguage('El ministro dijo que la economía creció en los últimos años.')).toBe('es');
    expect(detectLanguage('Der Minister sagte, dass die Wirtschaft nicht gewachsen ist.')).toBe('de');
  });

  it('recognises Hebrew and Russian, and gives up on text without letters', () => {
    expect(detectLanguage('השר אמר כי הכלכלה צמחה')).toBe('he');
    expect(detectLanguage('Министр сказал, что экономика выросла')).toBe('ru');
    expect(detectLanguage('123 456 !!')).toBe('und');
  });
});

describe('directionOf', () => {
  it('gives rtl for Arabic-script and Hebrew languages and ltr otherwise', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('az-Arab')).toBe('rtl');
    expect(directionOf('ku-Latn')).toBe('ltr');
  });
});

describe('paragraphDirection', () => {
  it('keeps an Arabic paragraph that opens with a Latin name right to left', () => {
    expect(paragraphDirection('Geneva 2 هو مؤتمر دولي عقد في سويسرا لبحث الأزمة السورية', 'ltr')).toBe('rtl');
  });

  it('sets an English paragraph inside an Arabic article left to right', () => {
    expect(paragraphDirection('The UN envoy said «no deal» was reached.', 'rtl')).toBe('ltr');
  });

  it('falls back to the article direction without strong letters', () => {
    expect(paragraphDirection('2014 — 15%', 'rtl')).toBe('rtl');
  });

  it('counts the letters of every script it knows, outside the basic planes too, as the pattern over the whole text did', () => {
    const rtlPattern = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
    const ltrPattern = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}]/gu;
    const byPattern = (text: string, fallback: 'ltr' | 'rtl') => {
      const rtl = text.match(rtlPattern)?.length ?? 0;
      const ltr = text.match(ltrPattern)?.length ?? 0;
      return rtl === ltr ? fallback : rtl > ltr ? 'rtl' : 'ltr';
    };
    const texts = [
      'שלום עולם and a few words',
      'Москва ﻻ ﷺ ﭐ',
      '𠀀𠀁𠀂 قال',
      'ÀÉÎ ªº ٱلسلام',
      'ܫܠܡܐ ދިވެހި ߒߞߏ abc',
      'नमस्ते 안녕 ひらがな カタカナ 漢字 عربي عربي عربي عربي عربي عربي عربي عربي',
      '',
    ];
    for (const text of texts) for (const fallback of ['ltr', 'rtl'] as const) expect(paragraphDirection(text, fallback)).toBe(byPattern(text, fallback));
  });
});

describe('splitParagraphs', () => {
  it('keeps the offsets of each paragraph and skips blank lines', () => {
    const text = 'first\n\nsecond\nthird';
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: 5, text: 'first' },
      { start: 7, end: 13, text: 'second' },
      { start: 14, end: 19, text: 'third' },
    ]);
  });
});
