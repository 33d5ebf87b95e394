import {
  LOGO_MEDIA_TYPES,
  LogoSchema,
  MAX_INDEPENDENT_SOURCES_RULE,
  MAX_LOGO_BYTES,
  REPORT_LANGUAGES,
  UpdateOrganisationInputSchema,
  type Organisation,
  type ReportLanguage,
  type UpdateOrganisationInput,
} from '@sanad/shared/schemas/organisation';
import { useLingui } from '@lingui/react';
import { DIGITS_SETTINGS, type DigitsSetting, type InterfaceLanguage } from '@sanad/shared/interface-language';
import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice, type ConflictRow } from '../../../components/conflict-notice.tsx';
import { LanguageChoices } from '../../../components/language-choices.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, type Translate, useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useOrganisation } from '../api/get-organisation.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';

/** The settings as the form holds them. */
interface Draft {
  name: string;
  url: string;
  publishBaseUrl: string;
  reportLanguage: ReportLanguage;
  defaultLanguage: InterfaceLanguage;
  digits: DigitsSetting;
  minIndependentSources: number;
  doubleRatingDefault: boolean;
  logo: string | null;
}

const FIELDS: { key: keyof Draft; label: MessageId }[] = [
  { key: 'name', label: 'organisation.name' },
  { key: 'url', label: 'organisation.website' },
  { key: 'logo', label: 'organisation.logo' },
  { key: 'publishBaseUrl', label: 'organisation.publishBaseUrl' },
  { key: 'reportLanguage', label: 'organisation.reportLanguage' },
  { key: 'defaultLanguage', label: 'organisation.defaultLanguage' },
  { key: 'digits', label: 'organisation.digits' },
  { key: 'minIndependentSources', label: 'organisation.minIndependentSources' },
  { key: 'doubleRatingDefault', label: 'doubleRating.settingLabel' },
];

function draftOf(organisation: Organisation): Draft {
  return {
    name: organisation.name,
    url: organisation.url,
    publishBaseUrl: organisation.publishBaseUrl,
    reportLanguage: organisation.reportLanguage,
    defaultLanguage: organisation.defaultLanguage,
    digits: organisation.digits,
    minIndependentSources: organisation.minIndependentSources,
    doubleRatingDefault: organisation.doubleRatingDefault,
    logo: organisation.logo,
  };
}

function same(a: Draft[keyof Draft], b: Draft[keyof Draft]): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

/** The fields of `values` that differ from `base`: a PATCH sends only what the admin changed. */
function changes(values: Draft, base: Draft): UpdateOrganisationInput {
  const input: Record<string, unknown> = {};
  for (const { key } of FIELDS) if (!same(values[key], base[key])) input[key] = values[key];
  return input;
}

function show(t: Translate, draft: Draft, key: keyof Draft): ReactNode {
  const value = draft[key];
  if (typeof value === 'boolean') return t('organisation.onOff', { on: String(value) });
  if (typeof value === 'number') return t('organisation.independentRuleName', { count: value });
  if (key === 'logo') return value === null ? <span className="muted">{t('organisation.none')}</span> : <img className="org-logo__thumb" src={value} alt={t('organisation.logo')} />;
  if (key === 'reportLanguage' || key === 'defaultLanguage') return t('organisation.languageName', { language: value });
  if (key === 'digits') return t('organisation.digitsName', { digits: value });
  if (value === null || value.trim() === '') return <span className="muted">{t('organisation.none')}</span>;
  return <span className="conflict__text">{value}</span>;
}

/** Reads a chosen file as a `data:` URL; `unreadable` is the message of a file that cannot be read. */
function readAsDataUrl(file: File, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error(unreadable)));
    reader.onerror = () => reject(new Error(unreadable));
    reader.readAsDataURL(file);
  });
}

/** The organisation's settings (admins): loads them, then the form. */
export function OrganisationSettings() {
  const t = useT();
  const organisation = useOrganisation();
  if (organisation.isPending) return <Loading label={t('organisation.loading')} />;
  if (organisation.isError) throw organisation.error;
  return <OrganisationForm organisation={organisation.data} />;
}

/**
 * Name, website, logo, where fact-checks are published and the report's
 * language. Saves only the fields changed, based on the version loaded; when
 * another admin saved first (412) both versions are shown to keep one.
 */
