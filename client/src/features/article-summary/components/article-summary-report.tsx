import type { ArticleSummary, ClaimSummary } from '@sanad/shared/schemas/summary';
import { paragraphDirection } from '@sanad/shared/text/language';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ArticleMeta } from '../../../components/article-meta.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { tallyStyles, useRatingScale } from '../../../lib/rating-scale.ts';
import { useArticleSummary } from '../api/get-article-summary.ts';

type Tally = ArticleSummary['verdicts'];

const STANCES = [
  { key: 'supports', label: 'supporting' },
  { key: 'contradicts', label: 'contradicting' },
  { key: 'context', label: 'context' },
] as const;

const numbers = new Intl.NumberFormat('en-GB');
const count = (value: number) => numbers.format(value);

/** The verdict distribution: a stacked bar (decorative) and a legend with every non-zero count as text. */
function Distribution({ tally, total }: { tally: Tally; total: number }) {
  const present = tallyStyles(useRatingScale(), tally)
    .map((style) => ({ key: style.key, label: style.labelEn, labelAr: style.labelAr, color: style.color, count: tally[style.key] ?? 0 }))
    .filter((verdict) => verdict.count > 0);
  return (
    <section className="report-distribution" aria-labelledby="report-distribution-heading">
      <h2 id="report-distribution-heading" className="report__heading">
        Verdicts
      </h2>
      {total === 0 ? (
        <p className="muted">No claims are marked in this article yet.</p>
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
                <span className="report-distribution__count">{count(verdict.count)}</span> {verdict.label}
                <span className="report-distribution__ar" lang="ar" dir="rtl">
                  {verdict.labelAr}
                </span>
                <span className="muted"> · {Math.round((verdict.count / total) * 100)}%</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SourceCounts({ claim }: { claim: ClaimSummary }) {
  const total = claim.sources.supports + claim.sources.contradicts + claim.sources.context;
  if (total === 0) return <span className="muted">No sources yet</span>;
  return (
    <ul className="report-sources" aria-label="Sources by stance">
      {STANCES.map((stance) => (
        <li key={stance.key} className={`report-sources__item report-sources__item--${stance.key}`} data-stance={stance.key}>
          <span className="report-sources__count">{count(claim.sources[stance.key])}</span> {stance.label}
        </li>
      ))}
    </ul>
  );
}

function ClaimEntry({ claim, summary, index }: { claim: ClaimSummary; summary: ArticleSummary; index: number }) {
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
        {index + 1}
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
            <p className="muted">No rationale yet.</p>
          )}
        </div>
        <div className="report-claim__meta">
          <SourceCounts claim={claim} />
          <StatusBadge status={claim.status} />
          <span className="muted">{claim.reviewer ? `Reviewer: ${claim.reviewer.name}` : 'No reviewer'}</span>
          {claim.start === null ? <span className="muted">Not attached to the text</span> : null}
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
  const { data: summary } = useArticleSummary(articleId);
  const total = summary.claims.length;
  const approved = summary.statuses.approved;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__header">
        <p className="report__kicker">Fact-check report preview</p>
        <h1 id="report-title" className="report__title" lang={summary.language} dir={summary.direction}>
          {summary.title}
        </h1>
        <ArticleMeta article={summary} />
        <p className="report__subtitle">
          {count(total)} {total === 1 ? 'claim' : 'claims'} · {count(approved)} approved
          {total > 0 && approved < total ? ' · the report is not final until every claim is approved' : ''}
        </p>
        <p className="report__actions">
          <Link to={`/articles/${summary.id}`} className="button button--secondary button--small">
            Open the article
          </Link>
        </p>
      </header>
      {publication}
      <Distribution tally={summary.verdicts} total={total} />
      <section aria-labelledby="report-claims-heading">
        <h2 id="report-claims-heading" className="report__heading">
          Claims in reading order
        </h2>
        {total === 0 ? (
          <div className="empty-state empty-state--compact">
            <p className="empty-state__title">No claims yet</p>
            <p>Open the article and select a passage to mark a claim; it appears here with its verdict and sources.</p>
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
