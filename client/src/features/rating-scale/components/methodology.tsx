import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { Trans, useLingui } from '@lingui/react';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';

/**
 * The published methodology: how Sanad reviews claims, then the active
 * ratings in order, each with its badge, value and definitions in English
 * and Arabic. Printable: the print stylesheet leaves out the app's chrome.
 */
export function Methodology() {
  const scale = useRatingScale();
  const t = useT();
  const f = useFormat();
  // The English interface publishes each definition in both languages; the Arabic interface, in Arabic.
  const english = useLingui().i18n.locale !== 'ar';
  return (
    <article className="methodology">
      <section className="methodology__section" aria-labelledby="methodology-process">
        <h2 id="methodology-process" className="methodology__heading">
          {t('ratingScale.methodologyProcessHeading')}
        </h2>
        <p>{t('ratingScale.methodologyClaims')}</p>
        <p>
          <Trans id="ratingScale.methodologySources" components={{ 0: <em />, 1: <em />, 2: <em /> }} />
        </p>
        <p>{t('ratingScale.methodologyApproval')}</p>
      </section>
      <section className="methodology__section" aria-labelledby="methodology-scale">
        <h2 id="methodology-scale" className="methodology__heading">
          {t('ratingScale.methodologyScaleHeading')}
        </h2>
        <p>{t('ratingScale.methodologyScale')}</p>
        <ol className="methodology__ratings" data-testid="methodology-ratings">
          {scale.active.map((rating) => (
            <li key={rating.key} className="methodology__rating" data-key={rating.key}>
              <div className="methodology__rating-head">
                <VerdictBadge rating={rating.key} />
                <span className="methodology__value">{rating.value === null ? t('ratingScale.offScale') : t('ratingScale.valueOf', { value: f.number(rating.value) })}</span>
              </div>
              {english ? <p className="methodology__definition">{rating.definitionEn}</p> : null}
              <p className={`methodology__definition${english ? ' methodology__definition--ar' : ''}`} lang="ar" dir="rtl">
                {rating.definitionAr}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
