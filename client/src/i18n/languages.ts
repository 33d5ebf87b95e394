import { type DigitsSetting, type InterfaceLanguage, languageFromBrowser } from '@sanad/shared/interface-language';

// The rules themselves (which languages, the digits, the locale for Intl) are shared with the server.
export { INTERFACE_LANGUAGES, type InterfaceLanguage, intlLocale, isInterfaceLanguage } from '@sanad/shared/interface-language';

/** How Arabic numbers are written: Western digits (0-9) or Arabic-Indic (٠-٩). */
export type Digits = DigitsSetting;

/** The direction an interface language is written in. */
export function directionOf(language: InterfaceLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The language the browser asks for, before anyone has logged in (English when it asks for neither). */
export function browserLanguage(languages: readonly string[] = navigator.languages): InterfaceLanguage {
  return languageFromBrowser(languages);
}
