import type { WorkloadRow } from '@sanad/shared/schemas/summary';
import { STATUS_MESSAGES } from '../../../components/status-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { STATUS_COLORS, STATUS_ORDER, STATUS_SHORT } from '../format.ts';

/** Claims per reviewer by status (a claim's reviewer is its assignee, or else whoever marked it), busiest first. */
export function Workload({ rows }: { rows: WorkloadRow[] }) {
  const t = useT();
  const f = useFormat();
  if (rows.length === 0) {
    return (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">{t('dashboard.workloadEmptyTitle')}</p>
        <p>{t('dashboard.workloadEmptyText')}</p>
      </div>
    );
  }
  const max = Math.max(1, ...rows.map((row) => row.claims));
  return (
    <div className="dash-scroll">
      <table className="dash-tally dash-workload" data-testid="workload">
        <caption className="visually-hidden">{t('dashboard.workloadCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.reviewerColumn')}</th>
            {STATUS_ORDER.map((status) => (
              // Column headings short enough for a narrow table; the full words are in the tooltip and for screen readers.
              <th key={status} scope="col" className="dash-num" title={t(STATUS_MESSAGES[status])}>
                <span aria-hidden="true">{t(STATUS_SHORT[status])}</span>
                <span className="visually-hidden">{t(STATUS_MESSAGES[status])}</span>
              </th>
            ))}
            <th scope="col" className="dash-num">
              {t('dashboard.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reviewer.id}>
              <th scope="row">
                <bdi className="dash-workload__name">{row.reviewer.name}</bdi>
                <span className="dash-workload__bar" aria-hidden="true" style={{ width: `${(row.claims / max) * 100}%` }}>
                  {STATUS_ORDER.map((status) =>
                    row.statuses[status] > 0 ? (
                      <span key={status} style={{ flexGrow: row.statuses[status], backgroundColor: STATUS_COLORS[status] }} />
                    ) : null,
                  )}
                </span>
              </th>
              {STATUS_ORDER.map((status) => (
                <td key={status} className="dash-num">
                  {row.statuses[status] === 0 ? <span className="dash-zero">{f.number(0)}</span> : f.number(row.statuses[status])}
                </td>
              ))}
              <td className="dash-num dash-strong">{f.number(row.claims)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
