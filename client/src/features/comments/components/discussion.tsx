import { TextAreaField } from '../../../components/text-area-field.tsx';
import { can } from '@sanad/shared/permissions';
import { CreateCommentInputSchema, type Comment } from '@sanad/shared/schemas/workflow';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useComments } from '../api/get-comments.ts';
import { useCreateComment } from '../api/create-comment.ts';
import { storeComment, useUpdateComment } from '../api/update-comment.ts';

/**
 * A claim's discussion thread: comments oldest first (text shown as plain
 * text), a form to add one, editing one's own, and resolving or reopening.
 * `opening` is what opened the thread, shown above the comments (a blind
 * double rating's disagreement).
 */
export function Discussion({ claimId, opening }: { claimId: number; opening?: ReactNode }) {
  const id = useId();
  const comments = useComments(claimId);
  const me = useCurrentUser();
  const mayWrite = can(me.role, 'comment.write');
  const t = useT();
  const f = useFormat();

  let list;
  if (comments.isPending) list = <Loading label={t('comments.loading')} />;
  else if (comments.isError)
    list = (
      <p className="field__error" role="alert">
        {describeError(comments.error)}
      </p>
    );
  else if (comments.data.comments.length === 0) list = comments.data.hidden > 0 ? null : <p className="muted">{t('comments.empty')}</p>;
  else
    list = (
      <ol className="comment-list" aria-labelledby={`${id}-heading`}>
        {comments.data.comments.map((comment) => (
          <CommentItem key={comment.id} claimId={claimId} comment={comment} mine={comment.author.id === me.id} mayWrite={mayWrite} />
        ))}
      </ol>
    );

  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`} data-testid="discussion">
      <h3 id={`${id}-heading`} className="panel-section__heading">
        {t('comments.heading')} {comments.data ? <span className="count">{f.number(comments.data.comments.length)}</span> : null}
      </h3>
      {opening}
      {comments.data && comments.data.hidden > 0 ? (
        <p className="notice notice--info" data-testid="comments-hidden">
          {t('comments.hidden', { count: comments.data.hidden })}
        </p>
      ) : null}
      {list}
      {mayWrite ? <NewComment claimId={claimId} /> : null}
    </section>
  );
}

function NewComment({ claimId }: { claimId: number }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const create = useCreateComment(claimId);
  const t = useT();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateCommentInputSchema.safeParse({ body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    create.mutate(parsed.data, { onSuccess: () => setBody('') });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <TextAreaField id={`${id}-body`} label={t('comments.add')} value={body} onChange={setBody} error={error} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={create.isPending}>
          {create.isPending ? t('comments.posting') : t('comments.post')}
        </button>
      </div>
    </form>
  );
}

function CommentItem({ claimId, comment, mine, mayWrite }: { claimId: number; comment: Comment; mine: boolean; mayWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const toggle = useUpdateComment(claimId);
  const toast = useToast();
  const t = useT();
  const f = useFormat();

  const edited = comment.updatedAt !== comment.createdAt;
  return (
    <li className={`comment${comment.resolved ? ' comment--resolved' : ''}`} data-testid="comment">
      <p className="comment__meta">
        <strong>{comment.author.name}</strong>
        <span aria-hidden="true"> · </span>
        <time dateTime={comment.createdAt}>{f.dateTime(comment.createdAt)}</time>
        {edited ? <span className="muted"> · {t('comments.edited')}</span> : null}
        {comment.resolved ? <span className="tag tag--quiet">{t('comments.resolved')}</span> : null}
      </p>
      {editing ? (
        <CommentEditForm claimId={claimId} comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <p className="comment__body" dir="auto">
          {comment.body}
        </p>
      )}
      {mayWrite && !editing ? (
        <div className="comment__actions">
          {mine ? (
            <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={toggle.isPending}
            onClick={() =>
              toggle.mutate(
                { commentId: comment.id, input: { resolved: !comment.resolved }, version: comment.version },
                { onSuccess: () => toast.show(comment.resolved ? t('comments.reopenedToast') : t('comments.resolvedToast'), 'success') },
              )
            }
          >
            {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * Editing one's own comment. The form remembers the text it was loaded from
 * and the comment version that goes with it: live updates never overwrite
 * what is being typed, a change that leaves the text alone (resolving the
 * thread) is saved over at once, and a save overtaken by another edit (412)
 * shows both texts to keep one. Nothing typed is dropped on a conflict.
 */
function CommentEditForm({ claimId, comment, onDone }: { claimId: number; comment: Comment; onDone: () => void }) {
  const id = useId();
  const [base, setBase] = useState(comment.body);
  const [baseVersion, setBaseVersion] = useState(comment.version);
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<Comment | null>(null);
  const update = useUpdateComment(claimId, { silent: true });
  const queryClient = useQueryClient();
  const toast = useToast();
  const t = useT();
  const dirty = body.trim() !== base.trim();

  // Follow the saved text while the user has not changed it.
  const [seenVersion, setSeenVersion] = useState(comment.version);
  if (seenVersion !== comment.version) {
    setSeenVersion(comment.version);
    if (comment.body === base) setBaseVersion(comment.version);
    else if (!dirty && conflict === null) {
      setBase(comment.body);
      setBody(comment.body);
      setBaseVersion(comment.version);
    }
  }

  function parse(): string | null {
    const parsed = CreateCommentInputSchema.safeParse({ body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return null;
    }
    setError(undefined);
    return parsed.data.body;
  }

  function send(text: string, version: number) {
    update.mutate(
      { commentId: comment.id, input: { body: text }, version },
      {
        onSuccess: () => {
          setConflict(null);
          toast.show(t('comments.saved'), 'success');
          onDone();
        },
        onError: (failure) => {
          if (failure instanceof ApiError && failure.isStale && isComment(failure.current)) {
            const current = failure.current;
            storeComment(queryClient, claimId, current);
            if (current.body === base) {
              setBaseVersion(current.version);
              send(text, current.version);
            } else setConflict(current);
            return;
          }
          setError(describeError(failure));
          toast.show(describeError(failure), 'error');
        },
      },
    );
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const text = parse();
    if (text !== null) send(text, baseVersion);
  }

  function keepMine() {
    if (!conflict) return;
    const text = parse();
    if (text === null) return;
    setBase(conflict.body);
    setBaseVersion(conflict.version);
    send(text, conflict.version);
  }

  function takeTheirs() {
    if (!conflict) return;
    setBase(conflict.body);
    setBaseVersion(conflict.version);
    setBody(conflict.body);
    setConflict(null);
    setError(undefined);
  }

  return (
    <form className="form" onSubmit={save} noValidate>
      {conflict ? (
        <ConflictNotice
          subject={t('comments.conflictSubject')}
          changedBy={null}
          rows={[
            {
              label: t('comments.comment'),
              mine: <span className="conflict__text">{body}</span>,
              theirs: <span className="conflict__text">{conflict.body}</span>,
            },
          ]}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
          pending={update.isPending}
        />
      ) : dirty && comment.body !== base ? (
        <p className="notice notice--warning" role="status">
          {t('comments.changedMeanwhile')}
        </p>
      ) : null}
      <TextAreaField id={`${id}-edit`} label={t('comments.editLabel')} hideLabel value={body} onChange={setBody} error={error} autoFocus />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={update.isPending || conflict !== null}>
          {t('common.save')}
        </button>
        {dirty ? (
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--ghost button--small">
                {t('common.cancel')}
              </button>
            }
            title={t('comments.discardTitle')}
            description={t('comments.discardDescription')}
            confirmLabel={t('comments.discard')}
            onConfirm={onDone}
          />
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** True when a value (e.g. a 412's `current`) looks like a comment as the API presents it. */
function isComment(value: unknown): value is Comment {
  return typeof value === 'object' && value !== null && 'id' in value && 'body' in value && 'author' in value && 'version' in value;
}
