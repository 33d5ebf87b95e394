import { claimOwnershipNote, mayChangeClaim } from '@sanad/shared/permissions';
import type { UserRef } from '@sanad/shared/schemas/user';
import { ClaimPanel, type ClaimPanelProps } from '../../features/claims/components/claim-panel.tsx';
import { useCreateComment } from '../../features/comments/api/create-comment.ts';
import { Discussion } from '../../features/comments/components/discussion.tsx';
import { HistoryList } from '../../features/history/components/history-list.tsx';
import { useOrganisation } from '../../features/organisation/api/get-organisation.ts';
import { SourcesSection } from '../../features/sources/components/sources-section.tsx';
import { ClaimAssignee } from '../../features/users/components/claim-assignee.tsx';
import { VerdictForm } from '../../features/verdicts/components/verdict-form.tsx';
import { WorkflowSection } from '../../features/workflow/components/workflow-section.tsx';
import { useCurrentUser } from '../../lib/session.ts';

type ArticleClaimDetailsProps = Omit<ClaimPanelProps, 'workflow' | 'assignee' | 'discussion' | 'history' | 'children' | 'readOnlyNote'> & {
  /** The reviewers assigned to the claim's article (who may change its claims). */
  articleAssignees: UserRef[];
};

/**
 * One claim's panel as the article screen shows it: verdict, sources,
 * workflow, assignee, discussion and history. Its own module, loaded when a
 * claim is first opened, because its forms (and the schemas they validate
 * with) are most of the client's code and an article opens without them.
 * A reviewer who may not change the claim (the shared ownership rule) sees
 * it read-only, with whose claim it is and how to get access.
 */
export function ArticleClaimDetails({ articleAssignees, ...props }: ArticleClaimDetailsProps) {
  const { claim } = props;
  const me = useCurrentUser();
  const createComment = useCreateComment(claim.id);
  const organisation = useOrganisation();
  const mayChange = mayChangeClaim(me, {
    createdBy: claim.createdBy?.id ?? null,
    assigneeId: claim.assignee?.id ?? null,
    articleAssigneeIds: articleAssignees.map((user) => user.id),
    verdictSetBy: claim.verdict?.setBy?.id ?? null,
  });
  const readOnlyNote = mayChange
    ? null
    : claimOwnershipNote({
        createdBy: claim.createdBy?.name ?? null,
        assignee: claim.assignee?.name ?? null,
        articleAssignees: articleAssignees.map((user) => user.name),
        verdictSetBy: claim.verdict?.setBy?.name ?? null,
      });
  const readOnly = claim.status === 'approved' || !mayChange;
  return (
    <ClaimPanel
      {...props}
      readOnlyNote={readOnlyNote}
      workflow={<WorkflowSection claim={claim} mayChange={mayChange} />}
      assignee={<ClaimAssignee claim={claim} />}
      discussion={<Discussion claimId={claim.id} />}
      history={<HistoryList claimId={claim.id} claim={claim} />}
    >
      <VerdictForm claim={claim} readOnly={readOnly} onShareDraft={(body) => createComment.mutateAsync({ body })} />
      <SourcesSection claim={claim} readOnly={readOnly} requiredIndependent={organisation.data?.minIndependentSources ?? 0} />
    </ClaimPanel>
  );
}
