import type { z } from 'zod';
import { UNRATED_KEY } from '@sanad/shared/rating-scale';
import type { SummaryQuerySchema } from '@sanad/shared/schemas/summary';
import type { UserRef } from '@sanad/shared/schemas/user';
import { AppError, notFound } from '../../lib/app-error.ts';
import { seesFirstRating } from '@sanad/shared/double-rating';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ArticleRow, ArticlesRepository } from '../articles/articles.repository.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import type { OverviewRows, SummaryRepository, TallyRow } from './summary.repository.ts';

type Filters = z.output<typeof SummaryQuerySchema>;

/** The dashboard's rows and tallies, with the rating keys they count and each article's reviewers. */
export interface Overview {
  rows: OverviewRows;
  /** The rating keys counted, in scale order (column `verdictColumn(i)` holds key i). */
  keys: string[];
  assignees: Map<number, UserRef[]>;
}

/** One article with each claim's summary row and the rating keys of the scale. */
export interface ArticleOverview {
  article: ArticleRow;
  claims: TallyRow[];
  keys: string[];
}

/** Verdict summaries across articles and for one article (the report preview). */
export class SummaryService {
  constructor(
    private readonly summary: SummaryRepository,
    private readonly articles: ArticlesRepository,
    private readonly ratings: RatingScaleRepository,
    private readonly seconds: Pick<SecondRatingsRepository, 'factsFor'>,
  ) {}

  /** The dashboard: per-article rows, totals and reviewer workload over the filtered set. */
  async overview(_actor: Actor, filters: Filters): Promise<Overview> {
    const keys = await this.ratings.tallyKeys();
    if (filters.verdict !== undefined && filters.verdict !== UNRATED_KEY && !(await this.ratings.find(filters.verdict))) {
      throw new AppError('validation_failed', 400, `There is no rating "${filters.verdict}" on the scale.`, [
        { path: ['query', 'verdict'], message: 'Use a rating key of the scale or "unrated".' },
      ]);
    }
    const rows = await this.summary.overview(filters, keys);
    const assignees = await this.articles.assigneesOf(rows.articles.map((row) => Number(row.key)));
    return { rows, keys, assignees };
  }

  /** One article: its verdict distribution and each claim in reading order. */
  async forArticle(actor: Actor, articleId: number): Promise<ArticleOverview> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const [rows, keys, facts] = await Promise.all([this.summary.claimsOf(articleId), this.ratings.tallyKeys(), this.seconds.factsFor({ articleId })]);
    // What a blind second rater may not see of a claim is left out, as everywhere (ADR 034).
    const claims = rows.map((row) => {
      const fact = facts.get(Number(row.id));
      return fact && !seesFirstRating(actor, fact) ? { ...row, rating: null, rationale_excerpt: null, rationale_length: 0, supports: 0, contradicts: 0, context: 0 } : row;
    });
    return { article, claims, keys };
  }
}
