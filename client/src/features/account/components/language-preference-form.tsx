import { useLingui } from '@lingui/react';
import { useId } from 'react';
import { LanguageChoices } from '../../../components/language-choices.tsx';
import { isInterfaceLanguage } from '../../../i18n/languages.ts';
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
        <LanguageChoices name={`${id}-language`} value={current} onChange={(language) => save.mutate(language)} testId="interface-language" />
      </fieldset>
    </section>
  );
}
