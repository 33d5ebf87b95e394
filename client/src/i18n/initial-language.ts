import { type InterfaceLanguage, browserLanguage, isInterfaceLanguage } from './languages.ts';

const STORAGE_KEY = 'sanad.language';

/**
 * The language to open the app in, before the session is known: the one the
 * server wrote the page in for the signed-in reader (the article page's first
 * screen, ADR 037: `data-interface-language` on `<html>`), else the one this
 * browser last used (so a reload shows the user's own language at once, the
 * login page included), else the browser's language.
 */
export function initialLanguage(): InterfaceLanguage {
  const written = typeof document === 'undefined' ? undefined : document.documentElement.dataset.interfaceLanguage;
  if (isInterfaceLanguage(written)) return written;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isInterfaceLanguage(stored)) return stored;
  } catch {
    // Storage may be disabled; the browser's language decides.
  }
  return browserLanguage();
}

/** Remembers the language in use on this browser for the next start. */
export function rememberLanguage(language: InterfaceLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled: the next start follows the browser again.
  }
}
