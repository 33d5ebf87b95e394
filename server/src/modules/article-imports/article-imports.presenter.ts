import type { ArticleDraft } from '@sanad/shared/schemas/article-import';
import { MAX_ARTICLE_LENGTH, MAX_TITLE_LENGTH } from '@sanad/shared/schemas/article';
import type { ImportedArticle } from './article-imports.service.ts';

/** The draft as the API answers it: title and text cut to what an article may hold, details as found. */
export function presentArticleDraft(article: ImportedArticle): ArticleDraft {
  return {
    kind: article.kind,
    title: article.title.slice(0, MAX_TITLE_LENGTH),
    text: article.text.slice(0, MAX_ARTICLE_LENGTH),
    language: article.language,
    author: article.author?.slice(0, 200) ?? null,
    outlet: article.outlet?.slice(0, 200) ?? null,
    publishedOn: article.publishedOn,
    url: article.url !== null && article.url.length <= 2000 ? article.url : null,
    fetchedUrl: article.fetchedUrl,
    origins: article.origins,
  };
}
