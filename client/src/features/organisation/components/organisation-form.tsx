import {
  LOGO_MEDIA_TYPES,
  LogoSchema,
  MAX_LOGO_BYTES,
  REPORT_LANGUAGES,
  UpdateOrganisationInputSchema,
  type Organisation,
  type ReportLanguage,
  type UpdateOrganisationInput,
} from '@sanad/shared/schemas/organisation';
import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice, type ConflictRow } from '../../../components/conflict-notice.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useOrganisation } from '../api/get-organisation.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';

/** The settings as the form holds them. */
interface Draft {
  name: string;
  url: string;
  publishBaseUrl: string;
  reportLanguage: ReportLanguage;
  logo: string | null;
}

const FIELDS: { key: keyof Draft; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'url', label: 'Website' },
  { key: 'logo', label: 'Logo' },
  { key: 'publishBaseUrl', label: 'Publish base URL' },
  { key: 'reportLanguage', label: 'Report language' },
];

const LANGUAGE_CHOICES: Record<ReportLanguage, { label: string; native: string; help: string }> = {
  ar: { label: 'Arabic', native: 'العربية', help: 'Headings and labels in Arabic, laid out right to left.' },
  en: { label: 'English', native: 'English', help: 'Headings and labels in English, laid out left to right.' },
};

function draftOf(organisation: Organisation): Draft {
  return {
    name: organisation.name,
    url: organisation.url,
    publishBaseUrl: organisation.publishBaseUrl,
    reportLanguage: organisation.reportLanguage,
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

function show(draft: Draft, key: keyof Draft): ReactNode {
  const value = draft[key];
  if (key === 'logo') return value === null ? <span className="muted">(none)</span> : <img className="org-logo__thumb" src={value} alt="Logo" />;
  if (key === 'reportLanguage') return LANGUAGE_CHOICES[value as ReportLanguage].label;
  if (value === null || value.trim() === '') return <span className="muted">(none)</span>;
  return <span className="conflict__text">{value}</span>;
}

/** Reads a chosen file as a `data:` URL. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The file could not be read.')));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The organisation's settings (admins): loads them, then the form. */
export function OrganisationSettings() {
  const organisation = useOrganisation();
  if (organisation.isPending) return <Loading label="Loading the settings…" />;
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
          toast.show('Organisation settings saved.', 'success');
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
      setErrors({ _form: 'Nothing has changed since the last save.' });
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
      setErrors((current) => ({ ...current, logo: `The file is ${Math.ceil(file.size / 1024)} kB; the logo may be at most ${MAX_LOGO_BYTES / 1024} kB.` }));
      return;
    }
    setReading(true);
    try {
      const dataUrl = await readAsDataUrl(file);
      const checked = LogoSchema.safeParse(dataUrl);
      if (!checked.success) {
        setErrors((current) => ({ ...current, logo: checked.error.issues[0]?.message ?? 'Choose a PNG, JPEG or WebP image.' }));
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
        label,
        mine: show(values, key),
        theirs: show(draftOf(conflict), key),
      }))
    : [];

  const describe = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form settings-form" onSubmit={submit} noValidate aria-label="Organisation settings">
      {conflict ? (
        <ConflictNotice subject="organisation's settings" changedBy={null} rows={conflictRows} onKeepMine={keepMine} onTakeTheirs={takeTheirs} pending={update.isPending} />
      ) : null}
      <section className="panel-section settings-form__section" aria-labelledby={`${id}-identity`}>
        <h2 id={`${id}-identity`} className="panel-section__heading">
          Who publishes
        </h2>
        <TextField
          id={`${id}-name`}
          label="Name"
          help="Shown on reports and as the author of each published fact-check."
          dir="auto"
          autoComplete="organization"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id={`${id}-url`}
          label="Website"
          help="The organisation’s home page, starting with https:// or http://."
          {...URL_INPUT}
          placeholder="https://"
          value={values.url}
          onChange={set('url')}
          error={errors.url}
        />
        <div className="field" role="group" aria-labelledby={`${id}-logo-label`}>
          <span id={`${id}-logo-label`} className="field__label">
            Logo
          </span>
          <div className="org-logo">
            <div className="org-logo__frame">
              {values.logo ? (
                <img className="org-logo__preview" src={values.logo} alt="Logo preview" data-testid="logo-preview" />
              ) : (
                <span className="org-logo__empty">No logo</span>
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
                  {reading ? 'Reading…' : values.logo ? 'Replace logo…' : 'Upload logo…'}
                </button>
                {values.logo ? (
                  <button type="button" className="button button--danger-outline button--small" onClick={() => set('logo')(null)}>
                    Remove logo
                  </button>
                ) : null}
              </div>
              <p id={`${id}-logo-help`} className="field__help">
                PNG, JPEG or WebP, at most {MAX_LOGO_BYTES / 1024} kB. A square or wide image reads best on reports.
              </p>
              <FieldError id={`${id}-logo-error`} message={errors.logo} />
            </div>
          </div>
        </div>
      </section>
      <section className="panel-section settings-form__section" aria-labelledby={`${id}-publishing`}>
        <h2 id={`${id}-publishing`} className="panel-section__heading">
          Publishing
        </h2>
        <TextField
          id={`${id}-publishBaseUrl`}
          label="Publish base URL"
          help="Each published fact-check’s address lies under this one; the ClaimReview data of a report points there."
          {...URL_INPUT}
          placeholder="https://example.org/fact-checks/"
          value={values.publishBaseUrl}
          onChange={set('publishBaseUrl')}
          error={errors.publishBaseUrl}
        />
        <fieldset className="field" aria-describedby={describe('reportLanguage')}>
          <legend className="field__label">Report language</legend>
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
                    {LANGUAGE_CHOICES[language].label} labels
                    {language === 'ar' ? (
                      <span className="choice-option__native" lang="ar" dir="rtl">
                        {LANGUAGE_CHOICES[language].native}
                      </span>
                    ) : null}
                  </span>
                  <span className="choice-option__help">{LANGUAGE_CHOICES[language].help}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${id}-reportLanguage-error`} message={errors.reportLanguage} />
        </fieldset>
      </section>
      <FieldError id={`${id}-form-error`} message={errors._form} />
      <div className="form__actions settings-form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending || reading || conflict !== null}>
          {update.isPending ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => {
            setValues(base);
            setErrors({});
          }} disabled={!dirty || update.isPending}>
          Discard changes
        </button>
        <span className="muted settings-form__status" role="status">
          {dirty ? 'Unsaved changes.' : `Last saved ${formatTime(organisation.updatedAt)}.`}
        </span>
      </div>
    </form>
  );
}
