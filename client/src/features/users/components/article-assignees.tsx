import { can } from '@sanad/shared/permissions';
import type { Article } from '@sanad/shared/schemas/article';
import { lazy, Suspense } from 'react';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useCurrentUser } from '../../../lib/session.ts';

// The popover (and its positioning library) loads only for editors, and not before the article shows.
const AssignPopover = lazy(() => import('./assign-popover.tsx').then((module) => ({ default: module.AssignPopover })));

/**
 * Who the article is assigned to (everyone sees it) and, for editors, an
 * "Assign" popover listing the active reviewers as checkboxes.
 */
export function ArticleAssignees({ article }: { article: Article }) {
  const t = useT();
  const f = useFormat();
  const me = useCurrentUser();
  const mayAssign = can(me.role, 'article.assign');
  return (
    <div className="assignees" data-testid="article-assignees">
      <span className="assignees__label">{t('users.assigned')}</span>{' '}
      {article.assignees.length === 0 ? <span className="muted">{t('users.nobody')}</span> : <bdi>{f.list(article.assignees.map((user) => user.name))}</bdi>}
      {mayAssign ? (
        <Suspense
          fallback={
            <button type="button" className="button button--secondary button--small" disabled>
              {t('users.assign')}
            </button>
          }
        >
          <AssignPopover article={article} />
        </Suspense>
      ) : null}
    </div>
  );
}
