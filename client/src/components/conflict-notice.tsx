import type { ReactNode } from 'react';

/** One field of a conflict: the user's unsaved value beside the one now saved. */
export interface ConflictRow {
  label: string;
  mine: ReactNode;
  theirs: ReactNode;
}

interface ConflictNoticeProps {
  /** What was being saved, e.g. "verdict". */
  subject: string;
  /** Who saved the other version, when the server says. */
  changedBy: string | null;
  rows: ConflictRow[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  pending?: boolean;
}

/**
 * Shown when a save answers 412: someone else saved first. Nothing is
 * discarded: the user's version stays in the form, the saved one is shown
 * beside it, and the user chooses to keep theirs (save it over the new
 * version) or take the other (load it into the form).
 */
export function ConflictNotice({ subject, changedBy, rows, onKeepMine, onTakeTheirs, pending = false }: ConflictNoticeProps) {
  return (
    <div className="notice notice--warning conflict" role="alert" data-testid="conflict-view">
      <p className="notice__title">
        {changedBy ? `${changedBy} changed this ${subject} while you were editing.` : `Someone changed this ${subject} while you were editing.`}
      </p>
      <p>Your version has not been saved and is still in the form. Compare, then keep yours or take theirs.</p>
      <table className="conflict__table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Field</span>
            </th>
            <th scope="col">Yours (not saved)</th>
            <th scope="col">Saved now{changedBy ? ` by ${changedBy}` : ''}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="conflict__mine" data-testid="conflict-mine" dir="auto">
                {row.mine}
              </td>
              <td className="conflict__theirs" data-testid="conflict-theirs" dir="auto">
                {row.theirs}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="button button--primary button--small" onClick={onKeepMine} disabled={pending}>
          Keep mine
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onTakeTheirs} disabled={pending}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
