import { ClaimPanel, type ClaimPanelProps } from '../features/claims/components/claim-panel.tsx';
import { Discussion } from '../features/comments/components/discussion.tsx';
import { HistoryList } from '../features/history/components/history-list.tsx';
import { SourcesSection } from '../features/sources/components/sources-section.tsx';
import { ClaimAssignee } from '../features/users/components/claim-assignee.tsx';
import { VerdictForm } from '../features/verdicts/components/verdict-form.tsx';
import { WorkflowSection } from '../features/workflow/components/workflow-section.tsx';

/**
 * One claim's panel as the article screen shows it: verdict, sources,
 * workflow, assignee, discussion and history. Its own module, loaded when a
 * claim is first opened, because its forms (and the schemas they validate
 * with) are most of the client's code and an article opens without them.
 */
export function ArticleClaimDetails(props: Omit<ClaimPanelProps, 'workflow' | 'assignee' | 'discussion' | 'history' | 'children'>) {
  const { claim } = props;
  const readOnly = claim.status === 'approved';
  return (
    <ClaimPanel
      {...props}
      workflow={<WorkflowSection claim={claim} />}
      assignee={<ClaimAssignee claim={claim} />}
      discussion={<Discussion claimId={claim.id} />}
      history={<HistoryList claimId={claim.id} claim={claim} />}
    >
      <VerdictForm claim={claim} readOnly={readOnly} />
      <SourcesSection claim={claim} readOnly={readOnly} />
    </ClaimPanel>
  );
}
