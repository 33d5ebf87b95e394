import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useRatingScale } from '../../../lib/rating-scale.ts';

/**
 * The published methodology: how Sanad reviews claims, then the active
 * ratings in order, each with its badge, value and definitions in English
 * and Arabic. Printable: the print stylesheet leaves out the app's chrome.
 */
export function Methodology() {
  const scale = useRatingScale();
  return (
    <article className="methodology">
      <section className="methodology__section" aria-labelledby="methodology-process">
        <h2 id="methodology-process" className="methodology__heading">
          How claims are reviewed
        </h2>
        <p>
          Reviewers read each article and select the checkable statements in it as claims: factual assertions that evidence can confirm or refute,
          not opinions or predictions. Each claim receives one verdict from the scale below, together with a written rationale that explains the
          rating and what the evidence shows.
        </p>
        <p>
          The evidence is recorded as sources attached to the claim, each marked by its stance: sources that <em>support</em> the claim, sources
          that <em>contradict</em> it, and sources that give <em>context</em>. Readers can weigh both sides of the record, not only the sources
          that agree with the verdict.
        </p>
        <p>
          A verdict is published only after an editor approves it. Separation of duties applies: whoever last set a claim’s verdict cannot approve
          it, so every published verdict has been seen by at least two people. An approved claim is locked; changing it means an editor reopens it,
          and the change is recorded.
        </p>
      </section>
      <section className="methodology__section" aria-labelledby="methodology-scale">
        <h2 id="methodology-scale" className="methodology__heading">
          The rating scale
        </h2>
        <p>
          Ratings with a value form an ordered scale, from most to least accurate (a higher value is more accurate); ratings without a value
          describe claims that the numeric scale does not fit.
        </p>
        <ol className="methodology__ratings" data-testid="methodology-ratings">
          {scale.active.map((rating) => (
            <li key={rating.key} className="methodology__rating" data-key={rating.key}>
              <div className="methodology__rating-head">
                <VerdictBadge rating={rating.key} />
                <span className="methodology__value">{rating.value === null ? 'Off the numeric scale' : `Value ${rating.value}`}</span>
              </div>
              <p className="methodology__definition">{rating.definitionEn}</p>
              <p className="methodology__definition methodology__definition--ar" lang="ar" dir="rtl">
                {rating.definitionAr}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
