import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { ConfirmAnchorInput, CreateClaimInput, UpdateClaimInput } from '@sanad/shared/schemas/claim';
import { checkSpan, spanContext } from '@sanad/shared/text/quote';
import { conflict, notFound, ruleViolation } from '../../http/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { ClaimAggregate, ClaimsRepository } from './claims.repository.ts';

/** Claim rules: a claim's span must be exactly its quote, on grapheme boundaries, and unique in its article. */
export class ClaimsService {
  constructor(
    private readonly db: Db,
    private readonly claims: ClaimsRepository,
    private readonly articles: ArticlesRepository,
    private readonly search: SearchRepository,
    private readonly clock: Clock,
  ) {}

  /** An article's claims in reading order; 404 when the article does not exist. */
  async listForArticle(articleId: number): Promise<ClaimAggregate[]> {
    if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
    return this.claims.listByArticle(articleId);
  }

  /** One claim with verdict and sources; 404 when it does not exist. */
  async get(id: number): Promise<ClaimAggregate> {
    const aggregate = await this.claims.findById(id);
    if (!aggregate) throw notFound('claim', id);
    return aggregate;
  }

  /** Marks a claim; prefix and suffix come from the stored text. */
  async create(articleId: number, input: CreateClaimInput): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    const id = await inTransaction(this.db, (tx) => {
      const article = this.articles.get(tx, articleId);
      if (!article) throw notFound('article', articleId);
      this.assertSpan(tx, article.id, article.text, input.start, input.end, input.quote.normalize('NFC'));
      const claim = this.claims.insert(tx, {
        articleId,
        start: input.start,
        end: input.end,
        quote: article.text.slice(input.start, input.end),
        ...spanContext(article.text, input.start, input.end),
        claimant: blankToNull(input.claimant),
        anchorRevision: article.revision,
        createdAt: at,
        updatedAt: at,
      });
      this.search.indexClaim(tx, claim, null);
      return claim.id;
    });
    return this.get(id);
  }

  /** Moves a claim to a new span and/or changes its claimant. */
  async update(id: number, input: UpdateClaimInput): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, id);
      if (!claim) throw notFound('claim', id);
      const changes: Parameters<ClaimsRepository['update']>[2] = { updatedAt: at };
      if (input.start !== undefined && input.end !== undefined && input.quote !== undefined) {
        const article = this.articles.get(tx, claim.articleId);
        if (!article) throw notFound('article', claim.articleId);
        const moved = input.start !== claim.start || input.end !== claim.end;
        if (moved) this.assertSpan(tx, article.id, article.text, input.start, input.end, input.quote.normalize('NFC'));
        else this.assertQuote(article.text, input.start, input.end, input.quote.normalize('NFC'));
        // Selecting text for a claim attaches it: whatever re-anchoring said before is resolved.
        Object.assign(changes, {
          start: input.start,
          end: input.end,
          quote: article.text.slice(input.start, input.end),
          ...spanContext(article.text, input.start, input.end),
          anchorStatus: 'anchored',
          anchorRevision: article.revision,
          previousQuote: null,
          suggestedStart: null,
          suggestedEnd: null,
        });
      }
      if (input.claimant !== undefined) changes.claimant = blankToNull(input.claimant);
      const updated = this.claims.update(tx, id, changes, claim.version);
      if (!updated) throw conflict('conflict', 'The claim changed while it was being saved; reload and try again.');
      this.search.indexClaim(tx, updated, this.claims.rationaleOf(tx, id));
    });
    return this.get(id);
  }

  /**
   * A reviewer accepts what re-anchoring found: a modified claim's new text, or
   * a fuzzy claim's suggestion (attached only if still valid and free).
   */
  async confirmAnchor(id: number, input: ConfirmAnchorInput): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, id);
      if (!claim) throw notFound('claim', id);
      if (claim.anchorStatus !== input.status) {
        throw conflict('nothing_to_confirm', `The claim is ${claim.anchorStatus}, not ${input.status}; reload it to see its current state.`);
      }
      const article = this.articles.get(tx, claim.articleId);
      if (!article) throw notFound('article', claim.articleId);
      if (input.status === 'modified') {
        this.claims.update(tx, id, { anchorStatus: 'anchored', previousQuote: null, updatedAt: at }, claim.version);
        return;
      }
      const start = claim.suggestedStart;
      const end = claim.suggestedEnd;
      if (start === null || end === null) throw conflict('nothing_to_confirm', 'The claim has no suggestion to accept; select its text instead.');
      const quote = article.text.slice(start, end);
      this.assertSpan(tx, article.id, article.text, start, end, quote);
      const updated = this.claims.update(
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
      if (updated) this.search.indexClaim(tx, updated, this.claims.rationaleOf(tx, id));
    });
    return this.get(id);
  }

  /** Deletes a claim with its verdict and source links. */
  async delete(id: number): Promise<void> {
    const deleted = await inTransaction(this.db, (tx) => this.claims.delete(tx, id));
    if (!deleted) throw notFound('claim', id);
  }

  private assertQuote(text: string, start: number, end: number, quote: string): void {
    const problem = checkSpan(text, start, end, quote);
    if (problem) throw ruleViolation(problem.code, problem.message, [{ path: ['body', spanPath(problem.code)], message: problem.message }]);
  }

  private assertSpan(tx: Tx, articleId: number, text: string, start: number, end: number, quote: string): void {
    this.assertQuote(text, start, end, quote);
    const existing = this.claims.findBySpan(tx, articleId, start, end);
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