function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const id = useId();
  const t = useT();
  const { i18n } = useLingui();
  const f = useFormat();
  const [base, setBase] = useState<Draft>(() => draftOf(organisation));
  const [baseVersion, setBaseVersion] = useState(organisation.version);
  const [values, setValues] = useState<Draft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Organisation | null>(null);
  const [reading, setReading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const update = useUpdateOrganisation();
  const toast = useToast();
  const dirty = FIELDS.some(({ key }) => !same(values[key], base[key]));

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  function send(input: UpdateOrganisationInput, version: number) {
    update.mutate(
      { input, version },
      {
        onSuccess: (saved) => {
          const draft = draftOf(saved);
          setBase(draft);
          setValues(draft);
          setBaseVersion(saved.version);
          setConflict(null);
          toast.show(t('organisation.saved'), 'success');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isStale && error.current) {
            setConflict(error.current as Organisation);
            return;
          }
          const found = apiFieldErrors(error);
          if (Object.keys(found).length === 0) found._form = describeError(error);
          setErrors(found);
        },
      },
    );
  }

  /** The changes from `from` checked by the shared schema, or null with the problems shown. */
  function parse(from: Draft): UpdateOrganisationInput | null {
    const parsed = UpdateOrganisationInputSchema.safeParse(changes(values, from));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return null;
    }
    setErrors({});
    return parsed.data;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) {
      setErrors({ _form: t('organisation.nothingChanged') });
      return;
    }
    const input = parse(base);
    if (input) send(input, baseVersion);
  }

  function keepMine() {
    if (!conflict) return;
    const theirs = draftOf(conflict);
    const input = parse(theirs);
    if (!input) return;
    setBase(theirs);
    setBaseVersion(conflict.version);
    if (Object.keys(input).length === 0) {
      setValues(theirs);
      setConflict(null);
      return;
    }
    send(input, conflict.version);
  }

  function takeTheirs() {
    if (!conflict) return;
    const theirs = draftOf(conflict);
    setBase(theirs);
    setValues(theirs);
    setBaseVersion(conflict.version);
    setConflict(null);
    setErrors({});
  }

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setErrors((current) => ({ ...current, logo: t('organisation.logoTooLarge', { size: f.number(Math.ceil(file.size / 1024)), max: f.number(MAX_LOGO_BYTES / 1024) }) }));
      return;
    }
    setReading(true);
    try {
      const dataUrl = await readAsDataUrl(file, t('organisation.fileUnreadable'));
      const checked = LogoSchema.safeParse(dataUrl);
      if (!checked.success) {
        setErrors((current) => ({ ...current, logo: checked.error.issues[0]?.message ?? t('organisation.logoChoose') }));
        return;
      }
      set('logo')(dataUrl);
      setErrors(({ logo: _dropped, ...rest }) => rest);
    } catch (failure) {
      setErrors((current) => ({ ...current, logo: describeError(failure) }));
    } finally {
      setReading(false);
    }
  }

  const conflictRows: ConflictRow[] = conflict
    ? FIELDS.filter(({ key }) => !same(values[key], conflict[key]) || !same(base[key], conflict[key])).map(({ key, label }) => ({
        label: t(label),
        mine: show(t, values, key),
        theirs: show(t, draftOf(conflict), key),
      }))
    : [];

  const describe = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form settings-form" onSubmit={submit} noValidate aria-label={t('organisation.form')}>
      {conflict ? (
        <ConflictNotice subject={t('organisation.subject')} changedBy={null} rows={conflictRows} onKeepMine={keepMine} onTakeTheirs={takeTheirs} pending={update.isPending} />
      ) : null}
      <section className="panel-section settings-form__section" aria-labelledby={`${id}-identity`}>
        <h2 id={`${id}-identity`} className="panel-section__heading">
          {t('organisation.whoPublishes')}
        </h2>
        <TextField
          id={`${id}-name`}
          label={t('organisation.name')}
          help={t('organisation.nameHelp')}
          dir="auto"
          autoComplete="organization"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id={`${id}-url`}
          label={t('organisation.website')}
          help={t('organisation.websiteHelp')}
          {...URL_INPUT}
          placeholder="https://"
          value={values.url}
          onChange={set('url')}
          error={errors.url}
        />
        <div className="field" role="group" aria-labelledby={`${id}-logo-label`}>
          <span id={`${id}-logo-label`} className="field__label">
            {t('organisation.logo')}
          </span>
          <div className="org-logo">
            <div className="org-logo__frame">
              {values.logo ? (
                <img className="org-logo__preview" src={values.logo} alt={t('organisation.logoPreview')} data-testid="logo-preview" />
              ) : (
                <span className="org-logo__empty">{t('organisation.noLogo')}</span>
              )}
            </div>
            <div className="org-logo__controls">
              {/* The button opens the file picker; the input itself stays out of sight and out of the tab order. */}
              <input
                ref={fileInput}
                type="file"
                hidden
                accept={LOGO_MEDIA_TYPES.join(',')}
                onChange={(event) => void chooseLogo(event)}
                data-testid="logo-file"
              />
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => fileInput.current?.click()}
                  disabled={reading}
                  aria-describedby={describe('logo', true)}
                >
                  {reading ? t('organisation.reading') : values.logo ? t('organisation.replaceLogo') : t('organisation.uploadLogo')}
                </button>
                {values.logo ? (
                  <button type="button" className="button button--danger-outline button--small" onClick={() => set('logo')(null)}>
                    {t('organisation.removeLogo')}
                  </button>
                ) : null}
              </div>
              <p id={`${id}-logo-help`} className="field__help">
                {t('organisation.logoHelp', { size: f.number(MAX_LOGO_BYTES / 1024) })}
              </p>
              <FieldError id={`${id}-logo-error`} message={errors.logo} />
            </div>
          </div>
        </div>
      </section>
      <section className="panel-section settings-form__section" aria-labelledby={`${id}-publishing`}>
        <h2 id={`${id}-publishing`} className="panel-section__heading">
          {t('organisation.publishing')}
        </h2>
        <TextField
          id={`${id}-publishBaseUrl`}
          label={t('organisation.publishBaseUrl')}
          help={t('organisation.publishBaseUrlHelp')}
          {...URL_INPUT}
          placeholder="https://example.org/fact-checks/"
          value={values.publishBaseUrl}
          onChange={set('publishBaseUrl')}
          error={errors.publishBaseUrl}
        />
        <fieldset className="field" aria-describedby={describe('reportLanguage')}>
          <legend className="field__label">{t('organisation.reportLanguage')}</legend>
          <div className="choice-group">
            {REPORT_LANGUAGES.map((language) => (
              <label key={language} className="choice-option">
                <input
                  type="radio"
                  name={`${id}-language`}
                  value={language}
                  checked={values.reportLanguage === language}
                  onChange={() => set('reportLanguage')(language)}
                />
                <span className="choice-option__text">
                  <span className="choice-option__label">
                    {t('organisation.languageLabels', { language })}
                    {language === 'ar' && i18n.locale !== 'ar' ? (
                      <span className="choice-option__native" lang="ar" dir="rtl">
                        {t('common.language.ar')}
                      </span>
                    ) : null}
                  </span>
                  <span className="choice-option__help">{t('organisation.languageHelp', { language })}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-reportLanguage-error`} message={errors.reportLanguage} />
        </fieldset>
        <fieldset className="field" aria-describedby={describe('defaultLanguage', true)}>
          <legend className="field__label">{t('organisation.defaultLanguage')}</legend>
          <p id={`${id}-defaultLanguage-help`} className="field__help">
            {t('organisation.defaultLanguageHelp')}
          </p>
          <LanguageChoices name={`${id}-default-language`} value={values.defaultLanguage} onChange={set('defaultLanguage')} testId="default-language" />
          <FieldError id={`${id}-defaultLanguage-error`} message={errors.defaultLanguage} />
        </fieldset>
        <fieldset className="field" aria-describedby={describe('digits')}>
          <legend className="field__label">{t('organisation.digits')}</legend>
          <div className="choice-group" data-testid="digits">
            {DIGITS_SETTINGS.map((digits) => (
              <label key={digits} className="choice-option">
                <input type="radio" name={`${id}-digits`} value={digits} checked={values.digits === digits} onChange={() => set('digits')(digits)} />
                <span className="choice-option__text">
                  <span className="choice-option__label">{t('organisation.digitsName', { digits })}</span>
                  <span className="choice-option__help" lang="ar" dir="rtl">
                    {t('organisation.digitsExample', { digits })}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-digits-error`} message={errors.digits} />
        </fieldset>
      </section>
      <section className="panel-section settings-form__section" aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`} className="panel-section__heading">
          {t('organisation.reviewRules')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-minIndependentSources`} className="field__label">
            {t('organisation.minIndependentSources')}
          </label>
          <select
            id={`${id}-minIndependentSources`}
            className="input select"
            value={values.minIndependentSources}
            onChange={(event) => set('minIndependentSources')(Number(event.target.value))}
            aria-describedby={`${id}-minIndependentSources-help`}
          >
            {Array.from({ length: MAX_INDEPENDENT_SOURCES_RULE + 1 }, (_, count) => (
              <option key={count} value={count}>
                {t('organisation.independentRuleName', { count })}
              </option>
            ))}
          </select>
          <p id={`${id}-minIndependentSources-help`} className="field__help">
            {t('organisation.minIndependentSourcesHelp')}
          </p>
          <FieldError id={`${id}-minIndependentSources-error`} message={errors.minIndependentSources} />
        </div>
        <div className="field">
          <label className="toggle">
            <input
              type="checkbox"
              checked={values.doubleRatingDefault}
              onChange={(event) => set('doubleRatingDefault')(event.target.checked)}
              aria-describedby={`${id}-doubleRatingDefault-help`}
            />
            <span>{t('doubleRating.settingLabel')}</span>
          </label>
          <p id={`${id}-doubleRatingDefault-help`} className="field__help">
            {t('doubleRating.settingHelp')}
          </p>
        </div>
      </section>
      <FieldError id={`${id}-form-error`} message={errors._form} />
      <div className="form__actions settings-form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending || reading || conflict !== null}>
          {update.isPending ? t('common.saving') : t('organisation.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => {
            setValues(base);
            setErrors({});
          }} disabled={!dirty || update.isPending}>
          {t('organisation.discard')}
        </button>
        <span className="muted settings-form__status" role="status">
          {dirty ? t('organisation.unsaved') : t('organisation.lastSaved', { time: f.dateTime(organisation.updatedAt) })}
        </span>
      </div>
    </form>
  );
}
