import { createHash } from 'node:crypto';
import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import { type CheckWorthySentence, DEFAULT_THRESHOLD, suggestCheckWorthy } from '@sanad/shared/check-worthiness/score';
import type { DismissSuggestionInput } from '@sanad/shared/schemas/suggestion';
import { checkSpan } from '@sanad/shared/text/quote';
import { notFound, ruleViolation } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { ClaimsRepository } from '../claims/claims.repository.ts';
import type { SuggestionsRepository } from './suggestions.repository.ts';

/** The current suggestions of an article, for the presenter. */
export interface SuggestionsView {
  revision: number;
  threshold: number;
  suggestions: CheckWorthySentence[];
}

/** The key a dismissal is kept by: the SHA-256 of the sentence's NFC text. */
export function quoteHash(quote: string): string {
  return createHash('sha256').update(quote.normalize('NFC'), 'utf8').digest('hex');
}

/**
 * Check-worthiness suggestions (ADR 032): scored from the article's current
 * text on each request (pure and fast, no model), minus sentences that
 * overlap a claim and sentences dismissed before.
 */
export class SuggestionsService {
  constructor(
    private readonly db: Db,
    private readonly suggestions: SuggestionsRepository,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
  ) {}

  /** The article's suggestions now; 404 when the article does not exist. */
  async list(_actor: Actor, articleId: number): Promise<SuggestionsView> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const [claims, dismissed] = await Promise.all([this.claims.indexRowsByArticle(articleId), this.suggestions.dismissedHashes(articleId)]);
    const spans = claims.flatMap((claim) => (claim.start !== null && claim.end !== null ? [{ start: claim.start, end: claim.end }] : []));
    const suggestions = suggestCheckWorthy(article.text, DEFAULT_THRESHOLD).filter(
      (s) => !dismissed.has(quoteHash(s.text)) && !spans.some((claim) => claim.start < s.end && s.start < claim.end),
    );
    return { revision: article.revision, threshold: DEFAULT_THRESHOLD, suggestions };
  }

  /**
   * Dismisses a suggested sentence (whoever may mark claims); the quote must
   * be the text at its offsets. Audited (`suggestion.dismiss`) and pushed on
   * the article's live stream, so another reviewer's view drops it too. A
   * sentence dismissed already changes nothing.
   */
  async dismiss(actor: Actor, articleId: number, input: DismissSuggestionInput): Promise<void> {
    assertCan(actor, 'claim.edit');
    const quote = input.quote.normalize('NFC');
    const at = this.clock.now().toISOString();
    const dismissed = await inTransaction(this.db, async (tx) => {
      const article = await this.articles.get(tx, articleId);
      if (!article) throw notFound('article', articleId);
      const problem = checkSpan(article.text, input.start, input.end, quote);
      if (problem) {
        const field = problem.code === 'quote_mismatch' || problem.code === 'whitespace_only_quote' ? 'quote' : problem.code === 'offsets_reversed' ? 'end' : 'start';
        throw ruleViolation(problem.code, problem.message, [{ path: ['body', field], message: problem.message }]);
      }
      const row = await this.suggestions.insert(tx, {
        articleId,
        quoteHash: quoteHash(quote),
        quote,
        start: input.start,
        end: input.end,
        dismissedBy: actor.id,
        dismissedAt: at,
      });
      if (row) await this.audit.append(tx, actor, at, { action: 'suggestion.dismiss', entityType: 'suggestion', entityId: row.id, articleId, claimId: null, before: null, after: row });
      return row !== undefined;
    });
    if (dismissed) this.events.publish({ type: 'suggestion', articleId, claimId: null, change: 'deleted', actor: actorRef(actor), at });
  }
}
