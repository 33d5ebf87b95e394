import { can } from '@sanad/shared/permissions';
import type { Article } from '@sanad/shared/schemas/article';
import { lazy, Suspense } from 'react';
import { useCurrentUser } from '../../../lib/session.ts';

// The popover (and its positioning library) loads only for editors, and not before the article shows.
const AssignPopover = lazy(() => import('./assign-popover.tsx').then((module) => ({ default: module.AssignPopover })));

/**
 * Who the article is assigned to (everyone sees it) and, for editors, an
 * "Assign" popover listing the active reviewers as checkboxes.
 */
export function ArticleAssignees({ article }: { article: Article }) {
  const me = useCurrentUser();
  const mayAssign = can(me.role, 'article.assign');
  return (
    <div className="assignees" data-testid="article-assignees">
      <span className="assignees__label">Assigned:</span>{' '}
      {article.assignees.length === 0 ? <span className="muted">nobody</span> : <span>{article.assignees.map((user) => user.name).join(', ')}</span>}
      {mayAssign ? (
        <Suspense
          fallback={
            <button type="button" className="button button--secondary button--small" disabled>
              Assign
            </button>
          }
        >
          <AssignPopover article={article} />
        </Suspense>
      ) : null}
    </div>
  );
}
