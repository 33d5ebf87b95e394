import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import { CLAIM_INDEX_FORMAT } from '@sanad/shared/claim-index';
import { type ConfirmAnchorInput, type CreateClaimInput, UNRATABLE_KINDS, type UpdateClaimInput } from '@sanad/shared/schemas/claim';
import { checkSpan, spanContext } from '@sanad/shared/text/quote';
import { conflict, notFound, preconditionFailed, ruleViolation } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ArticleRow, ArticlesRepository } from '../articles/articles.repository.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { SecondRatingsRepository } from './second-ratings.repository.ts';
import type { ClaimWrites } from './claim-writes.ts';
import type { ClaimIndexRow, ClaimView, ClaimRow, ClaimsRepository } from './claims.repository.ts';
import type { SourcesRepository } from '../sources/sources.repository.ts';

/** Claim rules: a claim's span must be exactly its quote, on grapheme boundaries, and unique in its article. */
export class ClaimsService {
  constructor(
    private readonly db: Db,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly articles: ArticlesRepository,
    private readonly users: UsersRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly ratings: RatingScaleRepository,
    private readonly seconds: Pick<SecondRatingsRepository, 'require'>,
    /** Deletes the sources a deleted claim alone cited (and their snapshots). */
    private readonly sources: Pick<SourcesRepository, 'deleteUnused'>,
  ) {}

  /** The numeric value of a rating of the scale (null for ratings off it, such as Unverifiable). */
  private async ratingValueOf(tx: Tx, key: string): Promise<number | null> {
    return (await this.ratings.get(tx, key))?.value ?? null;
  }

  /** An article's claims in reading order; 404 when the article does not exist. */
  async listForArticle(_actor: Actor, articleId: number): Promise<ClaimView[]> {
    if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
    return this.claims.listByArticle(articleId);
  }

