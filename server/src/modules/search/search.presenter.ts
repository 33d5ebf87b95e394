import type { SearchResponse, SearchResult } from '@sanad/shared/schemas/search';
import type { Finding, SearchFindings } from './search.service.ts';

/** The API shape of one result: where it is, and its snippet. */
export function presentSearchResult({ hit, text, snippet, first }: Finding): SearchResult {
  return {
    kind: hit.kind,
    articleId: hit.articleId,
    articleTitle: text.articleTitle,
    language: text.language,
    claimId: hit.claimId,
    field: hit.field as SearchResult['field'],
    offset: hit.kind === 'article' && hit.field === 'text' ? first : null,
    snippet,
  };
}

/** The API shape of a search: results grouped by kind. */
export function presentSearch(findings: SearchFindings): SearchResponse {
  return {
    query: findings.query,
    articles: findings.articles.map(presentSearchResult),
    claims: findings.claims.map(presentSearchResult),
    sources: findings.sources.map(presentSearchResult),
  };
}
