import { Trans, useLingui } from '@lingui/react';
import type { ArticleSummary, ClaimSummary } from '@sanad/shared/schemas/summary';
import { paragraphDirection } from '@sanad/shared/text/language';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ArticleMeta } from '../../../components/article-meta.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { tallyStyles, useRatingScale } from '../../../lib/rating-scale.ts';
import { useArticleSummary } from '../api/get-article-summary.ts';

type Tally = ArticleSummary['verdicts'];

/** Sources per stance: one message each, with the count inside (<0> marks the figure). */
const STANCES = [
  { key: 'supports', message: 'summary.sourcesSupporting' },
  { key: 'contradicts', message: 'summary.sourcesContradicting' },
  { key: 'context', message: 'summary.sourcesContext' },
] as const satisfies readonly { key: string; message: MessageId }[];

/** The verdict distribution: a stacked bar (decorative) and a legend with every non-zero count as text. */
function Distribution({ tally, total }: { tally: Tally; total: number }) {
  const t = useT();
  const f = useFormat();
  const arabic = useLingui().i18n.locale === 'ar';
  const present = tallyStyles(useRatingScale(), tally)
    .map((style) => ({ key: style.key, label: style.labelEn, labelAr: style.labelAr, color: style.color, count: tally[style.key] ?? 0 }))
    .filter((verdict) => verdict.count > 0);
  return (
    <section className="report-distribution" aria-labelledby="report-distribution-heading">
      <h2 id="report-distribution-heading" className="report__heading">
        {t('summary.verdictsHeading')}
      </h2>
      {total === 0 ? (
        <p className="muted">{t('summary.noClaimsMarked')}</p>
      ) : (
        <>
          <div className="report-distribution__bar" aria-hidden="true">
            {present.map((verdict) => (
              <span key={verdict.key} style={{ flexGrow: verdict.count, backgroundColor: verdict.color }} />
            ))}
          </div>
          <ul className="report-distribution__legend" data-testid="report-distribution">
            {present.map((verdict) => (
              <li key={verdict.key} data-rating={verdict.key}>
                <span className="swatch" style={{ backgroundColor: verdict.color }} aria-hidden="true" />
                <span className="report-distribution__count">{f.number(verdict.count)}</span> {arabic ? verdict.labelAr : verdict.label}
                {/* The English interface shows the Arabic label beside the English one, as the reports do. */}
                {arabic ? null : (
                  <span className="report-distribution__ar" lang="ar" dir="rtl">
                    {verdict.labelAr}
                  </span>
                )}
                <span className="muted"> · {f.percent(verdict.count / total)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SourceCounts({ claim }: { claim: ClaimSummary }) {
  const t = useT();
  const f = useFormat();
  const total = claim.sources.supports + claim.sources.contradicts + claim.sources.context;
  if (total === 0) return <span className="muted">{t('summary.noSources')}</span>;
  return (
    <ul className="report-sources" aria-label={t('summary.sourcesByStance')}>
      {STANCES.map((stance) => (
        <li key={stance.key} className={`report-sources__item report-sources__item--${stance.key}`} data-stance={stance.key}>
          <Trans
            id={stance.message}
            values={{ figure: f.number(claim.sources[stance.key]) }}
            components={{ 0: <span className="report-sources__count" /> }}
          />
        </li>
      ))}
    </ul>
  );
}

function ClaimEntry({ claim, summary, index }: { claim: ClaimSummary; summary: ArticleSummary; index: number }) {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const path = `/articles/${summary.id}?claim=${claim.id}`;
  return (
    <li
      className="report-claim"
      data-testid="report-claim"
      data-claim-id={claim.id}
      onClick={(event) => {
        // The whole entry opens the claim; links and text selection keep their own behaviour.
        if (event.target instanceof Element && event.target.closest('a')) return;
        if (window.getSelection()?.toString()) return;
        void navigate(path);
      }}
    >
      <div className="report-claim__number" aria-hidden="true">
        {f.number(index + 1)}
      </div>
      <div className="report-claim__body">
        <blockquote className="report-claim__quote" lang={summary.language} dir={paragraphDirection(claim.quote, summary.direction)}>
          <Link to={path} className="report-claim__link">
            <bdi>{claim.quote}</bdi>
          </Link>
        </blockquote>
        <div className="report-claim__verdict">
          <VerdictBadge rating={claim.rating} />
          {claim.rationaleExcerpt ? (
            <p className="report-claim__rationale" dir="auto">
              {claim.rationaleExcerpt}
            </p>
          ) : (
            <p className="muted">{t('summary.noRationale')}</p>
          )}
        </div>
        <div className="report-claim__meta">
          <SourceCounts claim={claim} />
          <StatusBadge status={claim.status} />
          <span className="muted">
            {claim.reviewer ? (
              <Trans id={'summary.reviewer' satisfies MessageId} values={{ name: claim.reviewer.name }} components={{ 0: <bdi /> }} />
            ) : (
              t('summary.noReviewer')
            )}
          </span>
          {claim.start === null ? <span className="muted">{t('summary.notAttached')}</span> : null}
        </div>
      </div>
    </li>
  );
}

/**
 * The fact-check report preview of one article: its verdict distribution,
 * then each claim in reading order with its verdict, rationale excerpt,
 * sources by stance, status and reviewer. Each claim opens in the article view.
 */
export function ArticleSummaryReport({ articleId, publication }: { articleId: number; publication?: ReactNode }) {
  const t = useT();
  const f = useFormat();
  const { data: summary } = useArticleSummary(articleId);
  const total = summary.claims.length;
  const approved = summary.statuses.approved;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__header">
        <p className="report__kicker">{t('summary.kicker')}</p>
        <h1 id="report-title" className="report__title" lang={summary.language} dir={summary.direction}>
          {summary.title}
        </h1>
        <ArticleMeta article={summary} />
        <p className="report__subtitle">
          {t(total > 0 && approved < total ? 'summary.subtitleNotFinal' : 'summary.subtitle', { count: total, approved: f.number(approved) })}
        </p>
        <p className="report__actions">
          <Link to={`/articles/${summary.id}`} className="button button--secondary button--small">
            {t('summary.openArticle')}
          </Link>
        </p>
      </header>
      {publication}
      <Distribution tally={summary.verdicts} total={total} />
      <section aria-labelledby="report-claims-heading">
        <h2 id="report-claims-heading" className="report__heading">
          {t('summary.claimsHeading')}
        </h2>
        {total === 0 ? (
          <div className="empty-state empty-state--compact">
            <p className="empty-state__title">{t('summary.emptyTitle')}</p>
            <p>{t('summary.emptyText')}</p>
          </div>
        ) : (
          <ol className="report-claims">
            {summary.claims.map((claim, index) => (
              <ClaimEntry key={claim.id} claim={claim} summary={summary} index={index} />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
