import { useId } from 'react';
import { Loading } from '../../../components/page-loading.tsx';
import { describeError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useHistory } from '../api/get-history.ts';
import { describeAction, summarizeChange } from '../summarize-change.ts';

/** The claim's audit log, oldest first: who did what and when, with each changed field before → after. */
export function HistoryList({ claimId }: { claimId: number }) {
  const id = useId();
  const history = useHistory(claimId);
  let body;
  if (history.isPending) body = <Loading label="Loading the history…" />;
  else if (history.isError)
    body = (
      <p className="field__error" role="alert">
        {describeError(history.error)}
      </p>
    );
  else if (history.data.entries.length === 0) body = <p className="muted">Nothing recorded yet.</p>;
  else
    body = (
      <ol className="history-list" aria-labelledby={`${id}-heading`}>
        {history.data.entries.map((entry) => {
          const changes = summarizeChange(entry.before, entry.after);
          return (
            <li key={entry.id} className="history-entry" data-testid="history-entry" data-action={entry.action}>
              <p className="history-entry__meta">
                <strong>{entry.actor?.name ?? 'System'}</strong> {describeAction(entry.action, entry.entityType)}
                <span aria-hidden="true"> · </span>
                <time dateTime={entry.at} className="muted">
                  {formatTime(entry.at)}
                </time>
              </p>
              {changes.length > 0 ? (
                <ul className="history-entry__changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      <span className="history-entry__field">{change.field}</span>:{' '}
                      {entry.before === null ? null : (
                        <>
                          <del dir="auto">{change.before}</del> <span aria-hidden="true">→</span>
                          <span className="visually-hidden">changed to</span>{' '}
                        </>
                      )}
                      {entry.after === null ? <span className="muted">(removed)</span> : <ins dir="auto">{change.after}</ins>}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    );
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`} data-testid="history">
      <h3 id={`${id}-heading`} className="panel-section__heading">
        History
      </h3>
      {body}
    </section>
  );
}
