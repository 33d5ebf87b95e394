import type { Role } from '@sanad/shared/permissions';
import { UNRATED_KEY, type RatingKey } from '@sanad/shared/rating-scale';
import type { ArticleSummary, Summary } from '@sanad/shared/schemas/summary';
import { CLAIM_STATUSES, type ClaimStatus } from '@sanad/shared/schemas/workflow';
import { type TallyRow, verdictColumn } from './summary.repository.ts';
import type { ArticleOverview, Overview } from './summary.service.ts';

function verdictTally(row: TallyRow, keys: readonly string[]): Summary['totals']['verdicts'] {
  const tally: Summary['totals']['verdicts'] = {};
  keys.forEach((key, index) => {
    tally[key] = Number(row[verdictColumn(index)] ?? 0);
  });
  tally[UNRATED_KEY] = Number(row.v_unrated ?? 0);
  return tally;
}

function statusTally(row: TallyRow): Summary['totals']['statuses'] {
  const tally = {} as Summary['totals']['statuses'];
  for (const status of CLAIM_STATUSES) tally[status] = Number(row[`s_${status}`] ?? 0);
  return tally;
}

/** The API shape of the dashboard: per-article rows, totals, and the busiest reviewers first. */
export function presentSummary({ rows, keys, assignees }: Overview): Summary {
  const { articles, total: totals, reviewers } = rows;
  // Workload lists the busiest reviewers first, whatever the article sort.
  const workload = [...reviewers].sort((a, b) => Number(b.claims) - Number(a.claims) || String(a.reviewer_name).localeCompare(String(b.reviewer_name)));
  return {
    articles: articles.map((row) => ({
      id: Number(row.key),
      title: String(row.title),
      language: String(row.language),
      createdAt: String(row.created_at),
      claims: Number(row.claims),
      approved: Number(row.s_approved),
      verdicts: verdictTally(row, keys),
      statuses: statusTally(row),
      assignees: assignees.get(Number(row.key)) ?? [],
      lastActivity: String(row.last_activity),
    })),
    totals: { articles: articles.length, claims: Number(totals.claims ?? 0), verdicts: verdictTally(totals, keys), statuses: statusTally(totals) },
    workload: workload.map((row) => ({
      reviewer: { id: Number(row.key), name: String(row.reviewer_name), role: row.reviewer_role as Role },
      claims: Number(row.claims),
      statuses: statusTally(row),
    })),
  };
}

/** The API shape of one article's summary: its verdict distribution and each claim in reading order. */
export function presentArticleSummary({ article, claims, keys }: ArticleOverview): ArticleSummary {
  const verdicts: ArticleSummary['verdicts'] = {};
  for (const key of keys) verdicts[key] = 0;
  verdicts[UNRATED_KEY] = 0;
  const statuses = {} as ArticleSummary['statuses'];
  for (const status of CLAIM_STATUSES) statuses[status] = 0;
  for (const claim of claims) {
    const key = (claim.rating as RatingKey | null) ?? UNRATED_KEY;
    verdicts[key] = (verdicts[key] ?? 0) + 1;
    statuses[claim.status as ClaimStatus] += 1;
  }
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    direction: article.direction,
    author: article.author,
    outlet: article.outlet,
    publishedOn: article.publishedOn,
    url: article.url,
    verdicts,
    statuses,
    claims: claims.map((claim) => ({
      id: Number(claim.id),
      quote: String(claim.quote),
      start: claim.start === null ? null : Number(claim.start),
      rating: (claim.rating as RatingKey | null) ?? null,
      rationaleExcerpt: claim.rationale_excerpt === null ? null : `${String(claim.rationale_excerpt)}${Number(claim.rationale_length) > 280 ? '…' : ''}`,
      sources: { supports: Number(claim.supports), contradicts: Number(claim.contradicts), context: Number(claim.context) },
      status: claim.status as ClaimStatus,
      reviewer: claim.reviewer_id === null ? null : { id: Number(claim.reviewer_id), name: String(claim.reviewer_name), role: claim.reviewer_role as Role },
    })),
  };
}
