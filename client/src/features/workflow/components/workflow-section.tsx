import { Trans } from '@lingui/react';
import { can } from '@sanad/shared/permissions';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { User } from '@sanad/shared/schemas/user';
import { transitionFor, type ClaimStatus } from '@sanad/shared/schemas/workflow';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { STATUS_MESSAGES } from '../../../components/status-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useTransitionClaim } from '../api/transition-claim.ts';

/** How each move reads on its button and in the toast once done. */
const MOVES: { to: ClaimStatus; label: MessageId; done: MessageId; kind: 'primary' | 'secondary' }[] = [
  { to: 'submitted', label: 'workflow.move.submit', done: 'workflow.done.submitted', kind: 'primary' },
  { to: 'approved', label: 'workflow.move.approve', done: 'workflow.done.approved', kind: 'primary' },
  { to: 'changes_requested', label: 'workflow.move.requestChanges', done: 'workflow.done.changesRequested', kind: 'secondary' },
  { to: 'draft', label: 'workflow.move.withdraw', done: 'workflow.done.withdrawn', kind: 'secondary' },
];

/**
 * The moves `user` may make on `claim` now: allowed by the workflow, the role,
 * separation of duties, and (submit, withdraw) whether they may change the claim.
 */
export function availableMoves(claim: Pick<Claim, 'status' | 'verdict'>, user: User, mayChange = true) {
  return MOVES.flatMap((move) => {
    const transition = transitionFor(claim.status, move.to);
    if (!transition || !can(user.role, transition.action)) return [];
    if (transition.action === 'claim.submit' && !mayChange) return [];
    // Whoever last set the verdict cannot approve it (the server refuses with self_approval).
    if (move.to === 'approved' && claim.verdict?.setBy?.id === user.id) return [];
    let label = move.label;
    if (move.to === 'submitted' && claim.status === 'changes_requested') label = 'workflow.move.resubmit';
    if (move.to === 'draft' && claim.status === 'approved') label = 'workflow.move.reopen';
    return [{ ...move, label, noteRequired: transition.noteRequired }];
  });
}

/** The words before a status note: who asked for changes or reopened the claim (one message, a select on the status). */
function NoteHeading({ claim }: { claim: Claim }) {
  const by = claim.statusChangedBy;
  return by ? (
    <Trans id={'workflow.noteHeadingBy' satisfies MessageId} values={{ status: claim.status, name: by.name }} components={{ 0: <bdi /> }} />
  ) : (
    <Trans id={'workflow.noteHeading' satisfies MessageId} values={{ status: claim.status }} />
  );
}

/**
 * A claim's place in the review workflow: its status, the note of the last
 * move (shown prominently: it is what the reviewer must act on), and the
 * moves the user may make. Requesting changes and reopening ask for a note.
 */
