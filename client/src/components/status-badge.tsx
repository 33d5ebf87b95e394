import type { ClaimStatus } from '@sanad/shared/schemas/workflow';

/** Words for each review status. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

/** A claim's review status as a small tag (colour plus words, never colour alone). */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status} data-testid="status-badge">
      {STATUS_LABELS[status]}
    </span>
  );
}
