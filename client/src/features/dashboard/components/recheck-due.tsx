import { Trans } from '@lingui/react';
import { paragraphDirection } from '@sanad/shared/text/language';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { usePublishedRecheckDue } from '../api/get-approval-queue.ts';

/**
 * Published claims whose verdict is due to be checked again (issue #16): a
 * published verdict can go stale (a revised figure, a ruling since), and the
 * desk should see it before a reader does. Shown only when one is due.
 */
export function RecheckDue() {
  const t = useT();
  const f = useFormat();
  const due = usePublishedRecheckDue();
  if (!due.data || due.data.length === 0) return null;
  return (
    <section className="dash-section dash-section--alert" aria-labelledby="dash-recheck-heading">
      <h2 id="dash-recheck-heading" className="dash-section__title">
        {t('dashboard.recheckHeading')} <span className="count-badge">{f.number(due.data.length)}</span>
      </h2>
      <ol className="queue-list">
        {due.data.map((item) => (
          <li key={item.claimId} className="queue-item" data-testid="dashboard-recheck-item">
            <p className="queue-item__quote" lang={item.language} dir={paragraphDirection(item.quote, 'ltr')}>
              <Link to={`/articles/${item.articleId}?claim=${item.claimId}`} className="queue-item__link">
                {item.quote}
              </Link>
            </p>
            <p className="muted">
              <Trans
                id={'dashboard.recheckMeta' satisfies MessageId}
                values={{ title: item.articleTitle, date: item.recheckOn ? f.day(item.recheckOn) : '' }}
                components={{ 0: <bdi />, 1: <time dateTime={item.recheckOn ?? undefined} /> }}
              />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
