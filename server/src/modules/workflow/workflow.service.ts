import { can, type Role } from '@sanad/shared/permissions';
import { ANCHOR_STATUSES_NEEDING_REVIEW } from '@sanad/shared/schemas/claim';
import { TRANSITIONS, type TransitionInput, transitionFor } from '@sanad/shared/schemas/workflow';
import { AppError, conflict, notFound, preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, assertCan } from '../../lib/actor.ts';
import type { AuditRepository, AuditRow } from '../audit/audit.repository.ts';
import type { ClaimWrites } from '../claims/claim-writes.ts';
import type { ClaimView, ClaimsRepository } from '../claims/claims.repository.ts';
import type { PublicationsRepository } from '../reports/publications.repository.ts';
import type { Tx } from '@sanad/db/transaction';
import { independentSources } from '@sanad/shared/source-independence';
import type { Clock } from '../../lib/clock.ts';
import type { OrganisationRepository } from '../organisation/organisation.repository.ts';
import type { SourcesRepository } from '../sources/sources.repository.ts';
import type { QueueRow, WorkflowRepository } from './workflow.repository.ts';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
import { STATES_BLOCKING_APPROVAL, doubleRatingState, seesComment, seesFirstRating, seesSecondRating } from '@sanad/shared/double-rating';

/** The rows of the caller's queue. */
export interface QueueRows {
  mine: QueueRow[];
  awaitingApproval: QueueRow[];
  recheckDue: QueueRow[];
  secondRatingDue: QueueRow[];
}

/** The review workflow: who may move a claim where, and the queues that follow from it. */
export class WorkflowService {
  constructor(
    private readonly workflow: WorkflowRepository,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly publications: PublicationsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly organisation: OrganisationRepository,
    private readonly sources: SourcesRepository,
    private readonly seconds: SecondRatingsRepository,
  ) {}

  /**
   * The organisation's rule (AFP's is two): a claim goes for review only with
   * at least N independent sources that support or contradict it, sources of
   * one origin counting once. 409 naming the rule and the count otherwise.
   */
  private async assertIndependentSources(tx: Tx, claimId: number): Promise<void> {
    const required = (await this.organisation.get(tx)).minIndependentSources;
    if (required === 0) return;
    const have = independentSources(await this.sources.linksForIndependence(tx, claimId)).evidence;
    if (have >= required) return;
    throw conflict(
      'independent_sources_required',
      `This desk requires ${required} independent sources that support or contradict a claim before it is submitted; this claim has ${have}.`,
      [{ path: ['sources'], message: `${have} of ${required} independent sources (sources of one origin count once).` }],
    );
  }

  /**
   * A claim that needs two ratings is approved only once both are in and any
   * disagreement is resolved (ADR 034): 409 naming what is missing otherwise.
   */
  private async assertBothRatings(tx: Tx, claimId: number, hasVerdict: boolean): Promise<void> {
    const row = await this.seconds.get(tx, claimId);
    if (!row?.required) return;
    const state = doubleRatingState({ firstIn: hasVerdict, secondIn: row.rating !== null, agreed: row.agreed, resolved: row.resolution !== null });
    if (!STATES_BLOCKING_APPROVAL.includes(state)) return;
    if (state === 'disagreed') {
      throw conflict('disagreement_unresolved', 'The two independent ratings of this claim differ; an editor must resolve the disagreement before it is approved.');
    }
    throw conflict('second_rating_missing', 'This claim needs a second, independent rating before it can be approved.');
  }

