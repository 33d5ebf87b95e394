import type { Article } from '@sanad/shared/schemas/article';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { paragraphDirection, splitParagraphs } from '@sanad/shared/text/language';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useLayoutEffect, useMemo, type CSSProperties, type ReactNode } from 'react';
import { articleClaimsQueryOptions } from '../routes/article/article-claims-query.ts';
import { spanOf } from '../lib/claim-anchor.ts';
import { replaceHighlightStyles } from '../lib/highlights.ts';
import { useRatingScale } from '../lib/rating-scale.ts';

/** No claims: an earlier revision's text (which has no id), or while they load. */
const NO_CLAIMS: readonly ClaimSummary[] = [];

/**
 * BENCH-ONLY: the benchmark's peer for opening an article (bench/client.ts, B4.1
 * of the benchmark suite). No module of the app imports this file: bench/client.ts
 * builds the app a second time with this module standing in for
 * features/articles/components/article-text.tsx (a Vite alias of that build
 * alone), so the production build carries neither the peer nor a switch for it.
 * It takes ArticleText's props and renders the same paragraphs (same container,
 * classes and `data-start`) but wraps every attached claim in a `<mark>`
 * element coloured by its rating, the way annotation tools did before the CSS
 * Custom Highlight API: the page, the route and its data fetching stay ours,
 * only the painting differs. It reads the claims from the article route's own
 * query (same key, so no second request), and never hands its container to
 * the workspace, which therefore registers no highlights. Marks carry
 * `data-start`/`data-end` (article offsets) so the benchmark can check that
 * the claims on screen are marked. Nothing else on the page works on this
 * text (selection offsets, clicks on claims): it is measured, not used.
 */
export const ArticleText = memo(function ArticleText({ article }: { article: Pick<Article, 'text' | 'language' | 'direction'> & { id?: number } }) {
  const queryClient = useQueryClient();
  const { data } = useQuery({ ...articleClaimsQueryOptions(queryClient, article.id ?? 0), enabled: article.id !== undefined });
  const claims = data?.claims ?? NO_CLAIMS;
  const scale = useRatingScale();
  useLayoutEffect(() => {
    replaceHighlightStyles(
      'marks-peer',
      ...scale.ratings.map((rating) => `mark[data-rating="${rating.key}"] { background-color: ${rating.tint}; color: inherit; }`),
      `mark[data-rating="unrated"] { background-color: ${scale.styleOf(null).tint}; color: inherit; }`,
    );
  }, [scale]);

  const paragraphs = useMemo(() => {
    const spans = claims
      .flatMap((claim) => {
        const span = spanOf(claim);
        return span && span.end > span.start ? [{ ...span, rating: claim.verdict?.rating ?? 'unrated' }] : [];
      })
      .sort((a, b) => a.start - b.start);
    let next = 0;
    return splitParagraphs(article.text).map((paragraph) => {
      const end = paragraph.start + paragraph.text.length;
      const children: ReactNode[] = [];
      let at = paragraph.start;
      // Spans that ended in an earlier paragraph are done; one that runs on is cut at each paragraph's edges.
      while (next < spans.length && spans[next]!.end <= paragraph.start) next += 1;
      for (let index = next; index < spans.length && spans[index]!.start < end; index += 1) {
        const span = spans[index]!;
        const from = Math.max(at, span.start);
        const to = Math.min(end, span.end);
        if (to <= from) continue;
        if (from > at) children.push(article.text.slice(at, from));
        children.push(
          <mark key={from} data-rating={span.rating} data-start={span.start} data-end={span.end}>
            {article.text.slice(from, to)}
          </mark>,
        );
        at = to;
      }
      if (at < end) children.push(article.text.slice(at, end));
      return (
        <p
          key={paragraph.start}
          data-start={paragraph.start}
          dir={paragraphDirection(paragraph.text, article.direction)}
          style={{ '--chars': paragraph.text.length } as CSSProperties}
        >
          {children}
        </p>
      );
    });
  }, [article.text, article.direction, claims]);

  return (
    <div className="article-text" lang={article.language} dir={article.direction} aria-label="Article text" data-testid="article-text">
      {paragraphs}
    </div>
  );
});
