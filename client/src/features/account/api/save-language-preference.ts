import { activateLanguage } from '../../../i18n/i18n.ts';
import type { InterfaceLanguage } from '../../../i18n/languages.ts';

/**
 * Makes `language` the user's interface language: the interface switches at
 * once, without a reload (nothing remounts, so a draft being typed survives),
 * and this browser remembers it for the next start (i18n/initial-language.ts).
 * The server stores the choice with the user once its endpoint exists; this
 * function is where that call belongs, so the Account page need not change.
 */
export async function saveLanguagePreference(language: InterfaceLanguage): Promise<void> {
  await activateLanguage(language);
}
