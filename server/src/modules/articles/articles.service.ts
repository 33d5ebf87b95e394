import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { ArticleMetadataInput, CreateArticleInput, UpdateArticleInput } from '@sanad/shared/schemas/article';
import type { AssigneesInput } from '@sanad/shared/schemas/workflow';
import { detectLanguage, directionOf } from '@sanad/shared/text/language';
import { canonicalLine, canonicalText } from '@sanad/shared/text/normalize';
import { notFound, preconditionFailed, ruleViolation } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { OrganisationRepository } from '../organisation/organisation.repository.ts';
import type { SourcesRepository } from '../sources/sources.repository.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { RevisionsRepository } from './article-revisions.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { ArticleListRow, ArticleRow, ArticleView, ArticlesRepository } from './articles.repository.ts';

/** The metadata fields of an article. */
const METADATA_KEYS = ['author', 'outlet', 'publishedOn', 'url'] as const;
type Metadata = Pick<ArticleRow, (typeof METADATA_KEYS)[number]>;

/** The metadata fields given in `input`, canonical, with a blank value stored as null (not known). */
function metadataOf(input: ArticleMetadataInput): Partial<Metadata> {
  const values: Partial<Metadata> = {};
  for (const key of METADATA_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    const clean = value === null ? '' : key === 'author' || key === 'outlet' ? canonicalLine(value) : value.trim();
    values[key] = clean === '' ? null : clean;
  }
  return values;
}

function metadataView(row: ArticleRow): Metadata {
  return { author: row.author, outlet: row.outlet, publishedOn: row.publishedOn, url: row.url };
}

/** Article rules: canonical text, language detection, direction from language, assignees. */
export class ArticlesService {
  constructor(
    private readonly db: Db,
    private readonly articles: ArticlesRepository,
    private readonly revisions: RevisionsRepository,
    private readonly users: UsersRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly organisation: Pick<OrganisationRepository, 'get'>,
    /** Deletes the sources only the deleted article's claims cited (and their snapshots). */
    private readonly sources: Pick<SourcesRepository, 'deleteUnused'>,
  ) {}

  /** Every article with claim counts. */
  async list(_actor: Actor): Promise<ArticleListRow[]> {
    return this.articles.list();
  }

  /** One article with its assignees; 404 when it does not exist. */
  async get(_actor: Actor, id: number): Promise<ArticleView> {
    const row = await this.articles.findById(id);
    if (!row) throw notFound('article', id);
    return this.articles.viewOf(row);
  }

  /** Stores a new article: text NFC with `\n` breaks, language detected when not given. */
  async create(actor: Actor, input: CreateArticleInput): Promise<ArticleView> {
    assertCan(actor, 'article.create');
    const row = await inTransaction(this.db, async (tx) => await this.createIn(tx, actor, input));
    return this.articles.viewOf(row);
  }

  /** Creates an article inside an open transaction (also used by the seed, with its marker). */
  async createIn(tx: Tx, actor: Actor | null, input: CreateArticleInput): Promise<ArticleRow> {
    const text = canonicalText(input.text);
    const language = input.language ?? detectLanguage(text);
    const at = this.clock.now().toISOString();
    const article = await this.articles.insert(tx, {
      title: canonicalLine(input.title),
      text,
      language,
      direction: directionOf(language),
      ...metadataOf(input),
      // The organisation's default for new articles (ADR 034).
      doubleRating: (await this.organisation.get(tx)).doubleRatingDefault,
      createdAt: at,
      updatedAt: at,
    });
    await this.revisions.insert(tx, { articleId: article.id, number: 1, text, createdBy: actor?.id ?? null, createdAt: at });
    await this.search.indexArticle(tx, article);
    await this.audit.append(tx, actor, at, {
      action: 'article.create',
      entityType: 'article',
      entityId: article.id,
      articleId: article.id,
      claimId: null,
      before: null,
      after: { ...article, text: `${text.length} characters` },
    });
    return article;
  }

  /** Changes title, language (the direction follows it) or metadata (author, outlet, date, URL; null clears one). */
  async update(actor: Actor, id: number, expectedVersion: number, input: UpdateArticleInput): Promise<ArticleView> {
    assertCan(actor, 'article.edit');
    const at = this.clock.now().toISOString();
    const row = await inTransaction(this.db, async (tx) => {
      const before = await this.articles.get(tx, id);
      if (!before) throw notFound('article', id);
      if (before.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, before.version);
      const updated = await this.articles.update(tx, id, {
        ...(input.title !== undefined ? { title: canonicalLine(input.title) } : {}),
        ...(input.language !== undefined ? { language: input.language, direction: directionOf(input.language) } : {}),
        ...metadataOf(input),
        updatedAt: at,
      });
      if (!updated) throw notFound('article', id);
      await this.search.indexArticle(tx, updated);
      await this.audit.append(tx, actor, at, {
        action: 'article.update',
        entityType: 'article',
        entityId: id,
        articleId: id,
        claimId: null,
        before: { title: before.title, language: before.language, ...metadataView(before) },
        after: { title: updated.title, language: updated.language, ...metadataView(updated) },
      });
      return updated;
    });
    this.events.publish({ type: 'article', articleId: id, claimId: null, change: 'updated', actor: actorRef(actor), at });
    return this.articles.viewOf(row);
  }

  /** Replaces the reviewers assigned to an article (editors). */
  async setAssignees(actor: Actor, id: number, expectedVersion: number, input: AssigneesInput): Promise<ArticleView> {
    assertCan(actor, 'article.assign');
    const at = this.clock.now().toISOString();
    const row = await inTransaction(this.db, async (tx) => {
      const before = await this.articles.get(tx, id);
      if (!before) throw notFound('article', id);
      if (before.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, before.version);
      for (const [index, userId] of input.userIds.entries()) {
        const user = await this.users.get(tx, userId);
        if (!user || !user.active) {
          throw ruleViolation('validation_failed', `No active user with id ${userId}.`, [{ path: ['body', 'userIds', index], message: 'Pick active users.' }]);
        }
      }
      const previous = await this.articles.assigneeIds(tx, id);
      const updated = await this.articles.setAssignees(tx, id, input.userIds, at);
      await this.audit.append(tx, actor, at, { action: 'article.assign', entityType: 'assignment', entityId: id, articleId: id, claimId: null, before: { userIds: previous }, after: { userIds: input.userIds } });
      return updated;
    });
    this.events.publish({ type: 'assignment', articleId: id, claimId: null, change: 'updated', actor: actorRef(actor), at });
    return this.articles.viewOf(row);
  }

  /** Deletes an article with its claims, verdicts and source links, in one transaction. */
  async delete(actor: Actor, id: number, expectedVersion: number): Promise<void> {
    assertCan(actor, 'article.delete');
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.articles.get(tx, id);
      if (!before) throw notFound('article', id);
      if (before.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, before.version);
      await this.articles.delete(tx, id);
      await this.sources.deleteUnused(tx);
      await this.audit.append(tx, actor, at, {
        action: 'article.delete',
        entityType: 'article',
        entityId: id,
        articleId: id,
        claimId: null,
        before: { ...before, text: `${before.text.length} characters` },
        after: null,
      });
    });
    this.events.publish({ type: 'article', articleId: id, claimId: null, change: 'deleted', actor: actorRef(actor), at });
  }
}
