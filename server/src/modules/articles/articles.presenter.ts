import { RATING_KEYS } from '@sanad/shared/rating-scale';
import type { Article, ArticleListItem, VerdictCounts } from '@sanad/shared/schemas/article';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { ArticleListRow, ArticleRow } from './articles.repository.ts';

/** The API shape of one article. */
export function presentArticle(row: ArticleRow, assignees: UserRef[] = []): Article {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    language: row.language,
    direction: row.direction,
    revision: row.revision,
    assignees,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Claims per verdict with every key present. */
export function presentVerdictCounts(counts: Map<string, number>): VerdictCounts {
  const result = { unrated: counts.get('unrated') ?? 0 } as VerdictCounts;
  for (const key of RATING_KEYS) result[key] = counts.get(key) ?? 0;
  return result;
}

/** The API shape of an article in the list. */
export function presentArticleListItem(row: ArticleListRow): ArticleListItem {
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    direction: row.direction,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    revision: row.revision,
    assignees: row.assignees,
    length: row.length,
    needsReanchoring: row.needsReanchoring,
    claimCount: row.claimCount,
    verdictCounts: presentVerdictCounts(row.ratingCounts),
  };
}
