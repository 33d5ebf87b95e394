import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import type { RevisionSummary } from '@sanad/shared/schemas/revision';
import { useId, useState, type FormEvent } from 'react';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { Trans } from '@lingui/react';
import { useFormat, useLocale } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { describeReanchor } from '../../../lib/reanchor-summary.ts';
import { revisionsQueryOptions } from '../api/get-revisions.ts';

interface RevisionHistoryDialogProps {
  articleId: number;
  /** The article's current revision number. */
  current: number;
  /** Opens a revision read-only (the current one returns to the normal view). */
  onView: (number: number) => void;
  /** Opens the word diff between two revisions. */
  onCompare: (from: number, to: number) => void;
}

/**
 * "History": the article's revisions, newest first, each with when it was
 * saved and what re-anchoring did to the claims; any one can be opened
 * read-only, and two can be compared word by word.
 */
export function RevisionHistoryDialog({ articleId, current, onView, onCompare }: RevisionHistoryDialogProps) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const f = useFormat();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="button button--secondary button--small">
          {t('workspace.history')}
          <span className="count">{f.number(current)}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{t('revisions.dialogTitle')}</Dialog.Title>
          <RevisionHistory
            articleId={articleId}
            current={current}
            onView={(number) => {
              setOpen(false);
              onView(number);
            }}
            onCompare={(from, to) => {
              setOpen(false);
              onCompare(from, to);
            }}
          />
          <DialogFooter cancelLabel={t('common.close')} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function RevisionHistory({ articleId, current, onView, onCompare }: RevisionHistoryDialogProps) {
  const { data, error, isPending } = useQuery(revisionsQueryOptions(articleId));
  const t = useT();
  if (isPending)
    return (
      <p className="loading" role="status">
        {t('revisions.loading')}
      </p>
    );
  if (error) {
    return (
      <p className="field__error" role="alert">
        {t('revisions.loadFailed', { error: describeError(error) })}
      </p>
    );
  }
  const revisions = data.revisions;
  return (
    <>
      <ol className="revision-list" aria-label={t('revisions.listLabel')}>
        {revisions.map((revision) => (
          <RevisionRow key={revision.number} revision={revision} isCurrent={revision.number === current} onView={onView} />
        ))}
      </ol>
      {revisions.length > 1 ? (
        <CompareForm revisions={revisions} onCompare={onCompare} />
      ) : (
        <p className="muted">{t('revisions.nothingToCompare')}</p>
      )}
    </>
  );
}

function RevisionRow({ revision, isCurrent, onView }: { revision: RevisionSummary; isCurrent: boolean; onView: (number: number) => void }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  return (
    <li className="revision-row" data-testid="revision-row" data-revision={revision.number}>
      <div className="revision-row__main">
        <p className="revision-row__title">
          {t('revisions.option', { number: revision.number })}
          {isCurrent ? <span className="tag">{t('revisions.current')}</span> : null}
          {revision.number === 1 ? <span className="tag tag--quiet">{t('revisions.original')}</span> : null}
        </p>
        <p className="revision-row__meta">
          <time dateTime={revision.createdAt}>{f.dateTime(revision.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          {t('revisions.characters', { count: revision.length })}
        </p>
        {revision.reanchor ? <p className="revision-row__reanchor">{describeReanchor(t, locale, revision.reanchor)}</p> : null}
      </div>
      <button type="button" className="button button--ghost button--small" onClick={() => onView(revision.number)}>
        <Trans
          id={isCurrent ? 'revisions.showCurrentNamed' : 'revisions.viewNamed'}
          values={{ number: revision.number }}
          components={{ 0: <span className="visually-hidden" /> }}
        />
      </button>
    </li>
  );
}

function CompareForm({ revisions, onCompare }: { revisions: RevisionSummary[]; onCompare: (from: number, to: number) => void }) {
  const id = useId();
  const newest = revisions[0]?.number ?? 1;
  const [from, setFrom] = useState(revisions[1]?.number ?? newest);
  const [to, setTo] = useState(newest);
  const same = from === to;
  const t = useT();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!same) onCompare(from, to);
  }

  const options = revisions.map((revision) => (
    <option key={revision.number} value={revision.number}>
      {t('revisions.option', { number: revision.number })}
    </option>
  ));
  return (
    <form className="compare-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="compare-form__heading">
        {t('revisions.compareHeading')}
      </h3>
      <div className="compare-form__fields">
        <label className="field">
          <span className="field__label">{t('revisions.from')}</span>
          <select className="input" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('revisions.to')}</span>
          <select className="input" value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {options}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={same}>
          {t('revisions.showChanges')}
        </button>
      </div>
      {same ? <p className="field__help">{t('revisions.chooseTwo')}</p> : null}
    </form>
  );
}
