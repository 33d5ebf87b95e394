import type { WorkloadRow } from '@sanad/shared/schemas/summary';
import type { ClaimStatus } from '@sanad/shared/schemas/workflow';
import { formatCount, STATUS_COLORS, STATUS_ORDER, STATUS_WORDS } from '../format.ts';

/** Column headings short enough for a narrow table; the full words are in the tooltip and for screen readers. */
const SHORT: Record<ClaimStatus, string> = { draft: 'Draft', submitted: 'Awaiting', changes_requested: 'Changes', approved: 'Approved' };

/** Claims per reviewer by status (a claim's reviewer is its assignee, or else whoever marked it), busiest first. */
export function Workload({ rows }: { rows: WorkloadRow[] }) {
  if (rows.length === 0) {
    return (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">No reviewer work in this view</p>
        <p>Assign articles or claims to reviewers from the article view; their claims are counted here.</p>
      </div>
    );
  }
  const max = Math.max(1, ...rows.map((row) => row.claims));
  return (
    <div className="dash-scroll">
      <table className="dash-tally dash-workload" data-testid="workload">
        <caption className="visually-hidden">Claims per reviewer by status</caption>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            {STATUS_ORDER.map((status) => (
              <th key={status} scope="col" className="dash-num" title={STATUS_WORDS[status]}>
                <span aria-hidden="true">{SHORT[status]}</span>
                <span className="visually-hidden">{STATUS_WORDS[status]}</span>
              </th>
            ))}
            <th scope="col" className="dash-num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reviewer.id}>
              <th scope="row">
                <span className="dash-workload__name">{row.reviewer.name}</span>
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
                  {row.statuses[status] === 0 ? <span className="dash-zero">0</span> : formatCount(row.statuses[status])}
                </td>
              ))}
              <td className="dash-num dash-strong">{formatCount(row.claims)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
