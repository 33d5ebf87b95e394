import type { ImportFromDocxInput, ImportFromHtmlInput, ImportFromUrlInput, ImportKind } from '@sanad/shared/schemas/article-import';
import { ruleViolation } from '../../lib/app-error.ts';
import { type Actor, assertCan } from '../../lib/actor.ts';
import type { ExtractPool } from '../../lib/extract/extract-pool.ts';
import type { ExtractedArticle } from '../../lib/extract/html-article.ts';
import type { FetchQuota } from '../../lib/fetcher/fetch-quota.ts';
import type { Fetcher } from '../../lib/fetcher/fetch-page.ts';

/** An extracted article with how it was imported: what the presenter shapes into an `ArticleDraft`. */
export interface ImportedArticle extends ExtractedArticle {
  kind: ImportKind;
  fetchedUrl: string | null;
}

/**
 * Turns a link, pasted HTML or a Word document into an article draft for the
 * reviewer to check. Nothing is stored: the reviewer saves the corrected
 * draft through `POST /api/articles`. Whoever may add articles may import.
 */
export class ArticleImportsService {
  constructor(
    private readonly fetcher: Fetcher,
    private readonly quota: FetchQuota,
    /** Extraction runs in worker threads, never on the event loop. */
    private readonly extract: ExtractPool,
  ) {}

  /** Fetches the page (SSRF-safe, limited per user and server) and extracts it. */
  async fromUrl(actor: Actor, input: ImportFromUrlInput): Promise<ImportedArticle> {
    assertCan(actor, 'article.create');
    await this.quota.take(actor.id);
    const page = await this.fetcher.fetch(input.url);
    const article = withText(await this.extract.page(page.body, page.charset, page.url));
    return { ...article, kind: 'url', fetchedUrl: page.url };
  }

  /** Extracts the article from pasted HTML; `url`, when given, resolves its links and stands in for a missing canonical address. */
  async fromHtml(actor: Actor, input: ImportFromHtmlInput): Promise<ImportedArticle> {
    assertCan(actor, 'article.create');
    const article = withText(await this.extract.html(input.html, input.url ?? null));
    return { ...article, kind: 'html', fetchedUrl: null };
  }

  /** Extracts the article from a .docx file. */
  async fromDocx(actor: Actor, input: ImportFromDocxInput): Promise<ImportedArticle> {
    assertCan(actor, 'article.create');
    const article = withText(await this.extract.docx(Buffer.from(input.data, 'base64'), input.fileName ?? null));
    return { ...article, kind: 'docx', fetchedUrl: null };
  }
}

/** 422 `import_no_text` when nothing readable was found. */
function withText(article: ExtractedArticle): ExtractedArticle {
  if (article.text.trim() === '') throw ruleViolation('import_no_text', 'No article text was found in it. Paste the text instead.');
  return article;
}
