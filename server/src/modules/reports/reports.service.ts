import { RATING_KEYS, RATING_SCALE, type RatingKey, ratingFor } from '@sanad/shared/rating-scale';
import { REPORT_SCHEMA_VERSION, type Report, type ReportClaim } from '@sanad/shared/schemas/report';
import type { Stance } from '@sanad/shared/schemas/source';
import type { UserRef } from '@sanad/shared/schemas/user';
import { CLAIM_STATUSES } from '@sanad/shared/schemas/workflow';
import { notFound } from '../../http/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { ClaimAggregate, ClaimsRepository } from '../claims/claims.repository.ts';

function unique(users: (UserRef | null)[]): UserRef[] {
  const byId = new Map<number, UserRef>();
  for (const user of users) if (user) byId.set(user.id, user);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Assembles the fact-check report of an article: the one model every export format is written from. */
export class ReportsService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly clock: Clock,
  ) {}

  /** The draft report: every claim with its status, in reading order. */
  async draft(_actor: Actor, articleId: number): Promise<Report> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const aggregates = await this.claims.listByArticle(articleId);
    const claims = aggregates.map((aggregate) => this.claim(aggregate));
    const verdicts = { unrated: 0 } as Report['summary']['verdicts'];
    for (const key of RATING_KEYS) verdicts[key] = 0;
    const statuses = {} as Report['summary']['statuses'];
    for (const status of CLAIM_STATUSES) statuses[status] = 0;
    for (const claim of claims) {
      const key = claim.verdict?.rating ?? 'unrated';
      verdicts[key] = (verdicts[key] ?? 0) + 1;
      statuses[claim.status] += 1;
    }
    const allSources = claims.flatMap((claim) => Object.values(claim.sources).flat());
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      kind: 'draft',
      generatedAt: this.clock.now().toISOString(),
      language: 'en',
      organisation: { name: '', url: '', logo: null, publishBaseUrl: '' },
      publication: null,
      corrections: [],
      article: {
        id: article.id,
        title: article.title,
        language: article.language,
        direction: article.direction,
        revision: article.revision,
        author: article.author,
        outlet: article.outlet,
        publishedOn: article.publishedOn,
        url: article.url,
        createdAt: article.createdAt,
      },
      summary: { claims: claims.length, verdicts, statuses },
      claims,
      methodology: {
        claims: claims.length,
        sources: new Set(allSources.map((source) => source.url)).size,
        publishers: new Set(allSources.map((source) => source.publisher.toLowerCase())).size,
        reviewers: unique(claims.flatMap((claim) => [claim.reviewer, claim.verdict?.setBy ?? null])),
        approvers: unique(claims.map((claim) => claim.approvedBy)),
        scale: RATING_SCALE.map(({ key, labelEn, labelAr, value, definitionEn, definitionAr, color }) => ({ key, labelEn, labelAr, value, definitionEn, definitionAr, color })),
      },
    };
  }

  private claim({ claim, verdict, links, people }: ClaimAggregate): ReportClaim {
    const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
    const sources: Record<Stance, ReportClaim['sources'][Stance]> = { supports: [], contradicts: [], context: [] };
    for (const { link, source } of links) {
      sources[link.stance].push({ url: source.url, title: source.title, publisher: source.publisher, publishedAt: source.publishedAt, excerpt: link.excerpt });
    }
    const rating = verdict ? ratingFor(verdict.rating as RatingKey) : null;
    const approved = claim.status === 'approved';
    return {
      id: claim.id,
      quote: claim.quote,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      status: claim.status,
      claimant: claim.claimant,
      verdict:
        verdict && rating
          ? {
              rating: rating.key,
              labelEn: rating.labelEn,
              labelAr: rating.labelAr,
              value: rating.value,
              definitionEn: rating.definitionEn,
              definitionAr: rating.definitionAr,
              rationale: verdict.rationale,
              setBy: person(verdict.setBy),
              updatedAt: verdict.updatedAt,
            }
          : null,
      sources,
      reviewer: person(claim.assigneeId ?? claim.createdBy),
      approvedBy: approved ? person(claim.statusChangedBy) : null,
      approvedAt: approved ? claim.statusChangedAt : null,
      publishedAt: claim.publishedAt,
      modifiedAt: null,
    };
  }
}
