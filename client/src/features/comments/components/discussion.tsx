import { can } from '@sanad/shared/permissions';
import { CreateCommentInputSchema, type Comment } from '@sanad/shared/schemas/workflow';
import { useId, useState, type FormEvent } from 'react';
import { Loading } from '../../../components/page-loading.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { describeError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useComments } from '../api/get-comments.ts';
import { useCreateComment } from '../api/create-comment.ts';
import { useUpdateComment } from '../api/update-comment.ts';

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
        <label htmlFor={`${id}-body`} className="field__label">
          Add a comment
        </label>
        <textarea
          id={`${id}-body`}
          className="input textarea"
          rows={3}
          dir="auto"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} message={error} />
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
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | undefined>();
  const update = useUpdateComment(claimId);
  const toast = useToast();

  function save(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateCommentInputSchema.safeParse({ body });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    update.mutate(
      { comment, input: { body: parsed.data.body } },
      {
        onSuccess: () => {
          setEditing(false);
          toast.show('Comment saved.', 'success');
        },
      },
    );
  }

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
        <form className="form" onSubmit={save} noValidate>
          <label htmlFor={`${id}-edit`} className="visually-hidden">
            Edit your comment
          </label>
          <textarea
            id={`${id}-edit`}
            className="input textarea"
            rows={3}
            dir="auto"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            autoFocus
          />
          <FieldError id={`${id}-error`} message={error} />
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={update.isPending}>
              Save
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setEditing(false);
                setBody(comment.body);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="comment__body" dir="auto">
          {comment.body}
        </p>
      )}
      {mayWrite && !editing ? (
        <div className="comment__actions">
          {mine ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                setBody(comment.body);
                setEditing(true);
              }}
            >
              Edit
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={update.isPending}
            onClick={() =>
              update.mutate(
                { comment, input: { resolved: !comment.resolved } },
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
