import { CLAIM_KINDS } from '@sanad/shared/schemas/claim';
import { useLocale } from '../../../i18n/format.ts';
import { useLingui } from '@lingui/react';
import { useId } from 'react';
import { DateInput } from '../../../components/date-input.tsx';
import { STATUS_MESSAGES } from '../../../components/status-badge.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { usePeople } from '../api/get-people.ts';
import { languageName, STATUS_ORDER, verdictLabel } from '../format.ts';
import type { DashboardQuery, FilterName } from '../hooks/use-dashboard-filters.ts';

/** Languages offered even when the current view has none of them (a filter narrows the rows). */
const COMMON_LANGUAGES = ['ar', 'en', 'fr', 'es', 'ur', 'fa', 'tr'];

interface DashboardFiltersProps {
  query: DashboardQuery;
  /** Languages seen in the data, added to the list. */
  languages: readonly string[];
  activeCount: number;
  /** The filter the server rejected, if any, marked invalid. */
  invalid?: string;
  onChange: (name: FilterName, value: string | undefined) => void;
  onClear: () => void;
}

/** Status, verdict, reviewer, language and date range; each change goes into the URL at once. */
export function DashboardFilters({ query, languages, activeCount, invalid, onChange, onClear }: DashboardFiltersProps) {
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const language = useLingui().i18n.locale;
  const people = usePeople();
  const scale = useRatingScale();
  const unrated = scale.styleOf(null);
  const undetermined = t('dashboard.languageUndetermined');
  const nameOf = (tag: string) => languageName(tag, locale, undetermined);
  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...languages, ...(query.language ? [query.language] : [])])].sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b), locale),
  );
  const reviewer = query.reviewer === undefined ? '' : String(query.reviewer);
  const knownReviewer = people.data?.some((person) => String(person.id) === reviewer) ?? false;

  return (
    <form className="dash-filters" aria-label={t('dashboard.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      <div className="dash-filter">
        <label htmlFor={`${id}-status`} className="field__label">
          {t('dashboard.statusFilter')}
        </label>
        <select id={`${id}-status`} className="input input--small" value={query.status ?? ''} onChange={(event) => onChange('status', event.target.value)}>
          <option value="">{t('dashboard.anyStatus')}</option>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_MESSAGES[status])}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-verdict`} className="field__label">
          {t('dashboard.verdictFilter')}
        </label>
        <select id={`${id}-verdict`} className="input input--small" value={query.verdict ?? ''} onChange={(event) => onChange('verdict', event.target.value)}>
          <option value="">{t('dashboard.anyVerdict')}</option>
          {scale.ratings.map((rating) => {
            const label = verdictLabel({ label: rating.labelEn, labelAr: rating.labelAr }, language);
            return (
              <option key={rating.key} value={rating.key}>
                {rating.retiredAt !== null ? t('dashboard.retiredRating', { label }) : label}
              </option>
            );
          })}
          <option value="unrated">{verdictLabel({ label: unrated.labelEn, labelAr: unrated.labelAr }, language)}</option>
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-kind`} className="field__label">
          {t('dashboard.kindFilter')}
        </label>
        <select id={`${id}-kind`} className="input input--small" value={query.kind ?? ''} onChange={(event) => onChange('kind', event.target.value)}>
          <option value="">{t('dashboard.anyKind')}</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t('claims.kindName', { kind })}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-reviewer`} className="field__label">
          {t('dashboard.reviewerFilter')}
        </label>
        <select id={`${id}-reviewer`} className="input input--small" value={reviewer} onChange={(event) => onChange('reviewer', event.target.value)}>
          <option value="">{t('dashboard.anyone')}</option>
          {reviewer !== '' && !knownReviewer ? <option value={reviewer}>{t('dashboard.reviewerNumber', { id: reviewer })}</option> : null}
          {(people.data ?? []).map((person) => (
            <option key={person.id} value={String(person.id)}>
              {t('dashboard.personOption', { name: person.name, role: person.role, active: person.active ? 'yes' : 'no' })}
            </option>
          ))}
        </select>
      </div>
      <div className="dash-filter">
        <label htmlFor={`${id}-language`} className="field__label">
          {t('dashboard.languageFilter')}
        </label>
        <select id={`${id}-language`} className="input input--small" value={query.language ?? ''} onChange={(event) => onChange('language', event.target.value)}>
          <option value="">{t('dashboard.anyLanguage')}</option>
          {languageOptions.map((tag) => (
            <option key={tag} value={tag}>
              {nameOf(tag)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="dash-filter dash-filter--dates">
        <legend className="field__label">{t('dashboard.addedBetween')}</legend>
        <div className="dash-filter__dates">
          <label htmlFor={`${id}-from`} className="visually-hidden">
            {t('dashboard.addedFrom')}
          </label>
          <DateInput id={`${id}-from`} value={query.from} max={query.to} invalid={invalid === 'from'} onCommit={(value) => onChange('from', value)} />
          <span aria-hidden="true">–</span>
          <label htmlFor={`${id}-to`} className="visually-hidden">
            {t('dashboard.addedUntil')}
          </label>
          <DateInput id={`${id}-to`} value={query.to} min={query.from} invalid={invalid === 'to'} onCommit={(value) => onChange('to', value)} />
        </div>
      </fieldset>
      <div className="dash-filter dash-filter--actions">
        <button type="button" className="button button--ghost button--small" onClick={onClear} disabled={activeCount === 0}>
          {t('dashboard.clearFiltersCount', { count: activeCount })}
        </button>
      </div>
    </form>
  );
}