  /**
   * Moves a claim: 403 when the role may not make the move, 409 when the move
   * is not allowed from the current status, when the claim has no verdict to
   * submit or approve, when the approver last set the verdict, or when its
   * anchor still needs a reviewer.
   */
  async transition(actor: Actor, claimId: number, expectedVersion: number, input: TransitionInput): Promise<ClaimView> {
    // Whether the actor may change this claim depends on the move (submitting and withdrawing are changes of it): checked below.
    const guard = { version: expectedVersion, access: false, unlocked: false, event: { type: 'status', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, loaded, at) => {
      const { claim, verdict } = loaded;
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
      if (move.action === 'claim.submit') {
        await this.writes.assertMayChange(tx, actor, loaded);
        // A claim's verdict is its first rater's: one from whom it is hidden does not send it for review (ADR 034).
        await this.seconds.assertNotBlind(tx, actor, claimId, verdict);
      }
      const note = input.note?.normalize('NFC').trim() || null;
      if (move.noteRequired && !note) {
        throw new AppError('validation_failed', 400, input.to === 'draft' ? 'Give a reason for reopening.' : 'Write a note saying what needs to change.', [
          { path: ['body', 'note'], message: 'Required for this move.' },
        ]);
      }
      if ((input.to === 'submitted' || input.to === 'approved') && !verdict) {
        throw conflict('verdict_missing', 'Give the claim a verdict before it goes for review.');
      }
      if (input.to === 'submitted') await this.assertIndependentSources(tx, claimId);
      if (input.to === 'approved') {
        if (verdict?.setBy === actor.id) {
          throw conflict('self_approval', 'You set this verdict, so another editor must approve it.');
        }
        await this.assertBothRatings(tx, claimId, verdict !== null);
        if ((ANCHOR_STATUSES_NEEDING_REVIEW as readonly string[]).includes(claim.anchorStatus)) {
          throw conflict('anchor_unresolved', `The claim is ${claim.anchorStatus} after an edit of the article; confirm or re-attach it first.`);
        }
      }
      const updated = await this.workflow.setStatus(tx, claimId, input.to, note, actor.id, at, claim.version);
      if (!updated) throw preconditionFailed('claim', expectedVersion, claim.version + 1);
      if (claim.status === 'approved' && claim.publishedAt !== null) {
        // Reopening a published claim is a correction: recorded now, published with the next publication.
        await this.publications.insertCorrection(tx, {
          articleId: claim.articleId,
          claimId,
          quote: claim.quote,
          reason: note ?? '',
          ratingBefore: verdict?.rating ?? null,
          reopenedAt: at,
          reopenedBy: actor.id,
        });
      }
      await this.audit.append(tx, actor, at, {
        action: 'claim.transition',
        entityType: 'claim',
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        before: { status: claim.status, statusNote: claim.statusNote },
        after: { status: input.to, statusNote: note },
      });
    });
  }

  /** A claim's audit entries, oldest first; they outlive a deleted claim, so its history answers while entries exist. */
  async history(actor: Actor, claimId: number): Promise<AuditRow[]> {
    const entries = await this.audit.listForClaim(claimId);
    if (entries.length === 0 && !(await this.claims.findById(claimId))) throw notFound('claim', claimId);
    const fact = (await this.seconds.factsFor([claimId])).get(claimId);
    if (!fact) return entries;
    // Entries that would tell a rating, rationale or source hidden from the viewer are left out until both ratings are in (ADR 034).
    const firstHidden = !seesFirstRating(actor, fact);
    const secondHidden = !seesSecondRating(actor, fact);
    const authors = commentAuthors(entries);
    return entries.filter((entry) => {
      if (entry.action === 'second_rating.set') return !secondHidden;
      if (entry.entityType === 'verdict' || entry.entityType === 'source_link') return !firstHidden;
      // A comment held back from the viewer is held back from its history too (its text is in the entry).
      if (entry.entityType === 'comment') return seesComment(actor, fact, authors.get(entry.entityId) ?? { id: -1, role: 'reviewer' });
      return true;
    });
  }

  /**
   * The caller's queue: their own work, for editors the claims awaiting
   * approval, and the verdicts due to be checked again (UTC day): every one for
   * editors, their own for reviewers.
   */
  async queue(actor: Actor): Promise<QueueRows> {
    const editor = can(actor.role, 'queue.approvals');
    const today = this.clock.now().toISOString().slice(0, 10);
    const [mine, awaitingApproval, recheckDue, secondRatingDue] = await Promise.all([
      this.workflow.mine(actor.id),
      editor ? this.workflow.awaitingApproval() : Promise.resolve([]),
      this.workflow.recheckDue(today, editor ? null : actor.id),
      can(actor.role, 'claim.edit') ? this.workflow.secondRatingDue(actor.id) : Promise.resolve([]),
    ]);
    // What a blind second rater may not see of a claim (its rating, rationale and first rater) is left out of every list (ADR 034).
    const facts = await this.seconds.factsFor([...mine, ...awaitingApproval, ...recheckDue].map((row) => row.claimId));
    const shown = (row: QueueRow): QueueRow => {
      const fact = facts.get(row.claimId);
      return fact && !seesFirstRating(actor, fact) ? blind(row) : row;
    };
    return { mine: mine.map(shown), awaitingApproval: awaitingApproval.map(shown), recheckDue: recheckDue.map(shown), secondRatingDue: secondRatingDue.map(blind) };
  }

}

/** A queue row without the rating, rationale and rater that a blind second rater may not see. */
function blind(row: QueueRow): QueueRow {
  return { ...row, rating: null, rationale: null, recheckOn: null, setterId: null, setterName: null, setterRole: null };
}

/** Who wrote each comment named in a claim's history: the actor of its creation entry. */
function commentAuthors(entries: readonly AuditRow[]): Map<number, { id: number; role: Role }> {
  const authors = new Map<number, { id: number; role: Role }>();
  for (const entry of entries) {
    if (entry.action === 'comment.create' && entry.actorId !== null) authors.set(entry.entityId, { id: entry.actorId, role: (entry.actorRole ?? 'reviewer') as Role });
  }
  return authors;
}
