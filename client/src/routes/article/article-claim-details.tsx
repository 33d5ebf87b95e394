import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { claimOwnershipNote, mayChangeClaim } from '@sanad/shared/permissions';
import { useEffect } from 'react';
import type { UserRef } from '@sanad/shared/schemas/user';
import { claimQueryOptions } from '../../features/claims/api/get-claim.ts';
import { ClaimPanel, type ClaimPanelProps } from '../../features/claims/components/claim-panel.tsx';
import { RestsOnSection } from '../../features/claims/components/rests-on-section.tsx';
import { useCreateComment } from '../../features/comments/api/create-comment.ts';
import { DisagreementThreadStart } from '../../features/double-rating/components/disagreement-thread.tsx';
import { Discussion } from '../../features/comments/components/discussion.tsx';
import { HistoryList } from '../../features/history/components/history-list.tsx';
import { useOrganisation } from '../../features/organisation/api/get-organisation.ts';
import { SourcesSection } from '../../features/sources/components/sources-section.tsx';
import { ClaimAssignee } from '../../features/users/components/claim-assignee.tsx';
import { VerdictForm } from '../../features/verdicts/components/verdict-form.tsx';
import { OutdatedMark } from '../../features/verdicts/components/outdated-mark.tsx';
import { DoubleRatingSection, verdictHiddenByDoubleRating } from '../../features/double-rating/components/double-rating-section.tsx';
import { useUsers } from '../../features/users/api/get-users.ts';
import { can } from '@sanad/shared/permissions';
import { WorkflowSection } from '../../features/workflow/components/workflow-section.tsx';
import { claimKeys } from '../../lib/query-keys.ts';
import { useCurrentUser } from '../../lib/session.ts';

type ArticleClaimDetailsProps = Omit<ClaimPanelProps, 'claim' | 'workflow' | 'assignee' | 'discussion' | 'history' | 'children' | 'readOnlyNote'> & {
  /** The claim as the article's claim index knows it; its detail is fetched (or was prefetched from the list). */
  claim: ClaimSummary;
  /** The reviewers assigned to the claim's article (who may change its claims). */
  articleAssignees: UserRef[];
  /** The article's claims as the index knows them (an opinion's "Rests on" choices and their ratings). */
  articleClaims: readonly ClaimSummary[];
  /** Opens another claim of the article (a claim an opinion rests on). */
  onOpenClaim: (id: number) => void;
};

/**
 * One claim's panel as the article screen shows it: verdict, sources,
 * workflow, assignee, discussion and history. Its own module, loaded when a
 * claim is first opened, because its forms (and the schemas they validate
 * with) are most of the client's code and an article opens without them.
 * A reviewer who may not change the claim (the shared ownership rule) sees
 * it read-only, with whose claim it is and how to get access.
 *
 * The article page knows its claims from the compact index (ADR 028); what
 * the panel shows (rationale, sources, people) is the claim's detail, read
 * here (suspending until it is in, usually prefetched from the list) and
 * fetched again when the index says the claim changed since.
 */
export function ArticleClaimDetails({ articleAssignees, articleClaims, onOpenClaim, claim: summary, ...props }: ArticleClaimDetailsProps) {
  const { data: claim } = useSuspenseQuery(claimQueryOptions(summary.id));
  const queryClient = useQueryClient();
  useEffect(() => {
    if (summary.version > claim.version) void queryClient.invalidateQueries({ queryKey: claimKeys.detail(summary.id) });
  }, [summary.id, summary.version, claim.version, queryClient]);
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
  // Editors ask a reviewer for a claim's second rating (ADR 034).
  const users = useUsers(can(me.role, 'article.assign'));
  const reviewers = (users.data?.users ?? []).filter((user) => user.active && user.role === 'reviewer');
  const blind = verdictHiddenByDoubleRating(claim, me);
  return (
    <ClaimPanel
      {...props}
      claim={claim}
      readOnlyNote={readOnlyNote}
      workflow={<WorkflowSection claim={claim} mayChange={mayChange && !blind} />}
      assignee={<ClaimAssignee claim={claim} />}
      discussion={<Discussion claimId={claim.id} opening={<DisagreementThreadStart claim={claim} />} />}
      history={<HistoryList claimId={claim.id} claim={claim} />}
    >
      {claim.kind === 'opinion' ? (
        <RestsOnSection claim={claim} articleClaims={articleClaims} language={props.language} direction={props.direction} readOnly={readOnly} onOpen={onOpenClaim} />
      ) : null}
      {blind ? null : <VerdictForm claim={claim} readOnly={readOnly} onShareDraft={(body) => createComment.mutateAsync({ body })} />}
      {blind ? null : <OutdatedMark claim={claim} />}
      <DoubleRatingSection claim={claim} reviewers={reviewers} readOnly={claim.status === 'approved'} />
      {blind ? null : <SourcesSection claim={claim} readOnly={readOnly} requiredIndependent={organisation.data?.minIndependentSources ?? 0} />}
    </ClaimPanel>
  );
}
