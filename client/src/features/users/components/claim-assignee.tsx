import { can } from '@sanad/shared/permissions';
import type { Claim } from '@sanad/shared/schemas/claim';
import { useId } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useAssignClaim } from '../api/assign-claim.ts';
import { useUsers } from '../api/get-users.ts';

/** The reviewer a single claim is assigned to; editors choose one (or nobody) from the active reviewers. */
export function ClaimAssignee({ claim }: { claim: Claim }) {
  const id = useId();
  const t = useT();
  const me = useCurrentUser();
  const mayAssign = can(me.role, 'article.assign');
  const users = useUsers(mayAssign);
  const assign = useAssignClaim();
  const toast = useToast();
  if (!mayAssign) return null;
  const reviewers = (users.data?.users ?? []).filter((user) => user.active && user.role === 'reviewer');
  const options = claim.assignee && !reviewers.some((user) => user.id === claim.assignee?.id) ? [claim.assignee, ...reviewers] : reviewers;
  return (
    <div className="field field--inline claim-assignee">
      <label htmlFor={`${id}-assignee`} className="field__label">
        {t('users.claimAssignedTo')}
      </label>
      <select
        id={`${id}-assignee`}
        className="input input--small"
        value={claim.assignee?.id ?? ''}
        disabled={assign.isPending || users.isPending}
        onChange={(event) => {
          const value = event.target.value === '' ? null : Number(event.target.value);
          assign.mutate({ claim, assigneeId: value }, { onSuccess: () => toast.show(t('users.assignmentSaved'), 'success') });
        }}
      >
        <option value="">{t('users.nobodyArticleReviewers')}</option>
        {options.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </select>
    </div>
  );
}
