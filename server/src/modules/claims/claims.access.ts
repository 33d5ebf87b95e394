import type { Executor } from '@sanad/db/transaction';
import { claimOwnershipNote, mayChangeClaim } from '@sanad/shared/permissions';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { ClaimRow, VerdictRow } from './claims.repository.ts';

/**
 * Claim ownership (ASVS 8.2.2): the one server check that `ClaimWrites` runs
 * inside every claim write's transaction, after loading the claim,
 * with the shared rule `mayChangeClaim`. A refusal is a 403 saying whose claim
 * it is; the error middleware logs it as a denied request.
 */
export class ClaimAccess {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly users: UsersRepository,
  ) {}

  /** Refuses (403) a change of `claim` (whose verdict is `verdict`) by an actor who may not change it. */
  async assertMayChange(tx: Executor, actor: Actor, claim: ClaimRow, verdict: VerdictRow | null): Promise<void> {
    const articleAssigneeIds = await this.articles.assigneeIds(tx, claim.articleId);
    const verdictSetBy = verdict?.setBy ?? null;
    const facts = { createdBy: claim.createdBy, assigneeId: claim.assigneeId, articleAssigneeIds, verdictSetBy };
    if (mayChangeClaim(actor, facts)) return;
    const nameOf = async (id: number | null): Promise<string | null> => (id === null ? null : ((await this.users.get(tx, id))?.name ?? null));
    const articleAssignees: string[] = [];
    for (const id of articleAssigneeIds) {
      const name = await nameOf(id);
      if (name !== null) articleAssignees.push(name);
    }
    const message = claimOwnershipNote({
      createdBy: await nameOf(claim.createdBy),
      assignee: await nameOf(claim.assigneeId),
      articleAssignees,
      verdictSetBy: await nameOf(verdictSetBy),
    });
    throw new AppError('forbidden', 403, `You may not change claim ${claim.id}. ${message}`);
  }
}
