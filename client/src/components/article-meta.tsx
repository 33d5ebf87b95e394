import type { Article } from '@sanad/shared/schemas/article';
import type { ReactNode } from 'react';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';
import { safeHref } from '../lib/safe-url.ts';

/** The host of a URL without "www.", for a short link text. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The facts known about the article under review, under its title: outlet ·
 * author · date · a link to the original (live only for http(s), opening in
 * a new tab without an opener or a referrer). Nothing when none is known.
 */
export function ArticleMeta({ article }: { article: Pick<Article, 'author' | 'outlet' | 'publishedOn' | 'url'> }) {
  const t = useT();
  const f = useFormat();
  const parts: { key: string; node: ReactNode }[] = [];
  if (article.outlet) parts.push({ key: 'outlet', node: <span className="article-meta__outlet" dir="auto">{article.outlet}</span> });
  if (article.author) parts.push({ key: 'author', node: <span dir="auto">{article.author}</span> });
  if (article.publishedOn) parts.push({ key: 'date', node: <time dateTime={article.publishedOn}>{f.day(article.publishedOn)}</time> });
  if (article.url) {
    const href = safeHref(article.url);
    parts.push({
      key: 'url',
      node: href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="article-meta__link" title={article.url}>
          {hostOf(article.url)}
          <span className="visually-hidden"> {t('shell.originalArticle')}</span>
        </a>
      ) : (
        <span dir="ltr">{article.url}</span>
      ),
    });
  }
  if (parts.length === 0) return null;
  return (
    <p className="article-meta" data-testid="article-meta">
      {parts.map((part, index) => (
        <span key={part.key} className="article-meta__part">
          {index > 0 ? (
            <span className="article-meta__sep" aria-hidden="true">
              ·
            </span>
          ) : null}
          {part.node}
        </span>
      ))}
    </p>
  );
}
