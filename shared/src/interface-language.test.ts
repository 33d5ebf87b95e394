import { describe, expect, it } from 'vitest';
import { effectiveLanguage, intlLocale, isInterfaceLanguage, languageFromBrowser } from './interface-language.ts';

describe(effectiveLanguage.name, () => {
  it("takes the user's own language over the organisation's default", () => {
    expect(effectiveLanguage('ar', 'en')).toBe('ar');
    expect(effectiveLanguage('en', 'ar')).toBe('en');
  });

  it("follows the organisation's default when the user has not chosen", () => {
    expect(effectiveLanguage(null, 'ar')).toBe('ar');
  });
});

describe(languageFromBrowser.name, () => {
  it('takes the first browser language the interface is written in, region or weight aside', () => {
    expect(languageFromBrowser(['fr-FR', 'ar-EG', 'en-US'])).toBe('ar');
    expect(languageFromBrowser(['AR'])).toBe('ar');
    expect(languageFromBrowser(['en-GB', 'ar'])).toBe('en');
    expect(languageFromBrowser(['ar;q=0.9'])).toBe('ar');
  });

  it('falls back when none is an interface language', () => {
    expect(languageFromBrowser(['fr', 'de'])).toBe('en');
    expect(languageFromBrowser([], 'ar')).toBe('ar');
    expect(languageFromBrowser(['arc'])).toBe('en');
  });
});

describe(intlLocale.name, () => {
  it("writes Arabic with the organisation's digits and English with 0-9", () => {
    expect(intlLocale('ar', 'arab')).toBe('ar-u-nu-arab');
    expect(intlLocale('ar', 'latn')).toBe('ar-u-nu-latn');
    expect(intlLocale('en', 'arab')).toBe('en-GB');
    expect(new Intl.NumberFormat(intlLocale('ar', 'arab')).format(12)).toBe('١٢');
    expect(new Intl.NumberFormat(intlLocale('ar', 'latn')).format(12)).toBe('12');
  });
});

describe(isInterfaceLanguage.name, () => {
  it('accepts only ar and en', () => {
    expect(['ar', 'en', 'fr', '', null, 1].map(isInterfaceLanguage)).toEqual([true, true, false, false, false, false]);
  });
});
