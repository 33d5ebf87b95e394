import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { SetVerdictInputSchema } from '@sanad/shared/schemas/verdict';
import { notFound } from '../../http/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ClaimAggregate, ClaimsRepository } from '../claims/claims.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { VerdictsRepository } from './verdicts.repository.ts';

/** Verdicts: one per claim, a rating of the scale with a written rationale. */
export class VerdictsService {
  constructor(
    private readonly db: Db,
    private readonly verdicts: VerdictsRepository,
    private readonly claims: ClaimsRepository,
    private readonly search: SearchRepository,
    private readonly clock: Clock,
  ) {}

  /** Sets (or replaces) a claim's verdict and returns the claim. */
  async set(claimId: number, input: z.output<typeof SetVerdictInputSchema>): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      this.verdicts.upsert(tx, claimId, input.rating, input.rationale, at);
      this.claims.touch(tx, claimId, at);
      this.search.indexClaim(tx, claim, input.rationale);
    });
    return this.reload(claimId);
  }

  /** Removes a claim's verdict (the claim becomes unrated) and returns the claim. */
  async remove(claimId: number): Promise<ClaimAggregate> {
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, (tx) => {
      const claim = this.claims.get(tx, claimId);
      if (!claim) throw notFound('claim', claimId);
      if (!this.verdicts.delete(tx, claimId)) throw notFound('verdict of claim', claimId);
      this.claims.touch(tx, claimId, at);
      this.search.indexClaim(tx, claim, null);
    });
    return this.reload(claimId);
  }

  private async reload(claimId: number): Promise<ClaimAggregate> {
    const aggregate = await this.claims.findById(claimId);
    if (!aggregate) throw notFound('claim', claimId);
    return aggregate;
  }
}
