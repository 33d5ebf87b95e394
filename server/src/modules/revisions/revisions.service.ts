import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { ReanchorCounts, ReplaceTextInput } from '@sanad/shared/schemas/revision';
import { canonicalText } from '@sanad/shared/text/normalize';
import { spanContext } from '@sanad/shared/text/quote';
import { conflict, notFound, preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import { type TextDiff, diffTexts } from '../../lib/text-diff.ts';
import type { ArticleView, ArticlesRepository } from '../articles/articles.repository.ts';
import type { ClaimRow, ClaimsRepository } from '../claims/claims.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import { type AnchorOutcome, reanchor, revisionContext } from './reanchor.ts';
import type { RevisionSummaryRow, RevisionWithAuthor, RevisionsRepository } from '../articles/article-revisions.repository.ts';

/** What one save of an article's text did. */
export interface ReplaceTextOutcome {
  article: ArticleView;
  counts: ReanchorCounts;
  claims: { id: number; status: AnchorOutcome['status']; moved: boolean }[];
}

/** Two revisions and the word diff between them (null when too different to align: all deleted, all inserted). */
export interface RevisionComparison {
  older: RevisionWithAuthor;
  newer: RevisionWithAuthor;
  diff: TextDiff | null;
}

/** Planned change of one claim, computed outside the write transaction. */
interface ClaimPlan {
  claim: ClaimRow;
  outcome: AnchorOutcome;
}

/**
 * Revisions of an article's text. Saving a new text stores a revision and
 * re-anchors every claim in one transaction; nothing is ever deleted.
 */
export class RevisionsService {
  constructor(
    private readonly db: Db,
    private readonly revisions: RevisionsRepository,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Replaces an article's text: a new revision, every claim re-anchored. */
  async replaceText(actor: Actor, articleId: number, expectedVersion: number, input: ReplaceTextInput): Promise<ReplaceTextOutcome> {
    assertCan(actor, 'article.edit');
    const text = canonicalText(input.text);
    // Plan outside the write lock (CPU only), then apply if nobody saved meanwhile.
    const before = await this.articles.findById(articleId);
    if (!before) throw notFound('article', articleId);
    if (before.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, before.version);
    if (input.baseRevision !== undefined && input.baseRevision !== before.revision) throw staleRevision(input.baseRevision, before.revision);
    const claimRows = await this.claims.listRowsOf(articleId);
    const plans = planReanchoring(before.text, text, claimRows);
    const at = this.clock.now().toISOString();
    const outcome = await inTransaction(this.db, async (tx) => {
      const current = await this.articles.get(tx, articleId);
      if (!current) throw notFound('article', articleId);
      if (current.revision !== before.revision) throw staleRevision(before.revision, current.revision);
      if (current.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, current.version);
      const revision = current.revision + 1;
      const counts: ReanchorCounts = { anchored: 0, moved: 0, modified: 0, normalised: 0, fuzzy: 0, orphaned: 0 };
      const results: ReplaceTextOutcome['claims'] = [];
      for (const { claim, outcome } of plans) {
        counts[outcome.status] += 1;
        const moved = outcome.status === 'anchored' && outcome.moved;
        if (moved) counts.moved += 1;
        results.push({ id: claim.id, status: outcome.status, moved });
        const updated = await this.claims.update(tx, claim.id, claimChanges(claim, outcome, text, revision, at), claim.version);
        await this.audit.append(tx, actor, at, {
          action: 'claim.reanchor',
          entityType: 'claim',
          entityId: claim.id,
          articleId,
          claimId: claim.id,
          before: { revision: current.revision, start: claim.start, end: claim.end, quote: claim.quote, anchorStatus: claim.anchorStatus },
          after: updated
            ? { revision, start: updated.start, end: updated.end, quote: updated.quote, anchorStatus: updated.anchorStatus }
            : null,
        });
        await this.search.indexClaim(tx, { id: claim.id, articleId, quote: outcome.status === 'modified' || outcome.status === 'normalised' ? text.slice(outcome.start, outcome.end) : claim.quote }, await this.claims.rationaleOf(tx, claim.id));
      }
      const article = await this.articles.replaceText(tx, articleId, { text, revision, updatedAt: at });
      await this.revisions.insert(tx, { articleId, number: revision, text, reanchorCounts: JSON.stringify(counts), createdBy: actor.id, createdAt: at });
      await this.search.indexArticle(tx, article);
      await this.audit.append(tx, actor, at, {
        action: 'article.text',
        entityType: 'article',
        entityId: articleId,
        articleId,
        claimId: null,
        before: { revision: current.revision, length: current.text.length },
        after: { revision, length: text.length, reanchor: counts },
      });
      return { article, counts, claims: results };
    });
    this.events.publish({ type: 'revision', articleId, claimId: null, change: 'updated', actor: actorRef(actor), at });
    return { ...outcome, article: await this.articles.viewOf(outcome.article) };
  }

  /** An article's revisions, newest first. */
  async list(_actor: Actor, articleId: number): Promise<RevisionSummaryRow[]> {
    if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
    return this.revisions.list(articleId);
  }

  /** One revision with its text. */
  async get(_actor: Actor, articleId: number, number: number): Promise<RevisionWithAuthor> {
    const row = await this.revisions.find(articleId, number);
    if (!row) {
      if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
      throw notFound(`revision of article ${articleId}`, number);
    }
    return row;
  }

  /** The word-level diff between two revisions. */
  async diff(actor: Actor, articleId: number, from: number, to: number): Promise<RevisionComparison> {
    const [older, newer] = await Promise.all([this.get(actor, articleId, from), this.get(actor, articleId, to)]);
    return { older, newer, diff: diffTexts(older.text, newer.text) };
  }
}

function staleRevision(base: number, current: number) {
  return conflict('stale_revision', `The text was edited on revision ${base}, but revision ${current} has been saved since. Reload it and apply your changes again.`, [
    { path: ['body', 'baseRevision'], message: `The current revision is ${current}.` },
  ]);
}

/**
 * Re-anchors every claim against the new text. Claims that are not attached
 * (fuzzy, orphaned) are searched for by their quote alone. Two claims never end
 * on the same span: a later one that would collide becomes a suggestion.
 */
export function planReanchoring(oldText: string, newText: string, claims: ClaimRow[]): ClaimPlan[] {
  const context = revisionContext(oldText, newText, diffTexts(oldText, newText));
  const unattachedContext = revisionContext(oldText, newText, null);
  const taken = new Set<string>();
  const plans: ClaimPlan[] = [];
  const ordered = [...claims].sort((a, b) => Number(a.start === null) - Number(b.start === null) || (a.start ?? 0) - (b.start ?? 0) || a.id - b.id);
  for (const claim of ordered) {
    const attached = claim.start !== null && claim.end !== null;
    let outcome = reanchor(
      { start: claim.start ?? 0, end: claim.end ?? 0, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
      attached ? context : unattachedContext,
    );
    if (outcome.status === 'anchored' || outcome.status === 'modified' || outcome.status === 'normalised') {
      const key = `${outcome.start}:${outcome.end}`;
      if (taken.has(key)) outcome = { status: 'fuzzy', suggestion: { start: outcome.start, end: outcome.end }, distance: 0 };
      else taken.add(key);
    }
    plans.push({ claim, outcome });
  }
  return plans;
}

/** The columns a claim gets from its re-anchoring outcome. */
function claimChanges(claim: ClaimRow, outcome: AnchorOutcome, text: string, revision: number, at: string) {
  const base = { anchorRevision: revision, updatedAt: at };
  switch (outcome.status) {
    case 'anchored':
      return {
        ...base,
        start: outcome.start,
        end: outcome.end,
        ...spanContext(text, outcome.start, outcome.end),
        // A change still waiting for a reviewer stays waiting when a later edit leaves the claim alone.
        anchorStatus: claim.anchorStatus === 'modified' ? ('modified' as const) : ('anchored' as const),
        previousQuote: claim.anchorStatus === 'modified' ? claim.previousQuote : null,
        suggestedStart: null,
        suggestedEnd: null,
      };
    case 'modified':
    case 'normalised':
      return {
        ...base,
        start: outcome.start,
        end: outcome.end,
        quote: text.slice(outcome.start, outcome.end),
        ...spanContext(text, outcome.start, outcome.end),
        anchorStatus: outcome.status,
        // Keep the text the reviewer last confirmed, not an intermediate edit.
        previousQuote: claim.anchorStatus === 'modified' && claim.previousQuote !== null ? claim.previousQuote : claim.quote,
        suggestedStart: null,
        suggestedEnd: null,
      };
    case 'fuzzy':
      return {
        ...base,
        start: null,
        end: null,
        anchorStatus: 'fuzzy' as const,
        suggestedStart: outcome.suggestion.start,
        suggestedEnd: outcome.suggestion.end,
      };
    case 'orphaned':
      return { ...base, start: null, end: null, anchorStatus: 'orphaned' as const, suggestedStart: null, suggestedEnd: null };
  }
}
