import { TextAreaField } from '../../../components/text-area-field.tsx';
import type { QueueItem } from '@sanad/shared/schemas/queue';
import { paragraphDirection } from '@sanad/shared/text/language';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { formatTime } from '../../../lib/format-time.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useQueue } from '../api/get-queue.ts';
import { useTransitionClaim } from '../api/transition-claim.ts';

function claimLink(item: QueueItem): string {
  return `/articles/${item.articleId}?claim=${item.claimId}`;
}

function ItemSummary({ item }: { item: QueueItem }) {
  return (
    <>
      <p className="queue-item__meta">
        <StatusBadge status={item.status} />
        <VerdictBadge rating={item.rating} size="small" />
        <span className="muted">
          <bdi>{item.articleTitle}</bdi> · updated {formatTime(item.updatedAt)}
        </span>
      </p>
      <p className="queue-item__quote">
        <Link to={claimLink(item)} lang={item.language} dir={paragraphDirection(item.quote, 'ltr')}>
          {item.quote}
        </Link>
      </p>
    </>
  );
}

/** "My queue": the claims assigned to the user that are not approved, changes requested first (the server's order). */
export function MyQueue() {
  const { data } = useQueue();
  if (data.mine.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">Nothing assigned to you</h2>
        <p>When an editor assigns you an article or a claim, it appears here until it is approved.</p>
      </div>
    );
  }
  return (
    <ol className="queue-list" aria-label="My queue">
      {data.mine.map((item) => (
        <li key={item.claimId} className="queue-item" data-testid="queue-item">
          <ItemSummary item={item} />
          {item.statusNote ? (
            <p className={`queue-item__note${item.status === 'changes_requested' ? ' queue-item__note--changes' : ''}`} dir="auto">
              {item.statusNote}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** "Awaiting approval": every submitted claim, oldest first, with Approve and Request changes on each. */
export function ApprovalQueue() {
  const { data } = useQueue();
  if (data.awaitingApproval.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">Nothing awaiting approval</h2>
        <p>Claims appear here when a reviewer submits them for review.</p>
      </div>
    );
  }
  return (
    <ol className="queue-list" aria-label="Awaiting approval">
      {data.awaitingApproval.map((item) => (
        <ApprovalItem key={item.claimId} item={item} />
      ))}
    </ol>
  );
}

function ApprovalItem({ item }: { item: QueueItem }) {
  const id = useId();
  const me = useCurrentUser();
  const scale = useRatingScale();
  const transition = useTransitionClaim();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ownVerdict = item.verdictSetBy?.id === me.id;

  function requestChanges(event: FormEvent) {
    event.preventDefault();
    if (note.trim() === '') {
      setError('Write what needs to change.');
      return;
    }
    setError(undefined);
    transition.mutate(
      { claimId: item.claimId, input: { to: 'changes_requested', note: note.trim() }, version: item.version },
      { onSuccess: () => toast.show('Changes requested.', 'success') },
    );
  }

  return (
    <li className="queue-item" data-testid="queue-item">
      <ItemSummary item={item} />
      {item.rating ? (
        <div className="queue-item__verdict">
          <p className="muted">
            {scale.styleOf(item.rating).labelEn}
            {item.verdictSetBy ? ` · set by ${item.verdictSetBy.name}` : ''}
          </p>
          {item.rationale ? (
            <p className="queue-item__rationale" dir="auto">
              {item.rationale}
            </p>
          ) : null}
        </div>
      ) : null}
      {asking ? (
        <form className="form" onSubmit={requestChanges} noValidate>
          <div className="field">
            <TextAreaField id={`${id}-note`} label="What needs to change" value={note} onChange={setNote} error={error} autoFocus />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={transition.isPending}>
              Send back for changes
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="form__actions">
          {ownVerdict ? (
            <span className="muted">You set this verdict; another editor approves it.</span>
          ) : (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={transition.isPending}
              onClick={() =>
                transition.mutate(
                  { claimId: item.claimId, input: { to: 'approved' }, version: item.version },
                  { onSuccess: () => toast.show('Claim approved.', 'success') },
                )
              }
            >
              Approve<span className="visually-hidden"> “{item.quote}”</span>
            </button>
          )}
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking(true)}>
            Request changes<span className="visually-hidden"> to “{item.quote}”</span>
          </button>
        </div>
      )}
    </li>
  );
}
