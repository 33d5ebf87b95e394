import type { ClaimStatus } from '@sanad/shared/schemas/workflow';
import { type MessageId, useT } from '../i18n/use-t.ts';

/** The message naming each review status. */
export const STATUS_MESSAGES = {
  draft: 'common.status.draft',
  submitted: 'common.status.submitted',
  approved: 'common.status.approved',
  changes_requested: 'common.status.changes_requested',
} as const satisfies Record<ClaimStatus, MessageId>;

/** A claim's review status as a small tag (colour plus words, never colour alone). */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status} data-testid="status-badge">
      {t(STATUS_MESSAGES[status])}
    </span>
  );
}
