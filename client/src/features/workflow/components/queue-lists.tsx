import { Trans, useLingui } from '@lingui/react';
import { TextAreaField } from '../../../components/text-area-field.tsx';
import type { QueueItem } from '@sanad/shared/schemas/queue';
import { paragraphDirection } from '@sanad/shared/text/language';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useQueue } from '../api/get-queue.ts';
import { useTransitionClaim } from '../api/transition-claim.ts';

function claimLink(item: QueueItem): string {
  return `/articles/${item.articleId}?claim=${item.claimId}`;
}

function ItemSummary({ item }: { item: QueueItem }) {
  const f = useFormat();
  return (
    <>
      <p className="queue-item__meta">
        <StatusBadge status={item.status} />
        <VerdictBadge rating={item.rating} size="small" />
        <span className="muted">
          <Trans
            id={'workflow.itemMeta' satisfies MessageId}
            values={{ title: item.articleTitle, when: f.dateTime(item.updatedAt) }}
            components={{ 0: <bdi />, 1: <time dateTime={item.updatedAt} /> }}
          />
        </span>
      </p>
      {/* The quote keeps the article's language and its own direction (aligned to its own start); the link is not underlined through the dots below Arabic letters. */}
      <p className="queue-item__quote" lang={item.language} dir={paragraphDirection(item.quote, 'ltr')}>
        <Link to={claimLink(item)} className="queue-item__link">
          {item.quote}
        </Link>
      </p>
    </>
  );
}

/** "My queue": the claims assigned to the user that are not approved, changes requested first (the server's order). */
export function MyQueue() {
  const t = useT();
  const { data } = useQueue();
  if (data.mine.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">{t('workflow.mineEmptyTitle')}</h2>
        <p>{t('workflow.mineEmptyText')}</p>
      </div>
    );
  }
  return (
    <ol className="queue-list" aria-label={t('workflow.mineLabel')}>
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

/**
 * "Due for re-check": verdicts whose re-check day has come (every one for
 * editors, the user's own for reviewers), the longest overdue first. Nothing
 * when none is due.
 */
export function RecheckDueList() {
  const t = useT();
  const f = useFormat();
  const { data } = useQueue();
  if (data.recheckDue.length === 0) return null;
  return (
    <section className="queue-section" aria-labelledby="recheck-due-heading">
      <h2 id="recheck-due-heading" className="queue-section__title">
        {t('workflow.recheckHeading')} <span className="count-badge">{f.number(data.recheckDue.length)}</span>
      </h2>
      <p className="muted">{t('workflow.recheckText')}</p>
      <ol className="queue-list" aria-labelledby="recheck-due-heading">
        {data.recheckDue.map((item) => (
          <li key={item.claimId} className="queue-item" data-testid="recheck-item">
            <ItemSummary item={item} />
            <p className="queue-item__due">
              {item.recheckOn ? (
                <Trans
                  id={'workflow.recheckDueSince' satisfies MessageId}
                  values={{ date: f.day(item.recheckOn) }}
                  components={{ 0: <time dateTime={item.recheckOn} /> }}
                />
              ) : null}
              {item.publishedAt ? <span className="tag">{t('workflow.recheckPublished')}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * "Needs a second rating": claims waiting for an independent second rating
 * the user may give, oldest first, without their first rating (the server
 * leaves it out, ADR 034). Nothing when none waits.
 */
export function SecondRatingDueList() {
  const t = useT();
  const f = useFormat();
  const { data } = useQueue();
  if (data.secondRatingDue.length === 0) return null;
  return (
    <section className="queue-section" aria-labelledby="second-rating-due-heading" data-testid="second-rating-due">
      <h2 id="second-rating-due-heading" className="queue-section__title">
        {t('doubleRating.queueHeading')} <span className="count-badge">{f.number(data.secondRatingDue.length)}</span>
      </h2>
      <p className="muted">{t('doubleRating.queueHelp')}</p>
      <ol className="queue-list" aria-labelledby="second-rating-due-heading">
        {data.secondRatingDue.map((item) => (
          <li key={item.claimId} className="queue-item" data-testid="second-rating-item">
            <ItemSummary item={item} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Awaiting approval": every submitted claim, oldest first, with Approve and Request changes on each. */
export function ApprovalQueue() {
  const t = useT();
  const { data } = useQueue();
  if (data.awaitingApproval.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-state__title">{t('workflow.approvalEmptyTitle')}</h2>
        <p>{t('workflow.approvalEmptyText')}</p>
      </div>
    );
  }
  return (
    <ol className="queue-list" aria-label={t('common.status.submitted')}>
      {data.awaitingApproval.map((item) => (
        <ApprovalItem key={item.claimId} item={item} />
      ))}
    </ol>
  );
}

function ApprovalItem({ item }: { item: QueueItem }) {
  const id = useId();
  const t = useT();
  const language = useLingui().i18n.locale;
  const me = useCurrentUser();
  const scale = useRatingScale();
  const transition = useTransitionClaim();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ownVerdict = item.verdictSetBy?.id === me.id;
  const style = scale.styleOf(item.rating);
  const ratingLabel = language === 'ar' ? style.labelAr : style.labelEn;

  function requestChanges(event: FormEvent) {
    event.preventDefault();
    if (note.trim() === '') {
      setError(t('workflow.noteRequired'));
      return;
    }
    setError(undefined);
    transition.mutate(
      { claimId: item.claimId, input: { to: 'changes_requested', note: note.trim() }, version: item.version },
      { onSuccess: () => toast.show(t('workflow.done.changesRequested'), 'success') },
    );
  }

  return (
    <li className="queue-item" data-testid="queue-item">
      <ItemSummary item={item} />
      {item.rating ? (
        <div className="queue-item__verdict">
          <p className="muted">
            {item.verdictSetBy ? (
              <Trans
                id={'workflow.verdictSetBy' satisfies MessageId}
                values={{ rating: ratingLabel, name: item.verdictSetBy.name }}
                components={{ 0: <bdi /> }}
              />
            ) : (
              ratingLabel
            )}
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
            <TextAreaField id={`${id}-note`} label={t('workflow.noteLabel')} value={note} onChange={setNote} error={error} autoFocus />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={transition.isPending}>
              {t('workflow.sendBack')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form__actions">
          {ownVerdict ? (
            <span className="muted">{t('workflow.ownVerdict')}</span>
          ) : (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={transition.isPending}
              onClick={() =>
                transition.mutate(
                  { claimId: item.claimId, input: { to: 'approved' }, version: item.version },
                  { onSuccess: () => toast.show(t('workflow.done.approved'), 'success') },
                )
              }
            >
              <Trans id={'workflow.approveQuote' satisfies MessageId} values={{ quote: item.quote }} components={{ 0: <span className="visually-hidden" /> }} />
            </button>
          )}
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking(true)}>
            <Trans id={'workflow.requestChangesQuote' satisfies MessageId} values={{ quote: item.quote }} components={{ 0: <span className="visually-hidden" /> }} />
          </button>
        </div>
      )}
    </li>
  );
}
