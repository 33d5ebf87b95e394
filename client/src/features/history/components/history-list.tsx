import { useLingui } from '@lingui/react';
import type { Claim } from '@sanad/shared/schemas/claim';
import { useId } from 'react';
import { Loading } from '../../../components/page-loading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { useHistory } from '../api/get-history.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { describeEntry, historyContext, splitIsolates, type FieldChange } from '../describe-entry.ts';

/**
 * A sentence: our words as they are, people's words isolated (`<bdi>`) so
 * Arabic and English never reorder each other; the actor's name in bold.
 */
function Sentence({ sentence, actor }: { sentence: string; actor: string | null }) {
  let bolded = false;
  return (
    <>
      {splitIsolates(sentence).map((piece, index) => {
        if (typeof piece === 'string') return <span key={index}>{piece}</span>;
        if (!bolded && actor !== null && piece.text === actor) {
          bolded = true;
          return (
            <strong key={index}>
              <bdi>{piece.text}</bdi>
            </strong>
          );
        }
        return <bdi key={index}>{piece.text}</bdi>;
      })}
    </>
  );
}

function Details({ changes, created, removed }: { changes: FieldChange[]; created: boolean; removed: boolean }) {
  const t = useT();
  return (
    <details className="history-entry__details">
      <summary>{t('history.showDetails')}</summary>
      <table className="history-entry__table">
        <thead>
          <tr>
            <th scope="col">{t('history.fieldColumn')}</th>
            {created ? null : <th scope="col">{t('history.beforeColumn')}</th>}
            {removed ? null : <th scope="col">{t('history.afterColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.label}>
              <th scope="row">{change.label}</th>
              {created ? null : (
                <td dir="auto" className="history-entry__before">
                  {change.before ?? <span className="muted">{t('history.none')}</span>}
                </td>
              )}
              {removed ? null : (
                <td dir="auto" className="history-entry__after">
                  {change.after ?? <span className="muted">{t('history.none')}</span>}
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
  const t = useT();
  const f = useFormat();
  const language = useLingui().i18n.locale;
  const history = useHistory(claimId);
  const scale = useRatingScale();
  let body;
  if (history.isPending) body = <Loading label={t('history.loading')} />;
  else if (history.isError)
    body = (
      <p className="field__error" role="alert">
        {describeError(history.error)}
      </p>
    );
  else if (history.data.entries.length === 0) body = <p className="muted">{t('history.empty')}</p>;
  else {
    const context = historyContext(history.data.entries, claim, scale.ratings, language);
    body = (
      <ol className="history-list" aria-labelledby={`${id}-heading`}>
        {history.data.entries.map((entry) => {
          const described = describeEntry(entry, context, { t, f });
          return (
            <li key={entry.id} className="history-entry" data-testid="history-entry" data-action={entry.action}>
              <p className="history-entry__sentence" data-testid="history-sentence">
                <Sentence sentence={described.sentence} actor={described.actor} />
              </p>
              <p className="history-entry__meta">
                <time dateTime={entry.at} className="muted">
                  {f.dateTime(entry.at)}
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
        {t('history.heading')}
      </h3>
      {body}
    </section>
  );
}
