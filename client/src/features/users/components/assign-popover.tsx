import * as Popover from '@radix-ui/react-popover';
import type { Article } from '@sanad/shared/schemas/article';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useUsers } from '../api/get-users.ts';
import { useSetArticleAssignees } from '../api/set-article-assignees.ts';

/** The editors' "Assign" button and its popover of active reviewers as checkboxes (loaded on first use by ArticleAssignees). */
export function AssignPopover({ article }: { article: Article }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="button button--secondary button--small">
          {t('users.assign')}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover assign-popover" align="start" sideOffset={6}>
          {open ? <AssignForm article={article} onDone={() => setOpen(false)} /> : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function AssignForm({ article, onDone }: { article: Article; onDone: () => void }) {
  const id = useId();
  const t = useT();
  const users = useUsers();
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(article.assignees.map((user) => user.id)));
  const save = useSetArticleAssignees(article.id);
  const toast = useToast();
  const reviewers = (users.data?.users ?? []).filter((user) => user.active && user.role === 'reviewer');

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { input: { userIds: [...chosen] }, version: article.version },
      {
        onSuccess: () => {
          toast.show(t('users.assignmentSaved'), 'success');
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="popover__title">
        {t('users.assignTitle')}
      </p>
      {users.isPending ? <p className="muted">{t('users.loadingReviewers')}</p> : null}
      {users.isError ? <p className="field__error">{describeError(users.error)}</p> : null}
      {users.data && reviewers.length === 0 ? <p className="muted">{t('users.noReviewers')}</p> : null}
      <ul className="assign-popover__list">
        {reviewers.map((user) => (
          <li key={user.id}>
            <label className="toggle">
              <input
                type="checkbox"
                checked={chosen.has(user.id)}
                onChange={(event) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.add(user.id);
                    else next.delete(user.id);
                    return next;
                  })
                }
              />
              <span>
                <bdi>{user.name}</bdi> <bdi className="muted">{user.email}</bdi>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={save.isPending || !users.data}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
