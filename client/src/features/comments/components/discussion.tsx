import { TextAreaField } from '../../../components/text-area-field.tsx';
import { can } from '@sanad/shared/permissions';
import { CreateCommentInputSchema, type Comment } from '@sanad/shared/schemas/workflow';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useComments } from '../api/get-comments.ts';
import { useCreateComment } from '../api/create-comment.ts';
import { storeComment, useUpdateComment } from '../api/update-comment.ts';

/**
 * A claim's discussion thread: comments oldest first (text shown as plain
 * text), a form to add one, editing one's own, and resolving or reopening.
 */
export function Discussion({ claimId }: { claimId: number }) {
  const id = useId();
  const comments = useComments(claimId);
  const me = useCurrentUser();
  const mayWrite = can(me.role, 'comment.write');

  let list;
  if (comments.isPending) list = <Loading label="Loading the discussion…" />;
  else if (comments.isError)
    list = (
      <p className="field__error" role="alert">
        {describeError(comments.error)}
      </p>
    );
  else if (comments.data.comments.length === 0) list = <p className="muted">No comments yet. Ask a question or leave a note for the team.</p>;
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
        Discussion {comments.data ? <span className="count">{comments.data.comments.length}</span> : null}
      </h3>
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
        <TextAreaField id={`${id}-body`} label="Add a comment" value={body} onChange={setBody} error={error} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={create.isPending}>
          {create.isPending ? 'Posting…' : 'Post comment'}
        </button>
      </div>
    </form>
  );
}

function CommentItem({ claimId, comment, mine, mayWrite }: { claimId: number; comment: Comment; mine: boolean; mayWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const toggle = useUpdateComment(claimId);
  const toast = useToast();

  const edited = comment.updatedAt !== comment.createdAt;
  return (
    <li className={`comment${comment.resolved ? ' comment--resolved' : ''}`} data-testid="comment">
      <p className="comment__meta">
        <strong>{comment.author.name}</strong>
        <span aria-hidden="true"> · </span>
        <time dateTime={comment.createdAt}>{formatTime(comment.createdAt)}</time>
        {edited ? <span className="muted"> · edited</span> : null}
        {comment.resolved ? <span className="tag tag--quiet">Resolved</span> : null}
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
              Edit
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={toggle.isPending}
            onClick={() =>
              toggle.mutate(
                { commentId: comment.id, input: { resolved: !comment.resolved }, version: comment.version },
                { onSuccess: () => toast.show(comment.resolved ? 'Thread reopened.' : 'Thread resolved.', 'success') },
              )
            }
          >
            {comment.resolved ? 'Reopen' : 'Resolve'}
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
          toast.show('Comment saved.', 'success');
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
          subject="comment"
          changedBy={null}
          rows={[
            {
              label: 'Comment',
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
          This comment was just changed elsewhere. Your unsaved text is kept; saving will show both versions.
        </p>
      ) : null}
      <TextAreaField id={`${id}-edit`} label="Edit your comment" hideLabel value={body} onChange={setBody} error={error} autoFocus />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={update.isPending || conflict !== null}>
          Save
        </button>
        {dirty ? (
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--ghost button--small">
                Cancel
              </button>
            }
            title="Discard your changes?"
            description="The changes you made to this comment will be lost. The saved comment stays as it is."
            confirmLabel="Discard changes"
            onConfirm={onDone}
          />
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={onDone}>
            Cancel
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
