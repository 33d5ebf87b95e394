import { useLingui } from '@lingui/react';
import type { Summary } from '@sanad/shared/schemas/summary';
import { useId } from 'react';
import { STATUS_MESSAGES } from '../../../components/status-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { STATUS_COLORS, STATUS_ORDER, useVerdictStyles, verdictLabel } from '../format.ts';

interface Bar {
  key: string;
  label: string;
  color: string;
  count: number;
}

const ROW_HEIGHT = 26;
const LABEL_WIDTH = 128;
const CHART_WIDTH = 360;
const VALUE_WIDTH = 52;

/**
 * Horizontal bars in plain SVG. Screen readers get one sentence (role="img"
 * with aria-label); the visible table beside it holds the same numbers. In a
 * right-to-left interface the chart mirrors: labels on the right, bars growing
 * leftwards (positions computed, since SVG does not follow `dir`).
 */
function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const t = useT();
  const f = useFormat();
  const rtl = useLingui().i18n.locale === 'ar';
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT;
  const summary = t('dashboard.chartSummary', {
    label,
    items: f.list(bars.map((bar) => t('dashboard.chartItem', { count: f.number(bar.count), label: bar.label }))),
  });
  // x of a point measured from the chart's start edge (left in English, right in Arabic).
  const at = (x: number) => (rtl ? CHART_WIDTH - x : x);
  return (
    <svg
      className="dash-chart"
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      direction="ltr"
      preserveAspectRatio={rtl ? 'xMaxYMin meet' : 'xMinYMin meet'}
    >
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT;
        const width = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * barSpace);
        return (
          <g key={bar.key} transform={`translate(0 ${y})`}>
            <text x={at(LABEL_WIDTH - 8)} y={ROW_HEIGHT / 2} dominantBaseline="central" textAnchor={rtl ? 'start' : 'end'} className="dash-chart__label">
              {bar.label}
            </text>
            <rect x={rtl ? at(LABEL_WIDTH + barSpace) : LABEL_WIDTH} y={5} width={barSpace} height={ROW_HEIGHT - 10} rx={3} className="dash-chart__track" />
            <rect x={rtl ? at(LABEL_WIDTH + width) : LABEL_WIDTH} y={5} width={width} height={ROW_HEIGHT - 10} rx={3} fill={bar.color} />
            <text
              x={at(LABEL_WIDTH + width + 6)}
              y={ROW_HEIGHT / 2}
              dominantBaseline="central"
              textAnchor={rtl ? 'end' : 'start'}
              className="dash-chart__value"
            >
              {f.number(bar.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The same numbers as the chart, as a plain table with a share column. */
function TallyTable({ bars, caption, kind, total, testId }: { bars: Bar[]; caption: string; kind: 'verdict' | 'status'; total: number; testId: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <table className="dash-tally" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{kind === 'verdict' ? t('dashboard.verdictColumn') : t('dashboard.statusColumn')}</th>
          <th scope="col" className="dash-num">
            {t('dashboard.claimsColumn')}
          </th>
          <th scope="col" className="dash-num">
            {t('dashboard.shareColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key} data-key={bar.key}>
            <th scope="row">
              <span className="swatch" style={{ backgroundColor: bar.color }} aria-hidden="true" /> {bar.label}
            </th>
            <td className="dash-num" data-testid="tally-count">
              {f.number(bar.count)}
            </td>
            <td className="dash-num">{total === 0 ? '—' : f.percent(bar.count / total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('dashboard.total')}</th>
          <td className="dash-num">{f.number(total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** Claims per verdict and per status over the filtered set: a chart and the same numbers as a table. */
export function Totals({ totals }: { totals: Summary['totals'] }) {
  const id = useId();
  const t = useT();
  const language = useLingui().i18n.locale;
  const verdictBars = useVerdictStyles(totals.verdicts).map((style) => ({
    key: style.key,
    label: verdictLabel(style, language),
    color: style.color,
    count: totals.verdicts[style.key] ?? 0,
  }));
  const statusBars = STATUS_ORDER.map((status) => ({ key: status, label: t(STATUS_MESSAGES[status]), color: STATUS_COLORS[status], count: totals.statuses[status] }));
  const perVerdict = t('dashboard.claimsPerVerdict');
  const perStatus = t('dashboard.claimsPerStatus');
  return (
    <div className="dash-totals">
      <section className="dash-card" aria-labelledby={`${id}-verdicts`}>
        <h3 id={`${id}-verdicts`} className="dash-card__title">
          {perVerdict}
        </h3>
        <div className="dash-card__body">
          <BarChart bars={verdictBars} label={perVerdict} />
          <TallyTable bars={verdictBars} caption={perVerdict} kind="verdict" total={totals.claims} testId="verdict-totals" />
        </div>
      </section>
      <section className="dash-card" aria-labelledby={`${id}-statuses`}>
        <h3 id={`${id}-statuses`} className="dash-card__title">
          {perStatus}
        </h3>
        <div className="dash-card__body">
          <BarChart bars={statusBars} label={perStatus} />
          <TallyTable bars={statusBars} caption={perStatus} kind="status" total={totals.claims} testId="status-totals" />
        </div>
      </section>
    </div>
  );
}
