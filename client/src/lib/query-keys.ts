/**
 * Query-key factories: every query and every invalidation builds its key here,
 * so a mutation can invalidate a whole family (`claimKeys.lists()`) or one
 * entry (`claimKeys.list(articleId)`) without hand-typed arrays.
 */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: () => [...articleKeys.lists(), 'all'] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (id: number) => [...articleKeys.details(), id] as const,
};

export const claimKeys = {
  all: ['claims'] as const,
  lists: () => [...claimKeys.all, 'list'] as const,
  /** The claims of one article, in reading order. */
  list: (articleId: number) => [...claimKeys.lists(), { articleId }] as const,
  /** The links of an article's opinions to the claims they rest on (under the list: refreshed with it). */
  restsOn: (articleId: number) => [...claimKeys.list(articleId), 'rests-on'] as const,
  details: () => [...claimKeys.all, 'detail'] as const,
  detail: (id: number) => [...claimKeys.details(), id] as const,
};

export const revisionKeys = {
  all: ['revisions'] as const,
  lists: () => [...revisionKeys.all, 'list'] as const,
  /** The revisions of one article, newest first. */
  list: (articleId: number) => [...revisionKeys.lists(), { articleId }] as const,
  /** One revision with its text (immutable once saved). */
  detail: (articleId: number, number: number) => [...revisionKeys.all, 'detail', { articleId, number }] as const,
  /** The word diff between two revisions (immutable once both exist). */
  diff: (articleId: number, from: number, to: number) => [...revisionKeys.all, 'diff', { articleId, from, to }] as const,
};

export const searchKeys = {
  all: ['search'] as const,
  /** Results for one query text. */
  results: (q: string, limit: number) => [...searchKeys.all, { q, limit }] as const,
};

export const ratingScaleKeys = {
  all: ['rating-scale'] as const,
};

export const sessionKeys = {
  all: ['session'] as const,
  /** Who is logged in. */
  current: () => [...sessionKeys.all, 'current'] as const,
};

export const healthKeys = {
  all: ['health'] as const,
};

export const commentKeys = {
  all: ['comments'] as const,
  lists: () => [...commentKeys.all, 'list'] as const,
  /** The discussion thread of one claim, oldest first. */
  list: (claimId: number) => [...commentKeys.lists(), { claimId }] as const,
};

export const historyKeys = {
  all: ['history'] as const,
  /** The audit entries of one claim, oldest first. */
  list: (claimId: number) => [...historyKeys.all, { claimId }] as const,
};

export const queueKeys = {
  all: ['queue'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: () => [...userKeys.lists(), 'all'] as const,
};

export const summaryKeys = {
  all: ['summary'] as const,
  overviews: () => [...summaryKeys.all, 'overview'] as const,
  /** The dashboard for one set of filters. */
  overview: (filters: Readonly<Record<string, string | number | undefined>>) => [...summaryKeys.overviews(), filters] as const,
  articles: () => [...summaryKeys.all, 'article'] as const,
  /** One article's summary (the report preview). */
  article: (articleId: number) => [...summaryKeys.articles(), articleId] as const,
  /** One article's publications and corrections: under the summaries' root, so every workflow move refreshes it. */
  publications: (articleId: number) => [...summaryKeys.all, 'publications', articleId] as const,
};

export const organisationKeys = {
  all: ['organisation'] as const,
};

export const snapshotKeys = {
  all: ['snapshots'] as const,
  /** The latest snapshot of one source's page. */
  latest: (sourceId: number) => [...snapshotKeys.all, 'latest', sourceId] as const,
  /** What all snapshots take against the storage budget (admins). */
  storage: () => [...snapshotKeys.all, 'storage'] as const,
};

export const agreementKeys = {
  all: ['agreement'] as const,
  /** Agreement between raters over a range of days. */
  range: (range: { from?: string | undefined; to?: string | undefined }) => [...agreementKeys.all, range] as const,
};

export const suggestionKeys = {
  all: ['suggestions'] as const,
  lists: () => [...suggestionKeys.all, 'list'] as const,
  /** The check-worthiness suggestions of one article (ADR 032). */
  list: (articleId: number) => [...suggestionKeys.lists(), { articleId }] as const,
  /** Those suggestions for one revision of the text (their offsets refer to it). */
  revision: (articleId: number, revision: number) => [...suggestionKeys.list(articleId), { revision }] as const,
};
