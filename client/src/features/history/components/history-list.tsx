import type { Claim } from '@sanad/shared/schemas/claim';
import { useId } from 'react';
import { Loading } from '../../../components/page-loading.tsx';
import { describeError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useHistory } from '../api/get-history.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { describeEntry, historyContext, type FieldChange, type Part } from '../describe-entry.ts';

/** A sentence: our words as they are, people's words isolated (`<bdi>`) so Arabic and English never reorder each other. */
function Sentence({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          <span key={index}>{part}</span>
        ) : part.quoted ? (
          <q key={index} className="history-entry__quote">
            <bdi>{part.text}</bdi>
          </q>
        ) : (
          <bdi key={index}>{part.text}</bdi>
        ),
      )}
    </>
  );
}

function Details({ changes, created, removed }: { changes: FieldChange[]; created: boolean; removed: boolean }) {
  return (
    <details className="history-entry__details">
      <summary>Show details</summary>
      <table className="history-entry__table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {created ? null : <th scope="col">Before</th>}
            {removed ? null : <th scope="col">After</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.label}>
              <th scope="row">{change.label}</th>
              {created ? null : (
                <td dir="auto" className="history-entry__before">
                  {change.before ?? <span className="muted">(none)</span>}
                </td>
              )}
              {removed ? null : (
                <td dir="auto" className="history-entry__after">
                  {change.after ?? <span className="muted">(none)</span>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * The claim's audit log, oldest first, as sentences a newsroom reader
 * understands ("Rana Reviewer set the verdict to False"), each with its time
 * and, behind "Show details", the meaningful fields before and after. Internal
 * fields (ids, versions, offsets, context around the quote) are never shown.
 * `claim` supplies names the entries refer to by id (assignee, sources).
 */
export function HistoryList({ claimId, claim }: { claimId: number; claim?: Claim }) {
  const id = useId();
  const history = useHistory(claimId);
  const scale = useRatingScale();
  let body;
  if (history.isPending) body = <Loading label="Loading the history…" />;
  else if (history.isError)
    body = (
      <p className="field__error" role="alert">
        {describeError(history.error)}
      </p>
    );
  else if (history.data.entries.length === 0) body = <p className="muted">Nothing recorded yet.</p>;
  else {
    const context = historyContext(history.data.entries, claim, scale.ratings);
    body = (
      <ol className="history-list" aria-labelledby={`${id}-heading`}>
        {history.data.entries.map((entry) => {
          const described = describeEntry(entry, context);
          return (
            <li key={entry.id} className="history-entry" data-testid="history-entry" data-action={entry.action}>
              <p className="history-entry__sentence" data-testid="history-sentence">
                {described.byActor ? (
                  <>
                    <strong>
                      <bdi>{entry.actor?.name ?? 'The system'}</bdi>
                    </strong>{' '}
                  </>
                ) : null}
                <Sentence parts={described.parts} />
              </p>
              <p className="history-entry__meta">
                <time dateTime={entry.at} className="muted">
                  {formatTime(entry.at)}
                </time>
              </p>
              {described.details.length > 0 ? (
                <Details changes={described.details} created={entry.before === null} removed={entry.after === null} />
              ) : null}
            </li>
          );
        })}
      </ol>
    );
  }
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`} data-testid="history">
      <h3 id={`${id}-heading`} className="panel-section__heading">
        History
      </h3>
      {body}
    </section>
  );
}
