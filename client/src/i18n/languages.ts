/** The languages of the interface (article text keeps its own language whatever this is). */
export const INTERFACE_LANGUAGES = ['ar', 'en'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** How Arabic numbers are written: Western digits (0-9) or Arabic-Indic (٠-٩). */
export type Digits = 'latn' | 'arab';

/** The direction an interface language is written in. */
export function directionOf(language: InterfaceLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The BCP 47 locale `Intl` formats with: Arabic carries its digits as a Unicode extension (`ar-u-nu-arab`). */
export function intlLocale(language: InterfaceLanguage, digits: Digits): string {
  return language === 'ar' ? `ar-u-nu-${digits}` : 'en-GB';
}

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return value === 'ar' || value === 'en';
}

/**
 * The language the browser asks for, before anyone has logged in: the first
 * of `navigator.languages` that is Arabic or English, else English.
 */
export function browserLanguage(languages: readonly string[] = navigator.languages): InterfaceLanguage {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isInterfaceLanguage(primary)) return primary;
  }
  return 'en';
}
