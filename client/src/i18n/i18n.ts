import { type I18n, setupI18n } from '@lingui/core';
import { catalogueChunks } from './catalogue-chunks.ts';
import { rememberLanguage } from './initial-language.ts';
import { type Digits, type InterfaceLanguage, directionOf, intlLocale } from './languages.ts';

/**
 * The interface's one Lingui instance (ADR 023). Catalogues load lazily, one
 * chunk per language, each message compiled when first shown; switching language re-renders the
 * screens that read messages without remounting anything, so a draft being
 * typed survives.
 */
export const i18n: I18n = setupI18n();

const loaded = new Set<InterfaceLanguage>();

let current: { language: InterfaceLanguage; digits: Digits } | null = null;

/**
 * Makes `language` the interface language (loading its catalogue once) with
 * `digits` for Arabic numbers, and sets `lang` and `dir` on `<html>` so the
 * whole layout mirrors through the CSS's logical properties.
 */
export async function activateLanguage(language: InterfaceLanguage, digits: Digits = currentDigits()): Promise<void> {
  if (!loaded.has(language)) {
    const catalogue = await catalogueChunks[language]();
    i18n.load(language, catalogue.default);
    loaded.add(language);
  }
  if (current?.language === language && current.digits === digits) return;
  current = { language, digits };
  i18n.activate(language, [intlLocale(language, digits)]);
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  rememberLanguage(language);
}

/** The digits Arabic numbers are written with until the organisation's are known. */
function currentDigits(): Digits {
  return current?.digits ?? 'latn';
}
