import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { CreateArticleInput, UpdateArticleInput } from '@sanad/shared/schemas/article';
import { detectLanguage, directionOf } from '@sanad/shared/text/language';
import { canonicalLine, canonicalText } from '@sanad/shared/text/normalize';
import { notFound } from '../../http/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RevisionsRepository } from '../revisions/revisions.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { ArticleListRow, ArticleRow, ArticlesRepository } from './articles.repository.ts';

/** Article rules: canonical text, language detection, direction from language. */
export class ArticlesService {
  constructor(
    private readonly db: Db,
    private readonly articles: ArticlesRepository,
    private readonly revisions: RevisionsRepository,
    private readonly search: SearchRepository,
    private readonly clock: Clock,
  ) {}

  /** Every article with claim counts. */
  async list(): Promise<ArticleListRow[]> {
    return this.articles.list();
  }

  /** One article; 404 when it does not exist. */
  async get(id: number): Promise<ArticleRow> {
    const row = await this.articles.findById(id);
    if (!row) throw notFound('article', id);
    return row;
  }

  /** Stores a new article: text NFC with `\n` breaks, language detected when not given. */
  async create(input: CreateArticleInput): Promise<ArticleRow> {
    return inTransaction(this.db, (tx) => this.createIn(tx, input));
  }

  /** Creates an article inside an open transaction (also used by the seed, with its marker). */
  createIn(tx: Tx, input: CreateArticleInput): ArticleRow {
    const text = canonicalText(input.text);
    const language = input.language ?? detectLanguage(text);
    const at = this.clock.now().toISOString();
    const article = this.articles.insert(tx, {
      title: canonicalLine(input.title),
      text,
      language,
      direction: directionOf(language),
      createdAt: at,
      updatedAt: at,
    });
    this.revisions.insert(tx, { articleId: article.id, number: 1, text, createdAt: at });
    this.search.indexArticle(tx, article);
    return article;
  }

  /** Changes title or language (the direction follows the language). */
  async update(id: number, input: UpdateArticleInput): Promise<ArticleRow> {
    const at = this.clock.now().toISOString();
    const row = await inTransaction(this.db, (tx) => {
      const updated = this.articles.update(tx, id, {
        ...(input.title !== undefined ? { title: canonicalLine(input.title) } : {}),
        ...(input.language !== undefined ? { language: input.language, direction: directionOf(input.language) } : {}),
        updatedAt: at,
      });
      if (updated) this.search.indexArticle(tx, updated);
      return updated;
    });
    if (!row) throw notFound('article', id);
    return row;
  }

  /** Deletes an article with its claims, verdicts and source links, in one transaction. */
  async delete(id: number): Promise<void> {
    const deleted = await inTransaction(this.db, (tx) => this.articles.delete(tx, id));
    if (!deleted) throw notFound('article', id);
  }
}
