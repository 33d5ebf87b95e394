import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '@sanad/shared/interface-language';
import { useT } from '../i18n/use-t.ts';

/**
 * The interface languages as radio options, each named in its own language
 * and direction (العربية, English): the Account page's choice and the
 * organisation's default use the same group.
 */
export function LanguageChoices({ name, value, onChange, testId }: { name: string; value: InterfaceLanguage; onChange: (language: InterfaceLanguage) => void; testId: string }) {
  const t = useT();
  return (
    <div className="choice-group" data-testid={testId}>
      {INTERFACE_LANGUAGES.map((language) => (
        <label key={language} className="choice-option">
          <input type="radio" name={name} value={language} checked={value === language} onChange={() => onChange(language)} />
          <span className="choice-option__text">
            <span className="choice-option__label" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
              {t(language === 'ar' ? 'common.language.ar' : 'common.language.en')}
            </span>
          </span>
        </label>
      ))}
    </div>
  );
}
