import { Trans } from '@lingui/react';
import { useQuery } from '@tanstack/react-query';
import { SearchQuerySchema, type SearchField, type SearchResponse, type SearchResult } from '@sanad/shared/schemas/search';
import { directionOf } from '@sanad/shared/text/language';
import { Link } from 'react-router';
import { type MessageId, useT } from '../../../i18n/use-t.ts';
import { useValidationMessage } from '../../../i18n/validation.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { searchQueryOptions } from '../api/search.ts';
import { SnippetText } from './snippet-text.tsx';

/** Where in a result the match was, in a few words. */
const FIELD_LABELS = {
  title: 'search.field.title',
  text: 'search.field.text',
  quote: 'search.field.quote',
  rationale: 'search.field.rationale',
  source_title: 'search.field.source_title',
  publisher: 'search.field.publisher',
  excerpt: 'search.field.excerpt',
} as const satisfies Record<SearchField, MessageId>;

const GROUPS = [
  { key: 'articles', title: 'search.group.articles', empty: 'search.groupEmpty.articles' },
  { key: 'claims', title: 'search.group.claims', empty: 'search.groupEmpty.claims' },
  { key: 'sources', title: 'search.group.sources', empty: 'search.groupEmpty.sources' },
] as const satisfies readonly { key: keyof Omit<SearchResponse, 'query'>; title: MessageId; empty: MessageId }[];

/**
 * Where a result opens: a claim or source opens its claim; a match in the
 * article text opens the article at that passage (`at`, and `len` for how
 * much to flash); a title match opens the article.
 */
export function resultHref(result: SearchResult): string {
  const params = new URLSearchParams();
  if (result.claimId !== null) params.set('claim', String(result.claimId));
  else if (result.offset !== null) {
    params.set('at', String(result.offset));
    const first = result.snippet.highlights[0];
    if (first && first.end > first.start) params.set('len', String(first.end - first.start));
  }
  const query = params.toString();
  return `/articles/${result.articleId}${query === '' ? '' : `?${query}`}`;
}

/**
 * The results of a search, grouped (Articles, Claims, Sources) with counts.
 * A query the client can already tell is unusable (empty, too long) gets the
 * shared schema's message without a request; the server's 400 messages (such
 * as a query made only of operators) are shown as they are.
 */
export function SearchResults({ query }: { query: string }) {
  const t = useT();
  const localise = useValidationMessage();
  const parsed = SearchQuerySchema.safeParse({ q: query });
  const q = parsed.success ? parsed.data.q : '';
  const { data, error, isPending, refetch } = useQuery({ ...searchQueryOptions(q), enabled: parsed.success });

  if (!parsed.success) {
    return (
      <p className="notice notice--error" role="alert" data-testid="search-error">
        {localise(parsed.error.issues[0]?.message ?? t('search.cannotRun'))}
      </p>
    );
  }
  if (isPending) return <p className="loading" role="status">{t('search.searching')}</p>;
  if (error) {
    const clientError = error instanceof ApiError && error.isClientError;
    return (
      <div className="notice notice--error" role="alert" data-testid="search-error">
        <p>{clientError ? describeError(error) : t('search.failed', { message: describeError(error) })}</p>
        {clientError ? null : (
          <button type="button" className="button button--secondary button--small" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }

  const total = data.articles.length + data.claims.length + data.sources.length;
  if (total === 0) {
    return (
      <div className="empty-state" data-testid="search-empty">
        <h2 className="empty-state__title">
          <Trans id="search.noMatches" values={{ query: q }} components={{ 0: <bdi /> }} />
        </h2>
        <p>{t('search.noMatchesHelp')}</p>
      </div>
    );
  }

  return (
    <div className="search-results">
      <p className="muted" role="status">
        <Trans id="search.total" values={{ count: total, query: q }} components={{ 0: <bdi /> }} />
      </p>
      {GROUPS.map(({ key, title, empty }) => {
        const results = data[key];
        const headingId = `search-group-${key}`;
        return (
          <section key={key} className="search-group" aria-labelledby={headingId} data-testid={`search-group-${key}`}>
            <h2 id={headingId} className="search-group__heading">
              {t(title)} <span className="count">{results.length}</span>
            </h2>
            {results.length === 0 ? (
              <p className="muted">{t(empty)}</p>
            ) : (
              <ol className="search-group__list">
                {results.map((result, index) => (
                  <li key={`${result.articleId}-${result.claimId ?? 'a'}-${result.field}-${index}`}>
                    <ResultCard result={result} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ResultCard({ result }: { result: SearchResult }) {
  const t = useT();
  return (
    <Link to={resultHref(result)} className="search-result" data-testid="search-result">
      <span className="search-result__meta">
        <span className="search-result__field">{t(FIELD_LABELS[result.field])}</span>
        <span aria-hidden="true"> · </span>
        <bdi className="search-result__title" lang={result.language} dir={directionOf(result.language)}>
          {result.articleTitle}
        </bdi>
      </span>
      <SnippetText snippet={result.snippet} language={result.language} />
    </Link>
  );
}
