import type { Summary } from '@sanad/shared/schemas/summary';
import { useId } from 'react';
import { formatCount, STATUS_COLORS, STATUS_ORDER, STATUS_WORDS, useVerdictStyles } from '../format.ts';

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
 * with aria-label); the visible table beside it holds the same numbers.
 */
function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW_HEIGHT;
  const summary = `${label}: ${bars.map((bar) => `${formatCount(bar.count)} ${bar.label}`).join(', ')}.`;
  return (
    <svg
      className="dash-chart"
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT;
        const width = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * barSpace);
        return (
          <g key={bar.key} transform={`translate(0 ${y})`}>
            <text x={LABEL_WIDTH - 8} y={ROW_HEIGHT / 2} dominantBaseline="central" textAnchor="end" className="dash-chart__label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={5} width={barSpace} height={ROW_HEIGHT - 10} rx={3} className="dash-chart__track" />
            <rect x={LABEL_WIDTH} y={5} width={width} height={ROW_HEIGHT - 10} rx={3} fill={bar.color} />
            <text x={LABEL_WIDTH + width + 6} y={ROW_HEIGHT / 2} dominantBaseline="central" className="dash-chart__value">
              {formatCount(bar.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The same numbers as the chart, as a plain table with a share column. */
function TallyTable({ bars, caption, total, testId }: { bars: Bar[]; caption: string; total: number; testId: string }) {
  return (
    <table className="dash-tally" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.startsWith('Claims per verdict') ? 'Verdict' : 'Status'}</th>
          <th scope="col" className="dash-num">
            Claims
          </th>
          <th scope="col" className="dash-num">
            Share
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
              {formatCount(bar.count)}
            </td>
            <td className="dash-num">{total === 0 ? '—' : `${Math.round((bar.count / total) * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="dash-num">{formatCount(total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** Claims per verdict and per status over the filtered set: a chart and the same numbers as a table. */
export function Totals({ totals }: { totals: Summary['totals'] }) {
  const id = useId();
  const verdictBars = useVerdictStyles(totals.verdicts).map((style) => ({
    key: style.key,
    label: style.label,
    color: style.color,
    count: totals.verdicts[style.key] ?? 0,
  }));
  const statusBars = STATUS_ORDER.map((status) => ({ key: status, label: STATUS_WORDS[status], color: STATUS_COLORS[status], count: totals.statuses[status] }));
  return (
    <div className="dash-totals">
      <section className="dash-card" aria-labelledby={`${id}-verdicts`}>
        <h3 id={`${id}-verdicts`} className="dash-card__title">
          Claims per verdict
        </h3>
        <div className="dash-card__body">
          <BarChart bars={verdictBars} label="Claims per verdict" />
          <TallyTable bars={verdictBars} caption="Claims per verdict" total={totals.claims} testId="verdict-totals" />
        </div>
      </section>
      <section className="dash-card" aria-labelledby={`${id}-statuses`}>
        <h3 id={`${id}-statuses`} className="dash-card__title">
          Claims per status
        </h3>
        <div className="dash-card__body">
          <BarChart bars={statusBars} label="Claims per status" />
          <TallyTable bars={statusBars} caption="Claims per status" total={totals.claims} testId="status-totals" />
        </div>
      </section>
    </div>
  );
}
