import { TextAreaField } from '../../../components/text-area-field.tsx';
import * as Dialog from '@radix-ui/react-dialog';
import type { QueueItem } from '@sanad/shared/schemas/queue';
import { paragraphDirection } from '@sanad/shared/text/language';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { describeError } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useApprovalQueue } from '../api/get-approval-queue.ts';
import { useDecideClaim } from '../api/decide-claim.ts';
import { fullTime, relativeTime } from '../format.ts';
import { useQueueKeys } from '../hooks/use-queue-keys.ts';

/** How many items the dashboard shows at first (the queue can hold thousands); "Show more" adds as many again. */
const PAGE = 25;

function claimPath(item: QueueItem): string {
  return `/articles/${item.articleId}?claim=${item.claimId}`;
}

interface ItemProps {
  item: QueueItem;
  active: boolean;
  ownVerdict: boolean;
  pending: boolean;
  onFocusItem: (claimId: number) => void;
  onApprove: (item: QueueItem) => void;
  onRequestChanges: (item: QueueItem) => void;
  register: (claimId: number, element: HTMLLIElement | null) => void;
}

function ApprovalItem({ item, active, ownVerdict, pending, onFocusItem, onApprove, onRequestChanges, register }: ItemProps) {
  const id = useId();
  return (
    <li
      ref={(element) => register(item.claimId, element)}
      className="dash-queue__item"
      data-testid="approval-item"
      data-queue-claim={item.claimId}
      tabIndex={active ? 0 : -1}
      aria-labelledby={`${id}-quote`}
      aria-describedby={`${id}-meta`}
      onFocus={() => onFocusItem(item.claimId)}
    >
      <p className="dash-queue__quote" id={`${id}-quote`}>
        <bdi lang={item.language} dir={paragraphDirection(item.quote, 'ltr')}>
          {item.quote}
        </bdi>
      </p>
      <p className="dash-queue__meta" id={`${id}-meta`}>
        <VerdictBadge rating={item.rating} size="small" />
        <span className="muted">
          <bdi>{item.articleTitle}</bdi>
          {item.verdictSetBy ? ` · by ${item.verdictSetBy.name}` : ''} · submitted{' '}
          <time dateTime={item.updatedAt} title={fullTime(item.updatedAt)}>
            {relativeTime(item.updatedAt)}
          </time>
        </span>
      </p>
      <div className="dash-queue__actions">
        {ownVerdict ? (
          <span className="muted">You set this verdict; another editor approves it.</span>
        ) : (
          <button type="button" tabIndex={active ? 0 : -1} className="button button--primary button--small" disabled={pending} onClick={() => onApprove(item)}>
            Approve<span className="visually-hidden"> “{item.quote}”</span>
          </button>
        )}
        <button type="button" tabIndex={active ? 0 : -1} className="button button--secondary button--small" onClick={() => onRequestChanges(item)}>
          Request changes<span className="visually-hidden"> to “{item.quote}”</span>
        </button>
        <Link to={claimPath(item)} tabIndex={active ? 0 : -1} className="button button--ghost button--small">
          Open<span className="visually-hidden"> “{item.quote}” in its article</span>
        </Link>
      </div>
    </li>
  );
}

interface RequestChangesDialogProps {
  item: QueueItem | null;
  pending: boolean;
  onSend: (item: QueueItem, note: string) => void;
  onClose: () => void;
}

