import type { AgreementFigures, AgreementReport } from '@sanad/shared/schemas/double-rating';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DateInput } from '../../../components/date-input.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { type Formatters, useFormat } from '../../../i18n/format.ts';
import { type Translate, useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { useAgreement } from '../api/get-agreement.ts';
import { useAgreementRange } from '../hooks/use-agreement-range.ts';

/** "n/a" where a figure is not defined (no pairs, or one category only), with the reason as its tooltip. */
function Figure({ value, as, f, t }: { value: number | null; as: 'percent' | 'coefficient'; f: Formatters; t: Translate }) {
  if (value === null) {
    return (
      <span className="agreement__na" title={t('doubleRating.notDefinedHelp')}>
        {t('doubleRating.notDefined')}
      </span>
    );
  }
  return <>{as === 'percent' ? f.percent(value) : f.coefficient(value)}</>;
}

/** Whether any figure of the report is not defined (the note under the tables explains "n/a"). */
function hasUndefined(report: AgreementReport): boolean {
  const rows: AgreementFigures[] = [report.desk, ...report.articles, ...report.raters];
  return rows.some((row) => row.rawAgreement === null || row.kappa === null || row.alpha === null);
}

/** The three figures of a row, as table cells. */
function FigureCells({ row, f, t }: { row: AgreementFigures; f: Formatters; t: Translate }) {
  return (
    <>
      <td className="dash-num">{f.number(row.pairs)}</td>
      <td className="dash-num">
        <Figure value={row.rawAgreement} as="percent" f={f} t={t} />
      </td>
      <td className="dash-num">
        <Figure value={row.kappa} as="coefficient" f={f} t={t} />
      </td>
      <td className="dash-num">
        <Figure value={row.alpha} as="coefficient" f={f} t={t} />
      </td>
    </>
  );
}

/** The column headings after the first: claims rated twice and the three figures. */
function FigureHeadings({ t }: { t: Translate }) {
  return (
    <>
      <th scope="col" className="dash-num">
        {t('doubleRating.claims')}
      </th>
      <th scope="col" className="dash-num">
        {t('doubleRating.raw')}
      </th>
      <th scope="col" className="dash-num">
        {t('doubleRating.kappa')}
      </th>
      <th scope="col" className="dash-num">
        {t('doubleRating.alpha')}
      </th>
    </>
  );
}

/** The desk's figures and the tables by article and by pair of raters. */
function AgreementFiguresView({ report }: { report: AgreementReport }) {
  const t = useT();
  const f = useFormat();
  const { desk } = report;
  return (
    <>
      <div className="agreement__desk" data-testid="agreement-desk">
        <h3 className="agreement__title">
          {t('doubleRating.desk')} <span className="dash-section__meta">{t('doubleRating.pairs', { count: desk.pairs })}</span>
        </h3>
        <dl className="agreement__figures">
          <div className="agreement__figure">
            <dt>{t('doubleRating.raw')}</dt>
            <dd className="agreement__value">
              <Figure value={desk.rawAgreement} as="percent" f={f} t={t} />
            </dd>
          </div>
          <div className="agreement__figure">
            <dt>{t('doubleRating.kappa')}</dt>
            <dd className="agreement__value">
              <Figure value={desk.kappa} as="coefficient" f={f} t={t} />
            </dd>
          </div>
          <div className="agreement__figure">
            <dt>{t('doubleRating.alpha')}</dt>
            <dd className="agreement__value">
              <Figure value={desk.alpha} as="coefficient" f={f} t={t} />
            </dd>
            <dd className="agreement__sub">{t('doubleRating.numericPairs', { count: desk.numericPairs })}</dd>
          </div>
        </dl>
      </div>
      <div className="agreement__tables">
        <div className="dash-scroll">
          <table className="dash-tally agreement__table" data-testid="agreement-articles">
            <caption className="agreement__caption">{t('doubleRating.byArticle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('doubleRating.article')}</th>
                <FigureHeadings t={t} />
              </tr>
            </thead>
            <tbody>
              {report.articles.map((row) => (
                <tr key={row.article.id}>
                  <th scope="row">
                    <Link to={`/articles/${row.article.id}`} className="agreement__link">
                      <bdi>{row.article.title}</bdi>
                    </Link>
                  </th>
                  <FigureCells row={row} f={f} t={t} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="dash-scroll">
          <table className="dash-tally agreement__table" data-testid="agreement-pairs">
            <caption className="agreement__caption">{t('doubleRating.byPair')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('doubleRating.raters')}</th>
                <FigureHeadings t={t} />
              </tr>
            </thead>
            <tbody>
              {report.raters.map((row) => (
                <tr key={`${row.pair[0].id}-${row.pair[1].id}`}>
                  <th scope="row">{f.list(row.pair.map((person) => person.name))}</th>
                  <FigureCells row={row} f={f} t={t} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {hasUndefined(report) ? <p className="field__help">{t('doubleRating.notDefinedHelp')}</p> : null}
    </>
  );
}

/**
 * Agreement between raters on the editors' dashboard (issue #16): over the
 * claims rated twice, blind, in a range of days kept in the URL, the desk's
 * raw agreement, Cohen's kappa and Krippendorff's alpha (ordinal, numeric part
 * of the scale), then the same per article and per pair of raters.
 */
export function AgreementPanel() {
  const id = useId();
  const t = useT();
  const { range, setRange } = useAgreementRange();
  const agreement = useAgreement(range);

  let body: ReactNode;
  if (agreement.isPending) {
    body = <Loading label={t('doubleRating.agreementLoading')} />;
  } else if (agreement.isError) {
    body = (
      <div className="region-error" role="alert">
        <p className="region-error__title">{t('doubleRating.agreementLoadFailed')}</p>
        <p className="region-error__message">{describeError(agreement.error)}</p>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={() => void agreement.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      </div>
    );
  } else if (agreement.data.desk.pairs === 0) {
    body = (
      <div className="empty-state empty-state--compact" data-testid="agreement-empty">
        <p>{t('doubleRating.noPairs')}</p>
      </div>
    );
  } else {
    body = <AgreementFiguresView report={agreement.data} />;
  }

  return (
    <section className="dash-section agreement" aria-labelledby={`${id}-heading`} data-testid="agreement-panel">
      <h2 id={`${id}-heading`} className="dash-section__title">
        {t('doubleRating.agreementHeading')}
      </h2>
      <p className="muted agreement__help">{t('doubleRating.agreementHelp')}</p>
      <form className="dash-filters agreement__range" aria-label={t('doubleRating.rangeLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="dash-filter">
          <label htmlFor={`${id}-from`} className="field__label">
            {t('doubleRating.from')}
          </label>
          <DateInput id={`${id}-from`} value={range.from} max={range.to} onCommit={(value) => setRange({ from: value })} />
        </div>
        <div className="dash-filter">
          <label htmlFor={`${id}-to`} className="field__label">
            {t('doubleRating.to')}
          </label>
          <DateInput id={`${id}-to`} value={range.to} min={range.from} onCommit={(value) => setRange({ to: value })} />
        </div>
        <div className="dash-filter dash-filter--actions">
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={range.from === undefined && range.to === undefined}
            onClick={() => setRange({ from: undefined, to: undefined })}
          >
            {t('doubleRating.allDays')}
          </button>
        </div>
      </form>
      {body}
    </section>
  );
}
