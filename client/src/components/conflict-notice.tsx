import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

/** One field of a conflict: the user's unsaved value beside the one now saved. */
export interface ConflictRow {
  label: string;
  mine: ReactNode;
  theirs: ReactNode;
}

interface ConflictNoticeProps {
  /** What was being saved, in the interface language: "verdict" in English (after "this"), "الحكم" in Arabic. */
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
  const t = useT();
  return (
    <div className="notice notice--warning conflict" role="alert" data-testid="conflict-view">
      <p className="notice__title">
        {changedBy ? t('shell.conflict.titleBy', { changedBy, subject }) : t('shell.conflict.titleSomeone', { subject })}
      </p>
      <p>{t('shell.conflict.body')}</p>
      <table className="conflict__table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('shell.conflict.field')}</span>
            </th>
            <th scope="col">{t('shell.conflict.yours')}</th>
            <th scope="col">{changedBy ? t('shell.conflict.theirsBy', { changedBy }) : t('shell.conflict.theirs')}</th>
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
          {t('shell.conflict.keepMine')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onTakeTheirs} disabled={pending}>
          {t('shell.conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