export function WorkflowSection({ claim, mayChange = true }: { claim: Claim; mayChange?: boolean }) {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const me = useCurrentUser();
  const transition = useTransitionClaim();
  const toast = useToast();
  const [noteFor, setNoteFor] = useState<ClaimStatus | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const moves = availableMoves(claim, me, mayChange);
  const approvable = claim.status === 'submitted' && can(me.role, 'claim.approve');
  const ownVerdict = claim.verdict?.setBy?.id === me.id;

  function move(to: ClaimStatus, done: MessageId, withNote?: string) {
    transition.mutate(
      { claimId: claim.id, input: withNote === undefined ? { to } : { to, note: withNote }, version: claim.version },
      {
        onSuccess: () => {
          setNoteFor(null);
          setNote('');
          toast.show(t(done), 'success');
        },
      },
    );
  }

  function submitNote(event: FormEvent) {
    event.preventDefault();
    const chosen = MOVES.find((candidate) => candidate.to === noteFor);
    if (!chosen) return;
    if (note.trim() === '') {
      setError(noteFor === 'draft' ? t('workflow.reasonRequired') : t('workflow.noteRequired'));
      return;
    }
    setError(undefined);
    move(chosen.to, claim.status === 'approved' ? 'workflow.done.reopened' : chosen.done, note.trim());
  }

  const noteLabel =
    noteFor === 'draft' ? (claim.publishedAt !== null ? t('workflow.correctionLabel') : t('workflow.reasonLabel')) : t('workflow.noteLabel');

  return (
    <section className={`workflow workflow--${claim.status}`} aria-label={t('workflow.sectionLabel')} data-testid="workflow">
      <p className="workflow__status">
        <Trans id={'workflow.status' satisfies MessageId} values={{ status: t(STATUS_MESSAGES[claim.status]) }} components={{ 0: <strong /> }} />
        {claim.assignee ? (
          <span className="muted">
            <Trans id={'workflow.assignedTo' satisfies MessageId} values={{ name: claim.assignee.name }} components={{ 0: <bdi /> }} />
          </span>
        ) : null}
      </p>
      {claim.statusNote ? (
        <div className={`notice ${claim.status === 'changes_requested' ? 'notice--warning' : 'notice--info'} workflow__note`} data-testid="status-note">
          <p className="notice__title">
            <NoteHeading claim={claim} />
          </p>
          <p className="workflow__note-text" dir="auto">
            {claim.statusNote}
          </p>
        </div>
      ) : null}
      {claim.status === 'approved' ? (
        <p className="muted" data-testid="approved-read-only">
          {claim.statusChangedBy ? (
            <Trans
              id={'workflow.approvedReadOnlyBy' satisfies MessageId}
              values={{ name: claim.statusChangedBy.name, reopener: can(me.role, 'claim.reopen') ? 'you' : 'editor' }}
              components={{ 0: <bdi /> }}
            />
          ) : (
            t('workflow.approvedReadOnly', { reopener: can(me.role, 'claim.reopen') ? 'you' : 'editor' })
          )}
        </p>
      ) : null}
      {claim.publishedAt !== null ? (
        <p className="notice notice--info workflow__published" data-testid="published-note">
          {t(claim.status === 'approved' ? 'workflow.publishedApproved' : 'workflow.publishedReopened', { when: f.dateTime(claim.publishedAt) })}
        </p>
      ) : null}
      {approvable && ownVerdict ? <p className="muted">{t('workflow.ownVerdictMust')}</p> : null}
      {moves.length > 0 && noteFor === null ? (
        <div className="form__actions workflow__actions">
          {moves.map((candidate) => {
            const needsVerdict = candidate.to === 'submitted' && claim.verdict === null;
            return (
              <button
                key={candidate.to}
                type="button"
                className={`button button--${candidate.kind} button--small`}
                disabled={transition.isPending || needsVerdict}
                aria-describedby={needsVerdict ? `${id}-needs-verdict` : undefined}
                onClick={() => {
                  if (candidate.noteRequired) {
                    setNoteFor(candidate.to);
                    setNote('');
                    setError(undefined);
                  } else move(candidate.to, candidate.done);
                }}
              >
                {t(candidate.label)}
              </button>
            );
          })}
        </div>
      ) : null}
      {claim.verdict === null && moves.some((candidate) => candidate.to === 'submitted') ? (
        <p id={`${id}-needs-verdict`} className="field__help">
          {t('workflow.rateFirst')}
        </p>
      ) : null}
      {noteFor !== null ? (
        <form className="form workflow__note-form" onSubmit={submitNote} noValidate>
          <div className="field">
            <label htmlFor={`${id}-note`} className="field__label">
              {noteLabel}
            </label>
            <textarea
              id={`${id}-note`}
              className="input textarea"
              rows={3}
              dir="auto"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-note-error` : undefined}
              autoFocus
              required
            />
            <FieldError id={`${id}-note-error`} message={error} />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={transition.isPending}>
              {noteFor === 'draft' ? t('workflow.move.reopen') : t('workflow.sendBack')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setNoteFor(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
