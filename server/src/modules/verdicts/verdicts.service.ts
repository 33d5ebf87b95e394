import type { Db } from '@sanad/db/client';
import { inTransaction, type Tx } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { notFound, ruleViolation } from '../../http/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimAccess } from '../claims/claims.access.ts';
import type { ClaimAggregate, ClaimsRepository } from '../claims/claims.repository.ts';
import { assertClaimVersion, assertUnlocked } from '../claims/claims.service.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { VerdictsRepository } from './verdicts.repository.ts';

/** Verdicts: one per claim, a rating of the scale with a written rationale and who set it. */
export class VerdictsService {
  constructor(
    private readonly db: Db,
    private readonly verdicts: VerdictsRepository,
    private readonly claims: ClaimsRepository,
    private readonly access: ClaimAccess,
    private readonly ratings: RatingScaleRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Sets (or replaces) a claim's verdict and returns the claim. */
  async set(actor: Actor, claimId: number, expectedVersion: number, input: z.output<typeof SetVerdictInputSchema>): Promise<ClaimAggregate> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const articleId = await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      this.access.assertMayChange(tx, actor, claim);
      assertClaimVersion(claim, expectedVersion);
      assertUnlocked(claim);
      const before = this.verdicts.get(tx, claimId) ?? null;
      this.assertUsable(tx, input.rating, before?.rating ?? null);
      const after = this.verdicts.upsert(tx, claimId, input.rating, input.rationale, actor.id, at);
      this.claims.touch(tx, claimId, at);
      this.search.indexClaim(tx, claim, input.rationale);
      this.audit.append(tx, actor, at, { action: 'verdict.set', entityType: 'verdict', entityId: claimId, articleId: claim.articleId, claimId, before, after });
      return claim.articleId;
    });
    this.events.publish({ type: 'verdict', articleId, claimId, change: 'updated', actor: actorRef(actor), at });
    return this.reload(claimId);
  }

  /** Removes a claim's verdict (the claim becomes unrated) and returns the claim. */
  async remove(actor: Actor, claimId: number, expectedVersion: number): Promise<ClaimAggregate> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const articleId = await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      this.access.assertMayChange(tx, actor, claim);
      assertClaimVersion(claim, expectedVersion);
      assertUnlocked(claim);
      const before = this.verdicts.get(tx, claimId);
      if (!before || !this.verdicts.delete(tx, claimId)) throw notFound('verdict of claim', claimId);
      this.claims.touch(tx, claimId, at);
      this.search.indexClaim(tx, claim, null);
      this.audit.append(tx, actor, at, { action: 'verdict.delete', entityType: 'verdict', entityId: claimId, articleId: claim.articleId, claimId, before, after: null });
      return claim.articleId;
    });
    this.events.publish({ type: 'verdict', articleId, claimId, change: 'deleted', actor: actorRef(actor), at });
    return this.reload(claimId);
  }

  /**
   * Refuses a rating that is not on the scale, or a retired one. A verdict
   * that already has a retired rating keeps it when only its rationale changes.
   */
  private assertUsable(tx: Tx, key: string, current: string | null): void {
    const rating = this.ratings.get(tx, key);
    if (!rating) {
      throw ruleViolation('unknown_rating', `There is no rating "${key}" on the scale.`, [{ path: ['body', 'rating'], message: 'Choose a rating of the scale.' }]);
    }
    if (rating.retiredAt !== null && key !== current) {
      throw ruleViolation('retired_rating', `The rating "${rating.labelEn}" is retired and can no longer be given; choose another rating.`, [
        { path: ['body', 'rating'], message: `"${rating.labelEn}" is retired.` },
      ]);
    }
  }

  private async reload(claimId: number): Promise<ClaimAggregate> {
    const aggregate = await this.claims.findById(claimId);
    if (!aggregate) throw notFound('claim', claimId);
    return aggregate;
  }
}