/** Asks for the note that goes back to the reviewer; Escape or Cancel closes it and focus returns to the item. */
function RequestChangesDialog({ item, pending, onSend, onClose }: RequestChangesDialogProps) {
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!item) return;
    if (note.trim() === '') {
      setError('Write what needs to change.');
      return;
    }
    onSend(item, note.trim());
  }

  return (
    <Dialog.Root
      open={item !== null}
      onOpenChange={(open) => {
        if (!open) {
          setNote('');
          setError(undefined);
          onClose();
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" onCloseAutoFocus={(event) => event.preventDefault()}>
          <Dialog.Title className="dialog__title">Request changes</Dialog.Title>
          <Dialog.Description className="dialog__description">
            {item ? (
              <>
                The claim “<bdi lang={item.language}>{item.quote}</bdi>” goes back to its reviewer with your note.
              </>
            ) : null}
          </Dialog.Description>
          <form className="form" onSubmit={submit} noValidate>
            <div className="field">
              <TextAreaField id={`${id}-note`} label="What needs to change" rows={4} value={note} onChange={setNote} error={error} />
            </div>
            <DialogFooter confirm={{ label: pending ? 'Sending…' : 'Send back for changes', disabled: pending }} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * "Awaiting approval" on the dashboard: every submitted claim, oldest first,
 * with Approve and Request changes. One item is in the tab order at a time
 * (roving focus); `j`/`k` move, `a` approves, `r` asks for changes, `o` opens.
 */
export function ApprovalQueue() {
  const queue = useApprovalQueue();
  const me = useCurrentUser();
  const decide = useDecideClaim();
  const toast = useToast();
  const navigate = useNavigate();
  const [activeId, setActiveId] = useState<number | null>(null);
  const [asking, setAsking] = useState<QueueItem | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const elements = useRef(new Map<number, HTMLLIElement>());
  const lastIndex = useRef(0);
  const refocus = useRef(false);
  const all = queue.data;
  const items = all?.slice(0, limit);

  const activeIndex = items ? items.findIndex((item) => item.claimId === activeId) : -1;
  const current = activeIndex >= 0 ? activeIndex : 0;
  if (activeIndex >= 0) lastIndex.current = activeIndex;

  // When the focused item leaves the queue (approved, sent back, or taken by someone else), focus the one now in its place.
  useLayoutEffect(() => {
    if (!items || items.length === 0) return;
    if (activeId !== null && items.some((item) => item.claimId === activeId)) return;
    const next = items[Math.min(lastIndex.current, items.length - 1)];
    if (!next) return;
    setActiveId(next.claimId);
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (activeId !== null && (lost || refocus.current)) {
      refocus.current = false;
      elements.current.get(next.claimId)?.focus();
    }
  }, [items, activeId]);

  function focusItem(claimId: number) {
    setActiveId(claimId);
    elements.current.get(claimId)?.focus();
  }

  function find(claimId: number) {
    return items?.find((item) => item.claimId === claimId);
  }

  function approve(item: QueueItem) {
    if (item.verdictSetBy?.id === me.id) {
      toast.show('You set this verdict, so another editor approves it.', 'error');
      return;
    }
    const hadFocus = elements.current.get(item.claimId)?.contains(document.activeElement) ?? false;
    decide.mutate(
      { claimId: item.claimId, decision: { to: 'approved' }, version: item.version },
      {
        onSuccess: () => {
          refocus.current = hadFocus;
          toast.show('Claim approved.', 'success');
        },
      },
    );
  }

  function sendBack(item: QueueItem, note: string) {
    decide.mutate(
      { claimId: item.claimId, decision: { to: 'changes_requested', note }, version: item.version },
      {
        onSuccess: () => {
          refocus.current = true;
          toast.show('Sent back for changes.', 'success');
        },
        onSettled: () => setAsking(null),
      },
    );
  }

  useQueueKeys({
    move: (step) => {
      if (!items || items.length === 0) return;
      const inQueue = document.activeElement instanceof HTMLElement && document.activeElement.closest('[data-queue-claim]') !== null;
      const index = inQueue ? Math.min(items.length - 1, Math.max(0, current + step)) : current;
      const target = items[index];
      if (target) focusItem(target.claimId);
    },
    approve: (claimId) => {
      const item = find(claimId);
      if (item && !decide.isPending) approve(item);
    },
    requestChanges: (claimId) => {
      const item = find(claimId);
      if (item) setAsking(item);
    },
    open: (claimId) => {
      const item = find(claimId);
      if (item) void navigate(claimPath(item));
    },
  });

  if (queue.isPending) return <Loading label="Loading the claims awaiting approval…" />;
  if (queue.isError) {
    return (
      <div className="region-error" role="alert">
        <p className="region-error__title">Could not load the claims awaiting approval.</p>
        <p className="region-error__message">{describeError(queue.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void queue.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!items || items.length === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="approval-empty">
        <p className="empty-state__title">Nothing awaiting approval</p>
        <p>Claims appear here when a reviewer submits them for review.</p>
      </div>
    );
  }

  return (
    <>
      <p className="dash-queue__keys muted" id="dash-queue-keys">
        Keys: <kbd className="kbd">j</kbd> / <kbd className="kbd">k</kbd> next / previous, <kbd className="kbd">a</kbd> approve,{' '}
        <kbd className="kbd">r</kbd> request changes, <kbd className="kbd">o</kbd> open in the article.
      </p>
      <ol className="dash-queue" aria-label="Claims awaiting approval" aria-describedby="dash-queue-keys" data-testid="approval-queue">
        {items.map((item, index) => (
          <ApprovalItem
            key={item.claimId}
            item={item}
            active={index === current}
            ownVerdict={item.verdictSetBy?.id === me.id}
            pending={decide.isPending && decide.variables?.claimId === item.claimId}
            onFocusItem={setActiveId}
            onApprove={approve}
            onRequestChanges={setAsking}
            register={(claimId, element) => {
              if (element) elements.current.set(claimId, element);
              else elements.current.delete(claimId);
            }}
          />
        ))}
      </ol>
      {queue.data.length > items.length ? (
        <p className="dash-queue__more">
          <span className="muted">
            Showing {items.length} of {queue.data.length} (oldest first).
          </span>{' '}
          <button type="button" className="button button--ghost button--small" onClick={() => setLimit((current) => current + PAGE)}>
            Show {Math.min(PAGE, queue.data.length - items.length)} more
          </button>{' '}
          <Link to="/approvals">Open the full queue</Link>
        </p>
      ) : null}
      <RequestChangesDialog
        key={asking?.claimId ?? 'closed'}
        item={asking}
        pending={decide.isPending}
        onSend={sendBack}
        onClose={() => {
          const id = asking?.claimId;
          setAsking(null);
          if (id !== undefined) window.requestAnimationFrame(() => elements.current.get(id)?.focus());
        }}
      />
    </>
  );
}