  /** An article (its id, revision and text) with what the compact index needs of each claim, in reading order; 404 when the article does not exist. */
  async indexForArticle(_actor: Actor, articleId: number): Promise<{ article: ArticleRow; claims: ClaimIndexRow[] }> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    return { article, claims: await this.claims.indexRowsByArticle(articleId) };
  }

  /**
   * The index rows of the attached claims that start before `end`: what the first screen of the article page paints
   * (ADR 037), read without the rest of a long article's claims.
   */
  async indexRowsBefore(_actor: Actor, articleId: number, end: number): Promise<ClaimIndexRow[]> {
    return this.claims.indexRowsByArticle(articleId, end);
  }

  /**
   * The compact index's strong ETag, read without building the index (ADR 035): it changes with every write that
   * can change the index (triggers bump a per-article counter) and with the article's revision; 404 when the
   * article does not exist. Read before the index itself, so an answer is never older than the tag it carries.
   */
  async indexTag(actor: Actor, articleId: number): Promise<string> {
    const version = await this.claims.indexVersion(articleId);
    if (!version) throw notFound('article', articleId);
    // The viewer is part of the tag: what the index shows of a claim waiting for its blind second rating depends on who reads it (ADR 034).
    return `"i${CLAIM_INDEX_FORMAT}.${articleId}.${version.revision}.${version.version}.u${actor.id}"`;
  }

  /** One claim with verdict and sources; 404 when it does not exist. */
  async get(_actor: Actor, id: number): Promise<ClaimView> {
    const aggregate = await this.claims.findById(id);
    if (!aggregate) throw notFound('claim', id);
    return aggregate;
  }

  /** Marks a claim; prefix and suffix come from the stored text. */
  async create(actor: Actor, articleId: number, input: CreateClaimInput): Promise<ClaimView> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const id = await inTransaction(this.db, async (tx) => {
      const article = await this.articles.get(tx, articleId);
      if (!article) throw notFound('article', articleId);
      await this.assertSpan(tx, article.id, article.text, input.start, input.end, input.quote.normalize('NFC'));
      const claim = await this.claims.insert(tx, {
        articleId,
        start: input.start,
        end: input.end,
        quote: article.text.slice(input.start, input.end),
        ...spanContext(article.text, input.start, input.end),
        claimant: blankToNull(input.claimant),
        kind: input.kind ?? 'factual',
        anchorRevision: article.revision,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      });
      // An article whose claims need two ratings asks for the second of each new claim (ADR 034).
      if (article.doubleRating) await this.seconds.require(tx, claim.id, null, at);
      await this.search.indexClaim(tx, claim, null);
      await this.audit.append(tx, actor, at, { action: 'claim.create', entityType: 'claim', entityId: claim.id, articleId, claimId: claim.id, before: null, after: claim });
      return claim.id;
    });
    this.events.publish({ type: 'claim', articleId, claimId: id, change: 'created', actor: actorRef(actor), at });
    return this.get(actor, id);
  }

  /** Moves a claim to a new span, changes its claimant, or (editors) assigns it. */
  async update(actor: Actor, id: number, expectedVersion: number, input: UpdateClaimInput): Promise<ClaimView> {
    assertCan(actor, 'claim.edit');
    if (input.assigneeId !== undefined) assertCan(actor, 'article.assign');
    const { start, end, quote } = input;
    const span = start !== undefined && end !== undefined && quote !== undefined ? { start, end, quote: quote.normalize('NFC') } : null;
    // Assigning an approved claim is allowed; changing its text or claimant is not.
    const guard = { version: expectedVersion, unlocked: span !== null || input.claimant !== undefined || input.kind !== undefined, event: { type: 'claim', change: 'updated' } } as const;
    return this.writes.change(actor, id, guard, async (tx, { claim, verdict }, at) => {
      const changes: Parameters<ClaimsRepository['update']>[2] = { updatedAt: at };
      if (span) {
        const article = await this.articleOf(tx, claim.articleId);
        const moved = span.start !== claim.start || span.end !== claim.end;
        if (moved) await this.assertSpan(tx, article.id, article.text, span.start, span.end, span.quote);
        else this.assertQuote(article.text, span.start, span.end, span.quote);
        // Selecting text for a claim attaches it: whatever re-anchoring said before is resolved.
        Object.assign(changes, {
          start: span.start,
          end: span.end,
          quote: article.text.slice(span.start, span.end),
          ...spanContext(article.text, span.start, span.end),
          anchorStatus: 'anchored',
          anchorRevision: article.revision,
          previousQuote: null,
          suggestedStart: null,
          suggestedEnd: null,
        });
      }
      if (input.claimant !== undefined) changes.claimant = blankToNull(input.claimant);
      if (input.kind !== undefined && input.kind !== claim.kind) {
        if (verdict && UNRATABLE_KINDS.includes(input.kind) && (await this.ratingValueOf(tx, verdict.rating)) !== null) {
          throw conflict('kind_not_ratable', `A${input.kind === 'opinion' ? 'n opinion' : ' prediction'} cannot keep a truth rating: change the verdict to a rating off the scale (such as Unverifiable) first.`, [
            { path: ['body', 'kind'], message: 'The verdict is a truth rating.' },
          ]);
        }
        if (claim.kind === 'opinion' && (await this.claims.claimLinks.hasAny(tx, id))) {
          throw conflict('opinion_rests_on_claims', 'This opinion rests on claims of the article: remove those links before changing its kind.', [
            { path: ['body', 'kind'], message: 'The opinion rests on other claims.' },
          ]);
        }
        changes.kind = input.kind;
      }
      if (input.assigneeId !== undefined) {
        if (input.assigneeId !== null) {
          const assignee = await this.users.get(tx, input.assigneeId);
          if (!assignee || !assignee.active) throw ruleViolation('validation_failed', `No active user with id ${input.assigneeId}.`, [{ path: ['body', 'assigneeId'], message: 'Pick an active user.' }]);
        }
        changes.assigneeId = input.assigneeId;
      }
      const updated = await this.claims.update(tx, id, changes, claim.version);
      if (!updated) throw preconditionFailed('claim', expectedVersion, claim.version + 1);
      // Only the quote (and the verdict's rationale) is indexed: a new claimant or assignee leaves the index as it is.
      if (updated.quote !== claim.quote) await this.search.indexClaim(tx, updated, await this.claims.rationaleOf(tx, id));
      await this.audit.append(tx, actor, at, {
        action: input.assigneeId !== undefined && input.start === undefined && input.claimant === undefined && input.kind === undefined ? 'claim.assign' : 'claim.update',
        entityType: 'claim',
        entityId: id,
        articleId: claim.articleId,
        claimId: id,
        before: claim,
        after: updated,
      });
    });
  }

  /**
   * A reviewer accepts what re-anchoring found: a modified claim's new text, or
   * a fuzzy claim's suggestion (attached only if still valid and free).
   */
  async confirmAnchor(actor: Actor, id: number, expectedVersion: number, input: ConfirmAnchorInput): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, unlocked: false, event: { type: 'claim', change: 'updated' } } as const;
    return this.writes.change(actor, id, guard, async (tx, { claim }, at) => {
      if (claim.anchorStatus !== input.status) {
        throw conflict('nothing_to_confirm', `The claim is ${claim.anchorStatus}, not ${input.status}; reload it to see its current state.`);
      }
      const article = await this.articleOf(tx, claim.articleId);
      let updated: ClaimRow | undefined;
      if (input.status === 'modified') {
        updated = await this.claims.update(tx, id, { anchorStatus: 'anchored', previousQuote: null, updatedAt: at }, claim.version);
      } else {
        const start = claim.suggestedStart;
        const end = claim.suggestedEnd;
        if (start === null || end === null) throw conflict('nothing_to_confirm', 'The claim has no suggestion to accept; select its text instead.');
        const quote = article.text.slice(start, end);
        await this.assertSpan(tx, article.id, article.text, start, end, quote);
        updated = await this.claims.update(
          tx,
          id,
          {
            start,
            end,
            quote,
            ...spanContext(article.text, start, end),
            anchorStatus: 'anchored',
            anchorRevision: article.revision,
            previousQuote: claim.quote === quote ? null : claim.quote,
            suggestedStart: null,
            suggestedEnd: null,
            updatedAt: at,
          },
          claim.version,
        );
        if (updated) await this.search.indexClaim(tx, updated, await this.claims.rationaleOf(tx, id));
      }
      await this.audit.append(tx, actor, at, { action: 'claim.anchor.confirm', entityType: 'claim', entityId: id, articleId: claim.articleId, claimId: id, before: claim, after: updated ?? null });
    });
  }

  /** Deletes a claim with its verdict and source links. */
  async delete(actor: Actor, id: number, expectedVersion: number): Promise<void> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'claim', change: 'deleted' } } as const;
    await this.writes.write(actor, id, guard, async (tx, { claim }, at) => {
      await this.claims.delete(tx, id);
      await this.sources.deleteUnused(tx);
      await this.audit.append(tx, actor, at, { action: 'claim.delete', entityType: 'claim', entityId: id, articleId: claim.articleId, claimId: id, before: claim, after: null });
    });
  }

  private async articleOf(tx: Tx, articleId: number): Promise<ArticleRow> {
    const article = await this.articles.get(tx, articleId);
    if (!article) throw notFound('article', articleId);
    return article;
  }

  private assertQuote(text: string, start: number, end: number, quote: string): void {
    const problem = checkSpan(text, start, end, quote);
    if (problem) throw ruleViolation(problem.code, problem.message, [{ path: ['body', spanPath(problem.code)], message: problem.message }]);
  }

  private async assertSpan(tx: Tx, articleId: number, text: string, start: number, end: number, quote: string): Promise<void> {
    this.assertQuote(text, start, end, quote);
    const existing = await this.claims.findBySpan(tx, articleId, start, end);
    if (existing) {
      throw conflict('claim_exists', `This exact text is already marked as claim ${existing.id}.`, [
        { path: ['body', 'start'], message: `Claim ${existing.id} has the same span.` },
      ]);
    }
  }
}

function spanPath(code: string): string {
  return code === 'quote_mismatch' || code === 'whitespace_only_quote' ? 'quote' : code === 'offsets_reversed' ? 'end' : 'start';
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? null : trimmed;
}
