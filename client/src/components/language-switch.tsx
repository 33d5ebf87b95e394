import { useLingui } from '@lingui/react';
import { activateLanguage } from '../i18n/i18n.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../i18n/languages.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * The switch to the other interface language: one small button named in
 * that language ("العربية" in the English interface, "English" in the Arabic
 * one), so it takes little room in the header. Choosing it switches the
 * interface at once (no reload): by default this browser remembers it (the
 * login page, before anyone has logged in); the signed-in header passes
 * `onChoose` to store the choice with the account, as the Account page does.
 */
export function LanguageSwitch({ onChoose = (language) => void activateLanguage(language) }: { onChoose?: (language: InterfaceLanguage) => void }) {
  const t = useT();
  const { i18n } = useLingui();
  const other = INTERFACE_LANGUAGES.find((language) => language !== i18n.locale) ?? 'ar';
  return (
    <div className="language-switch" role="group" aria-label={t('shell.languageSwitch')} data-testid="language-switch">
      <button type="button" lang={other} className="button button--small app-header__logout language-switch__option" onClick={() => onChoose(other)}>
        {t(other === 'ar' ? 'common.language.ar' : 'common.language.en')}
      </button>
    </div>
  );
}
