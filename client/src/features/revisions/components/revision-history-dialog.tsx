import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import type { RevisionSummary } from '@sanad/shared/schemas/revision';
import { useId, useState, type FormEvent } from 'react';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
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

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/**
 * "History": the article's revisions, newest first, each with when it was
 * saved and what re-anchoring did to the claims; any one can be opened
 * read-only, and two can be compared word by word.
 */
export function RevisionHistoryDialog({ articleId, current, onView, onCompare }: RevisionHistoryDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="button button--secondary button--small">
          History
          <span className="count">{current}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">Revision history</Dialog.Title>
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
          <DialogFooter cancelLabel="Close" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function RevisionHistory({ articleId, current, onView, onCompare }: RevisionHistoryDialogProps) {
  const { data, error, isPending } = useQuery(revisionsQueryOptions(articleId));
  if (isPending) return <p className="loading" role="status">Loading revisions…</p>;
  if (error) {
    return (
      <p className="field__error" role="alert">
        Could not load the revisions. {describeError(error)}
      </p>
    );
  }
  const revisions = data.revisions;
  return (
    <>
      <ol className="revision-list" aria-label="Revisions, newest first">
        {revisions.map((revision) => (
          <RevisionRow key={revision.number} revision={revision} isCurrent={revision.number === current} onView={onView} />
        ))}
      </ol>
      {revisions.length > 1 ? (
        <CompareForm revisions={revisions} onCompare={onCompare} />
      ) : (
        <p className="muted">The text has not been edited yet, so there is nothing to compare.</p>
      )}
    </>
  );
}

function RevisionRow({ revision, isCurrent, onView }: { revision: RevisionSummary; isCurrent: boolean; onView: (number: number) => void }) {
  return (
    <li className="revision-row" data-testid="revision-row" data-revision={revision.number}>
      <div className="revision-row__main">
        <p className="revision-row__title">
          Revision {revision.number}
          {isCurrent ? <span className="tag">Current</span> : null}
          {revision.number === 1 ? <span className="tag tag--quiet">Original</span> : null}
        </p>
        <p className="revision-row__meta">
          <time dateTime={revision.createdAt}>{formatDate(revision.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          {revision.length.toLocaleString('en-GB')} characters
        </p>
        {revision.reanchor ? <p className="revision-row__reanchor">{describeReanchor(revision.reanchor)}</p> : null}
      </div>
      <button type="button" className="button button--ghost button--small" onClick={() => onView(revision.number)}>
        {isCurrent ? 'Show current' : 'View'}
        <span className="visually-hidden"> revision {revision.number}</span>
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

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!same) onCompare(from, to);
  }

  const options = revisions.map((revision) => (
    <option key={revision.number} value={revision.number}>
      Revision {revision.number}
    </option>
  ));
  return (
    <form className="compare-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="compare-form__heading">
        Compare two revisions
      </h3>
      <div className="compare-form__fields">
        <label className="field">
          <span className="field__label">From</span>
          <select className="input" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">To</span>
          <select className="input" value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {options}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={same}>
          Show changes
        </button>
      </div>
      {same ? <p className="field__help">Choose two different revisions.</p> : null}
    </form>
  );
}
