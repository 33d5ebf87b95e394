import type { Claim } from '@sanad/shared/schemas/claim';
import type { Direction } from '@sanad/shared/text/language';
import { ClaimPanel } from '../features/claims/components/claim-panel.tsx';
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
export function ArticleClaimDetails({
  claim,
  language,
  direction,
  position,
  total,
  onBack,
  onDeleted,
  onReattach,
}: {
  claim: Claim;
  language: string;
  direction: Direction;
  position: number;
  total: number;
  onBack: () => void;
  onDeleted: () => void;
  onReattach: (id: number) => void;
}) {
  const readOnly = claim.status === 'approved';
  return (
    <ClaimPanel
      claim={claim}
      language={language}
      direction={direction}
      position={position}
      total={total}
      onBack={onBack}
      onDeleted={onDeleted}
      onReattach={onReattach}
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
