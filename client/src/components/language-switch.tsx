import { useLingui } from '@lingui/react';
import { activateLanguage } from '../i18n/i18n.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../i18n/languages.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * The interface language as two small buttons (العربية / English), each
 * named in its own language. Choosing one switches the interface at once (no
 * reload): by default this browser remembers it (the login page, before
 * anyone has logged in); the signed-in header passes `onChoose` to store the
 * choice with the account, as the Account page does.
 */
export function LanguageSwitch({ onChoose = (language) => void activateLanguage(language) }: { onChoose?: (language: InterfaceLanguage) => void }) {
  const t = useT();
  const { i18n } = useLingui();
  return (
    <div className="language-switch" role="group" aria-label={t('shell.languageSwitch')} data-testid="language-switch">
      {INTERFACE_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--small app-header__logout language-switch__option"
          aria-pressed={i18n.locale === language}
          onClick={() => onChoose(language)}
        >
          {t(language === 'ar' ? 'common.language.ar' : 'common.language.en')}
        </button>
      ))}
    </div>
  );
}
