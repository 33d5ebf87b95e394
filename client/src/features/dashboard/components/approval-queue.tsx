import { Trans } from '@lingui/react';
import { TextAreaField } from '../../../components/text-area-field.tsx';
import * as Dialog from '@radix-ui/react-dialog';
import type { QueueItem } from '@sanad/shared/schemas/queue';
import { paragraphDirection } from '@sanad/shared/text/language';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { Loading } from '../../../components/page-loading.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useApprovalQueue } from '../api/get-approval-queue.ts';
import { useDecideClaim } from '../api/decide-claim.ts';
import { QUEUE_KEYS, useQueueKeys } from '../hooks/use-queue-keys.ts';

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
  const t = useT();
  const f = useFormat();
  const when = <time dateTime={item.updatedAt} title={f.dateTime(item.updatedAt)} />;
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
      {/* The quote keeps the article's language and its own direction, aligned to its own start whatever the interface's. */}
      <p className="dash-queue__quote" id={`${id}-quote`} lang={item.language} dir={paragraphDirection(item.quote, 'ltr')}>
        {item.quote}
      </p>
      <p className="dash-queue__meta" id={`${id}-meta`}>
        <VerdictBadge rating={item.rating} size="small" />
        <span className="muted">
          {item.verdictSetBy ? (
            <Trans
              id={'dashboard.queueItemMetaBy' satisfies MessageId}
              values={{ title: item.articleTitle, name: item.verdictSetBy.name, when: f.relative(item.updatedAt) }}
              components={{ 0: <bdi />, 1: <bdi />, 2: when }}
            />
          ) : (
            <Trans id={'dashboard.queueItemMeta' satisfies MessageId} values={{ title: item.articleTitle, when: f.relative(item.updatedAt) }} components={{ 0: <bdi />, 2: when }} />
          )}
        </span>
      </p>
      <div className="dash-queue__actions">
        {ownVerdict ? (
          <span className="muted">{t('dashboard.ownVerdict')}</span>
        ) : (
          <button type="button" tabIndex={active ? 0 : -1} className="button button--primary button--small" disabled={pending} onClick={() => onApprove(item)}>
            <Trans id={'dashboard.approveQuote' satisfies MessageId} values={{ quote: item.quote }} components={{ 0: <span className="visually-hidden" /> }} />
          </button>
        )}
        <button type="button" tabIndex={active ? 0 : -1} className="button button--secondary button--small" onClick={() => onRequestChanges(item)}>
          <Trans id={'dashboard.requestChangesQuote' satisfies MessageId} values={{ quote: item.quote }} components={{ 0: <span className="visually-hidden" /> }} />
        </button>
        <Link to={claimPath(item)} tabIndex={active ? 0 : -1} className="button button--ghost button--small">
          <Trans id={'dashboard.openQuote' satisfies MessageId} values={{ quote: item.quote }} components={{ 0: <span className="visually-hidden" /> }} />
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
  const t = useT();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!item) return;
    if (note.trim() === '') {
      setError(t('dashboard.noteRequired'));
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
          <Dialog.Title className="dialog__title">{t('dashboard.requestChangesTitle')}</Dialog.Title>
          <Dialog.Description className="dialog__description">
            {item ? (
              <Trans
                id={'dashboard.requestChangesDescription' satisfies MessageId}
                values={{ quote: item.quote }}
                components={{ 0: <bdi lang={item.language} dir="auto" /> }}
              />
            ) : null}
          </Dialog.Description>
          <form className="form" onSubmit={submit} noValidate>
            <div className="field">
              <TextAreaField id={`${id}-note`} label={t('dashboard.noteLabel')} rows={4} value={note} onChange={setNote} error={error} />
            </div>
            <DialogFooter
              cancelLabel={t('common.cancel')}
              confirm={{ label: pending ? t('dashboard.sending') : t('dashboard.sendBack'), disabled: pending }}
            />
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
  const t = useT();
  const f = useFormat();
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
      toast.show(t('dashboard.ownVerdictToast'), 'error');
      return;
    }
    const hadFocus = elements.current.get(item.claimId)?.contains(document.activeElement) ?? false;
    decide.mutate(
      { claimId: item.claimId, decision: { to: 'approved' }, version: item.version },
      {
        onSuccess: () => {
          refocus.current = hadFocus;
          toast.show(t('dashboard.approvedToast'), 'success');
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
          toast.show(t('dashboard.sentBackToast'), 'success');
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

  if (queue.isPending) return <Loading label={t('dashboard.queueLoading')} />;
  if (queue.isError) {
    return (
      <div className="region-error" role="alert">
        <p className="region-error__title">{t('dashboard.queueLoadFailed')}</p>
        <p className="region-error__message">{describeError(queue.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void queue.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!items || items.length === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="approval-empty">
        <p className="empty-state__title">{t('dashboard.queueEmptyTitle')}</p>
        <p>{t('dashboard.queueEmptyText')}</p>
      </div>
    );
  }

  return (
    <>
      <p className="dash-queue__keys muted" id="dash-queue-keys">
        <Trans
          id={'dashboard.queueKeys' satisfies MessageId}
          values={{
            next: t('dashboard.key', { key: QUEUE_KEYS.next }),
            previous: t('dashboard.key', { key: QUEUE_KEYS.previous }),
            approve: t('dashboard.key', { key: QUEUE_KEYS.approve }),
            requestChanges: t('dashboard.key', { key: QUEUE_KEYS.requestChanges }),
            open: t('dashboard.key', { key: QUEUE_KEYS.open }),
          }}
          components={{ 0: <kbd className="kbd" />, 1: <kbd className="kbd" />, 2: <kbd className="kbd" />, 3: <kbd className="kbd" />, 4: <kbd className="kbd" /> }}
        />
      </p>
      <ol className="dash-queue" aria-label={t('dashboard.queueLabel')} aria-describedby="dash-queue-keys" data-testid="approval-queue">
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
          <span className="muted">{t('dashboard.queueShowing', { shown: f.number(items.length), total: f.number(queue.data.length) })}</span>{' '}
          <button type="button" className="button button--ghost button--small" onClick={() => setLimit((current) => current + PAGE)}>
            {t('dashboard.queueShowMore', { count: Math.min(PAGE, queue.data.length - items.length) })}
          </button>{' '}
          <Link to="/approvals">{t('dashboard.queueOpenFull')}</Link>
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
