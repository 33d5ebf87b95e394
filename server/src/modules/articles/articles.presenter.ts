import type { Article, ArticleList, ArticleListItem, VerdictCounts } from '@sanad/shared/schemas/article';
import type { ArticleListRow, ArticleView } from './articles.repository.ts';

/** The API shape of one article with its assigned reviewers. */
export function presentArticle({ row, assignees }: ArticleView): Article {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    language: row.language,
    direction: row.direction,
    revision: row.revision,
    author: row.author,
    outlet: row.outlet,
    publishedOn: row.publishedOn,
    url: row.url,
    assignees,
    doubleRating: row.doubleRating,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Claims per verdict: `unrated` always present, a rating key only when some claim has it. */
export function presentVerdictCounts(counts: Map<string, number>): VerdictCounts {
  const result: VerdictCounts = { unrated: counts.get('unrated') ?? 0 };
  for (const [key, count] of counts) if (count > 0) result[key] = count;
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
    author: row.author,
    outlet: row.outlet,
    publishedOn: row.publishedOn,
    url: row.url,
    assignees: row.assignees,
    doubleRating: row.doubleRating,
    length: row.length,
    needsReanchoring: row.needsReanchoring,
    claimCount: row.claimCount,
    verdictCounts: presentVerdictCounts(row.ratingCounts),
  };
}

/** The API shape of the article list. */
export function presentArticleList(rows: ArticleListRow[]): ArticleList {
  return { articles: rows.map(presentArticleListItem) };
}
