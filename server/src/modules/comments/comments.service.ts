import type { Db } from '@sanad/db/client';
import { seesComment } from '@sanad/shared/double-rating';
import { inTransaction } from '@sanad/db/transaction';
import type { CreateCommentInput, UpdateCommentInput } from '@sanad/shared/schemas/workflow';
import { forbidden, notFound, preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimsRepository } from '../claims/claims.repository.ts';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { CommentThread, CommentView, CommentsRepository } from './comments.repository.ts';

/**
 * A claim's discussion: anyone may write and resolve; only the author may edit a comment's text.
 * While a blind double rating is open, a comment is shown only as `seesComment` says (ADR 034):
 * one held back is not found for that viewer, to read or to change.
 */
export class CommentsService {
  constructor(
    private readonly db: Db,
    private readonly comments: CommentsRepository,
    private readonly claims: ClaimsRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly seconds: SecondRatingsRepository,
  ) {}

  /** The thread of a claim as the viewer may read it, oldest first. */
  async list(actor: Actor, claimId: number): Promise<CommentThread> {
    if (!(await this.claims.findById(claimId))) throw notFound('claim', claimId);
    const all = await this.comments.listForClaim(claimId);
    const shown = await this.shownTo(actor, claimId, all);
    return { comments: shown, hidden: all.length - shown.length };
  }

  /** One comment, unless it is held back from the viewer. */
  async get(actor: Actor, id: number): Promise<CommentView> {
    const found = await this.comments.findById(id);
    if (!found || (await this.shownTo(actor, found.row.claimId, [found])).length === 0) throw notFound('comment', id);
    return found;
  }

  /** The comments of one claim the viewer may read. */
  private async shownTo(actor: Actor, claimId: number, views: CommentView[]): Promise<CommentView[]> {
    const facts = views.length === 0 ? undefined : (await this.seconds.factsFor([claimId])).get(claimId);
    if (!facts) return views;
    return views.filter((view) => seesComment(actor, facts, view.author));
  }

  /** Adds a comment to a claim's thread. */
  async create(actor: Actor, claimId: number, input: CreateCommentInput): Promise<CommentView> {
    assertCan(actor, 'comment.write');
    const at = this.clock.now().toISOString();
    const { id, articleId } = await inTransaction(this.db, async (tx) => {
      const claim = await this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      const comment = await this.comments.insert(tx, { claimId, authorId: actor.id, body: input.body.normalize('NFC'), createdAt: at, updatedAt: at });
      await this.audit.append(tx, actor, at, { action: 'comment.create', entityType: 'comment', entityId: comment.id, articleId: claim.articleId, claimId, before: null, after: comment });
      return { id: comment.id, articleId: claim.articleId };
    });
    this.events.publish({ type: 'comment', articleId, claimId, change: 'created', actor: actorRef(actor), at });
    return this.get(actor, id);
  }

  /** Edits a comment's text (its author only) and/or resolves or reopens its thread. */
  async update(actor: Actor, id: number, expectedVersion: number, input: UpdateCommentInput): Promise<CommentView> {
    assertCan(actor, 'comment.write');
    await this.get(actor, id);
    const at = this.clock.now().toISOString();
    const { articleId, claimId } = await inTransaction(this.db, async (tx) => {
      const comment = await this.comments.get(tx, id);
      if (!comment) throw notFound('comment', id);
      if (comment.version !== expectedVersion) throw preconditionFailed('comment', expectedVersion, comment.version);
      if (input.body !== undefined && comment.authorId !== actor.id) throw forbidden('Only the author can edit a comment.');
      const claim = await this.claims.get(tx, comment.claimId);
      const updated = await this.comments.update(tx, id, {
        ...(input.body !== undefined ? { body: input.body.normalize('NFC') } : {}),
        ...(input.resolved !== undefined ? { resolved: input.resolved } : {}),
        updatedAt: at,
      });
      const action = input.body !== undefined ? 'comment.edit' : input.resolved ? 'comment.resolve' : 'comment.reopen';
      await this.audit.append(tx, actor, at, { action, entityType: 'comment', entityId: id, articleId: claim?.articleId ?? null, claimId: comment.claimId, before: comment, after: updated });
      return { articleId: claim?.articleId ?? null, claimId: comment.claimId };
    });
    if (articleId !== null) this.events.publish({ type: 'comment', articleId, claimId, change: 'updated', actor: actorRef(actor), at });
    return this.get(actor, id);
  }
}
