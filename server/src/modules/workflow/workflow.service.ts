import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import { can } from '@sanad/shared/permissions';
import { ANCHOR_STATUSES_NEEDING_REVIEW } from '@sanad/shared/schemas/claim';
import type { Queue } from '@sanad/shared/schemas/queue';
import { TRANSITIONS, type TransitionInput, transitionFor } from '@sanad/shared/schemas/workflow';
import { AppError, conflict, notFound, preconditionFailed } from '../../http/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimAccess } from '../claims/claims.access.ts';
import type { ClaimAggregate, ClaimsRepository } from '../claims/claims.repository.ts';
import type { PublicationsRepository } from '../publications/publications.repository.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { VerdictsRepository } from '../verdicts/verdicts.repository.ts';
import type { WorkflowRepository } from './workflow.repository.ts';

/** The review workflow: who may move a claim where, and the queues that follow from it. */
export class WorkflowService {
  constructor(
    private readonly db: Db,
    private readonly workflow: WorkflowRepository,
    private readonly claims: ClaimsRepository,
    private readonly access: ClaimAccess,
    private readonly verdicts: VerdictsRepository,
    private readonly publications: PublicationsRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /**
   * Moves a claim: 403 when the role may not make the move, 409 when the move
   * is not allowed from the current status, when the claim has no verdict to
   * submit or approve, when the approver last set the verdict, or when its
   * anchor still needs a reviewer.
   */
  async transition(actor: Actor, claimId: number, expectedVersion: number, input: TransitionInput): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    const { articleId } = await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      if (claim.version !== expectedVersion) throw preconditionFailed('claim', expectedVersion, claim.version);
      // A role that may never make a move to this status is refused outright (403), whatever the claim's state.
      if (!TRANSITIONS.some((transition) => transition.to === input.to && can(actor.role, transition.action))) {
        throw new AppError('forbidden', 403, `Your role (${actor.role}) may not move claims to ${input.to.replace('_', ' ')}.`);
      }
      const move = transitionFor(claim.status, input.to);
      if (!move) {
        throw new AppError('invalid_transition', 409, `A ${claim.status.replace('_', ' ')} claim cannot move to ${input.to.replace('_', ' ')}.`, [
          { path: ['body', 'to'], message: `Not allowed from ${claim.status}.` },
        ]);
      }
      assertCan(actor, move.action);
      // Submitting and withdrawing are changes of the claim: only someone who may change it makes them.
      if (move.action === 'claim.submit') this.access.assertMayChange(tx, actor, claim);
      const note = input.note?.normalize('NFC').trim() || null;
      if (move.noteRequired && !note) {
        throw new AppError('validation_failed', 400, input.to === 'draft' ? 'Give a reason for reopening.' : 'Write a note saying what needs to change.', [
          { path: ['body', 'note'], message: 'Required for this move.' },
        ]);
      }
      const verdict = this.verdicts.get(tx, claimId);
      if ((input.to === 'submitted' || input.to === 'approved') && !verdict) {
        throw conflict('verdict_missing', 'Give the claim a verdict before it goes for review.');
      }
      if (input.to === 'approved') {
        if (verdict?.setBy === actor.id) {
          throw conflict('self_approval', 'You set this verdict, so another editor must approve it.');
        }
        if ((ANCHOR_STATUSES_NEEDING_REVIEW as readonly string[]).includes(claim.anchorStatus)) {
          throw conflict('anchor_unresolved', `The claim is ${claim.anchorStatus} after an edit of the article; confirm or re-attach it first.`);
        }
      }
      const updated = this.workflow.setStatus(tx, claimId, input.to, note, actor.id, at, claim.version);
      if (!updated) throw preconditionFailed('claim', expectedVersion, claim.version + 1);
      if (claim.status === 'approved' && claim.publishedAt !== null) {
        // Reopening a published claim is a correction: recorded now, published with the next publication.
        this.publications.insertCorrection(tx, {
          articleId: claim.articleId,
          claimId,
          quote: claim.quote,
          reason: note ?? '',
          ratingBefore: verdict?.rating ?? null,
          reopenedAt: at,
          reopenedBy: actor.id,
        });
      }
      this.audit.append(tx, actor, at, {
        action: 'claim.transition',
        entityType: 'claim',
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        before: { status: claim.status, statusNote: claim.statusNote },
        after: { status: input.to, statusNote: note },
      });
      return { articleId: claim.articleId };
    });
    this.events.publish({ type: 'status', articleId, claimId, change: 'updated', actor: actorRef(actor), at });
    const aggregate = await this.claims.findById(claimId);
    if (!aggregate) throw notFound('claim', claimId);
    return aggregate;
  }

  /** The caller's queue: their own work, and for editors the claims awaiting approval. */
  async queue(actor: Actor): Promise<Queue> {
    const [mine, awaitingApproval] = await Promise.all([
      this.workflow.mine(actor.id),
      can(actor.role, 'queue.approvals') ? this.workflow.awaitingApproval() : Promise.resolve([]),
    ]);
    return { mine, awaitingApproval };
  }
}
