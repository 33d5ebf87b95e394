import { useLingui } from '@lingui/react';
import { useId } from 'react';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '../../../i18n/languages.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useSaveLanguagePreference } from '../api/save-language-preference.ts';

/**
 * The interface language (العربية / English), each named in its own language.
 * Choosing one switches the whole interface at once, without a reload.
 */
export function LanguagePreferenceForm() {
  const id = useId();
  const t = useT();
  const { i18n } = useLingui();
  const save = useSaveLanguagePreference();
  const current = isInterfaceLanguage(i18n.locale) ? i18n.locale : 'en';
  return (
    <section className="panel-section settings-form settings-form--narrow" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-section__heading">
        {t('account.language.heading')}
      </h2>
      <fieldset className="field" aria-describedby={`${id}-help`}>
        <legend className="visually-hidden">{t('account.language.heading')}</legend>
        <p id={`${id}-help`} className="muted">
          {t('account.language.help')}
        </p>
        <div className="choice-group" data-testid="interface-language">
          {INTERFACE_LANGUAGES.map((language) => (
            <label key={language} className="choice-option">
              <input
                type="radio"
                name={`${id}-language`}
                value={language}
                checked={current === language}
                onChange={() => save.mutate(language)}
              />
              <span className="choice-option__text">
                <span className="choice-option__label" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
                  {t(language === 'ar' ? 'common.language.ar' : 'common.language.en')}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
