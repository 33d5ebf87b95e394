import type { Tx } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { UNRATABLE_KINDS } from '@sanad/shared/schemas/claim';
import { conflict, notFound, ruleViolation } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimWrites } from '../claims/claim-writes.ts';
import type { ClaimView, ClaimsRepository } from '../claims/claims.repository.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { VerdictsRepository } from './verdicts.repository.ts';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
import type { DoubleRatingService } from '../double-rating/double-rating.service.ts';

/** Verdicts: one per claim, a rating of the scale with a written rationale and who set it. */
export class VerdictsService {
  constructor(
    private readonly verdicts: VerdictsRepository,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly ratings: RatingScaleRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly seconds: Pick<SecondRatingsRepository, 'assertNotBlind'>,
    private readonly doubleRating: Pick<DoubleRatingService, 'completeIn'>,
  ) {}

  /** Sets (or replaces) a claim's verdict and returns the claim. */
  async set(actor: Actor, claimId: number, expectedVersion: number, input: z.output<typeof SetVerdictInputSchema>): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'verdict', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict: before }, at) => {
      await this.seconds.assertNotBlind(tx, actor, claimId, before);
      const rating = await this.assertUsable(tx, input.rating, before?.rating ?? null);
      if (UNRATABLE_KINDS.includes(claim.kind) && rating.value !== null) {
        throw conflict('kind_not_ratable', `A${claim.kind === 'opinion' ? 'n opinion' : ' prediction'} cannot get a truth rating; choose a rating off the scale, such as Unverifiable.`, [
          { path: ['body', 'rating'], message: 'A rating on the numeric scale.' },
        ]);
      }
      const fields = { rating: input.rating, rationale: input.rationale, confidence: input.confidence ?? null, recheckOn: input.recheckOn ?? null };
      const after = await this.verdicts.upsert(tx, claimId, fields, actor.id, at);
      await this.claims.touch(tx, claimId, at);
      await this.search.indexClaim(tx, claim, input.rationale);
      await this.audit.append(tx, actor, at, { action: 'verdict.set', entityType: 'verdict', entityId: claimId, articleId: claim.articleId, claimId, before, after });
      // A claim waiting for this verdict to pair with its second rating records the pair now (ADR 034).
      await this.doubleRating.completeIn(tx, actor, claim, { rating: after.rating, setBy: after.setBy }, at);
    });
  }

  /**
   * Marks a claim's verdict outdated (Snopes' "Outdated": the facts moved on
   * since it was given), or current again (`note` null). Editors; allowed on
   * approved and published claims, since it changes no rating.
   */
  async setOutdated(actor: Actor, claimId: number, expectedVersion: number, note: string | null): Promise<ClaimView> {
    const guard = { action: 'claim.approve', version: expectedVersion, access: false, unlocked: false, event: { type: 'verdict', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict: before }, at) => {
      if (!before) throw notFound('verdict of claim', claimId);
      if (note === null && !before.outdatedAt) throw conflict('not_outdated', 'This verdict is not marked outdated.');
      const after = await this.verdicts.setOutdated(tx, claimId, note === null ? null : { note, by: actor.id, at }, at);
      await this.claims.touch(tx, claimId, at);
      await this.audit.append(tx, actor, at, {
        action: note === null ? 'verdict.current' : 'verdict.outdated',
        entityType: 'verdict',
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        before: { outdatedNote: before.outdatedNote },
        after: { outdatedNote: after?.outdatedNote ?? null },
      });
    });
  }

  /** Removes a claim's verdict (the claim becomes unrated) and returns the claim. */
  async remove(actor: Actor, claimId: number, expectedVersion: number): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'verdict', change: 'deleted' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict: before }, at) => {
      await this.seconds.assertNotBlind(tx, actor, claimId, before);
      if (!before || !await this.verdicts.delete(tx, claimId)) throw notFound('verdict of claim', claimId);
      await this.claims.touch(tx, claimId, at);
      await this.search.indexClaim(tx, claim, null);
      await this.audit.append(tx, actor, at, { action: 'verdict.delete', entityType: 'verdict', entityId: claimId, articleId: claim.articleId, claimId, before, after: null });
    });
  }

  /**
   * Refuses a rating that is not on the scale, or a retired one, and answers
   * the rating. A verdict that already has a retired rating keeps it when
   * only its rationale changes.
   */
  private async assertUsable(tx: Tx, key: string, current: string | null): Promise<{ value: number | null }> {
    const rating = await this.ratings.get(tx, key);
    if (!rating) {
      throw ruleViolation('unknown_rating', `There is no rating "${key}" on the scale.`, [{ path: ['body', 'rating'], message: 'Choose a rating of the scale.' }]);
    }
    if (rating.retiredAt !== null && key !== current) {
      throw ruleViolation('retired_rating', `The rating "${rating.labelEn}" is retired and can no longer be given; choose another rating.`, [
        { path: ['body', 'rating'], message: `"${rating.labelEn}" is retired.` },
      ]);
    }
    return rating;
  }
}
