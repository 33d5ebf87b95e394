/**
 * The interface language and the digits it writes numbers with: the values the
 * server stores and the rules the client applies, zod-free so the client's first
 * load can pick a language before anything else arrives (the schemas are in
 * `schemas/interface-language.ts`).
 *
 * Who decides the language: the user's own choice (stored with the user); else
 * the organisation's default; before login, the browser's languages
 * (`Accept-Language` / `navigator.languages`), since the organisation is not
 * known until someone logs in.
 */

/** Languages the interface is written in. */
export const INTERFACE_LANGUAGES = ['ar', 'en'] as const;
/** A language the interface is written in. */
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/**
 * How numbers are written in the Arabic interface (Unicode numbering systems):
 * `latn` Western digits 0-9, `arab` Arabic-Indic digits ٠-٩. The English
 * interface always writes 0-9.
 */
export const DIGITS_SETTINGS = ['latn', 'arab'] as const;
/** How numbers are written in the Arabic interface. */
export type DigitsSetting = (typeof DIGITS_SETTINGS)[number];

/** The organisation's default language until an admin sets one (the interface was English-only before). */
export const DEFAULT_INTERFACE_LANGUAGE: InterfaceLanguage = 'en';
/** The organisation's digits until an admin sets them. */
export const DEFAULT_DIGITS: DigitsSetting = 'latn';

/** True for a value that names an interface language. */
export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/** The language the interface shows a signed-in user: their own choice, else the organisation's default. */
export function effectiveLanguage(own: InterfaceLanguage | null, organisationDefault: InterfaceLanguage): InterfaceLanguage {
  return own ?? organisationDefault;
}

/**
 * The interface language before login, from the browser's preferred languages
 * in order (`navigator.languages`, or the tags of an `Accept-Language` header):
 * the first one the interface is written in (`ar-EG` counts as `ar`), else `fallback`.
 */
export function languageFromBrowser(preferred: readonly string[], fallback: InterfaceLanguage = DEFAULT_INTERFACE_LANGUAGE): InterfaceLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().split(/[-_;]/)[0]?.toLowerCase();
    if (isInterfaceLanguage(primary)) return primary;
  }
  return fallback;
}

/**
 * The BCP 47 locale to give `Intl` formatters: British English (day before
 * month, "3 Mar 2025"), or `ar` with the organisation's numbering system
 * (`ar-u-nu-latn`, `ar-u-nu-arab`).
 */
export function intlLocale(language: InterfaceLanguage, digits: DigitsSetting): string {
  return language === 'ar' ? `ar-u-nu-${digits}` : 'en-GB';
}
