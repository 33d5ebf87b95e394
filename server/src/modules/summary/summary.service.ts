import type { z } from 'zod';
import type { Role } from '@sanad/shared/permissions';
import { UNRATED_KEY, type RatingKey } from '@sanad/shared/rating-scale';
import type { ArticleSummary, Summary, SummaryQuerySchema } from '@sanad/shared/schemas/summary';
import { CLAIM_STATUSES, type ClaimStatus } from '@sanad/shared/schemas/workflow';
import { AppError, notFound } from '../../http/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import { type SummaryRepository, type TallyRow, verdictColumn } from './summary.repository.ts';

type Filters = z.output<typeof SummaryQuerySchema>;

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

/** Verdict summaries across articles and for one article (the report preview). */
export class SummaryService {
  constructor(
    private readonly summary: SummaryRepository,
    private readonly articles: ArticlesRepository,
    private readonly ratings: RatingScaleRepository,
  ) {}

  /** The dashboard: per-article rows, totals and reviewer workload over the filtered set. */
  async overview(_actor: Actor, filters: Filters): Promise<Summary> {
    const keys = await this.ratings.tallyKeys();
    if (filters.verdict !== undefined && filters.verdict !== UNRATED_KEY && !(await this.ratings.find(filters.verdict))) {
      throw new AppError('validation_failed', 400, `There is no rating "${filters.verdict}" on the scale.`, [
        { path: ['query', 'verdict'], message: 'Use a rating key of the scale or "unrated".' },
      ]);
    }
    const { articles: rows, total: totals, reviewers } = await this.summary.overview(filters, keys);
    // Workload lists the busiest reviewers first, whatever the article sort.
    const workload = [...reviewers].sort((a, b) => Number(b.claims) - Number(a.claims) || String(a.reviewer_name).localeCompare(String(b.reviewer_name)));
    const assignees = await this.articles.assigneesOf(rows.map((row) => Number(row.key)));
    return {
      articles: rows.map((row) => ({
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
      totals: { articles: rows.length, claims: Number(totals.claims ?? 0), verdicts: verdictTally(totals, keys), statuses: statusTally(totals) },
      workload: workload.map((row) => ({
        reviewer: { id: Number(row.key), name: String(row.reviewer_name), role: row.reviewer_role as Role },
        claims: Number(row.claims),
        statuses: statusTally(row),
      })),
    };
  }

  /** One article: its verdict distribution and each claim in reading order. */
  async forArticle(_actor: Actor, articleId: number): Promise<ArticleSummary> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const claims = await this.summary.claimsOf(articleId);
    const verdicts: ArticleSummary['verdicts'] = {};
    for (const key of await this.ratings.tallyKeys()) verdicts[key] = 0;
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
        rationaleExcerpt:
          claim.rationale_excerpt === null ? null : `${String(claim.rationale_excerpt)}${Number(claim.rationale_length) > 280 ? '…' : ''}`,
        sources: { supports: Number(claim.supports), contradicts: Number(claim.contradicts), context: Number(claim.context) },
        status: claim.status as ClaimStatus,
        reviewer: claim.reviewer_id === null ? null : { id: Number(claim.reviewer_id), name: String(claim.reviewer_name), role: claim.reviewer_role as Role },
      })),
    };
  }
}
