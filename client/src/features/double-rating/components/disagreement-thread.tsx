import type { Claim } from '@sanad/shared/schemas/claim';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';

/**
 * The opening of a claim's discussion when its two blind ratings differ (issue #16, ADR 034):
 * both ratings with their raters, then whether the disagreement is still open (an editor
 * resolves it in the panel's second-rating section) or how it was resolved, with the note.
 * The comments below it are the thread; nothing is shown when the raters agreed.
 */
export function DisagreementThreadStart({ claim }: { claim: Claim }) {
  const t = useT();
  const f = useFormat();
  const double = claim.doubleRating;
  const agreement = double?.agreement;
  if (!double || !agreement || agreement.agreed) return null;
  const resolution = double.resolution;
  return (
    <div className={`comment disagreement-thread${resolution ? ' comment--resolved' : ''}`} data-testid="disagreement-thread" role="group" aria-label={t('doubleRating.threadHeading')}>
      <p className="comment__meta">
        <strong>{t('doubleRating.threadHeading')}</strong>
        <span aria-hidden="true"> · </span>
        <time dateTime={agreement.completedAt}>{f.dateTime(agreement.completedAt)}</time>
        <span className={`tag ${resolution ? 'tag--quiet' : 'double-rating__state--disagreed'}`}>{resolution ? t('doubleRating.threadResolved') : t('doubleRating.threadOpen')}</span>
      </p>
      <ul className="disagreement-thread__ratings">
        <li>
          <VerdictBadge rating={agreement.firstRating} size="small" /> {t('doubleRating.by', { name: agreement.firstRater?.name ?? '—' })}
        </li>
        <li>
          <VerdictBadge rating={agreement.secondRating} size="small" /> {t('doubleRating.by', { name: agreement.secondRater?.name ?? '—' })}
        </li>
      </ul>
      {resolution ? (
        <p className="comment__body">
          {t('doubleRating.resolution', { name: resolution.by?.name ?? '—', choice: resolution.choice })} <span dir="auto">{resolution.note}</span>
        </p>
      ) : (
        <p className="comment__body muted">{t('doubleRating.threadHelp')}</p>
      )}
    </div>
  );
}
