import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { Action } from '@sanad/shared/permissions';
import type { ArticleEvent } from '@sanad/shared/schemas/queue';
import { AppError, notFound, preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { ClaimAccess } from './claims.access.ts';
import type { ClaimRow, ClaimView, ClaimsRepository, VerdictRow } from './claims.repository.ts';

/** A claim loaded for change: its row and its verdict, both read inside the write transaction. */
export interface ClaimForChange {
  claim: ClaimRow;
  verdict: VerdictRow | null;
}

/** What the guard checks before a change runs. */
export interface ClaimGuard {
  /** The role's permission, checked first (403). */
  action?: Action;
  /** The version the change is based on (412 when it is not the current one); null for an unversioned change. */
  version: number | null;
  /** Whether the actor must be one who may change this claim (ownership, 403). Default true. */
  access?: boolean;
  /** Whether an approved claim refuses the change (409 `claim_locked`). Default true. */
  unlocked?: boolean;
  /** What the article's live views hear after the commit. */
  event: Pick<ArticleEvent, 'type' | 'change'>;
}

/** The body of a change: runs inside the transaction on the guarded claim, at the change's time, awaiting only the database (ADR 020). */
export type ClaimChange<T> = (tx: Tx, loaded: ClaimForChange, at: string) => Promise<T>;

/**
 * The claim aggregate's one way in for a write (ADR 015): every change of a
 * claim, its verdict, its sources or its place in the workflow loads the
 * claim through here, inside its IMMEDIATE transaction, in one order of
 * checks: the role (403), the claim (404), who may change it (403), the
 * version (412), the lock of an approved claim (409). After the commit the
 * article's live views hear of it, and the caller gets the claim as it is now.
 */
export class ClaimWrites {
  constructor(
    private readonly db: Db,
    private readonly claims: ClaimsRepository,
    private readonly access: ClaimAccess,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The guard alone, for a body already inside a transaction. */
  async load(tx: Tx, actor: Actor, claimId: number, guard: Omit<ClaimGuard, 'event' | 'action'>): Promise<ClaimForChange> {
    const claim = await this.claims.get(tx, claimId);
    if (!claim) throw notFound('claim', claimId);
    const verdict = (await this.claims.verdictOf(tx, claimId)) ?? null;
    if (guard.access !== false) await this.access.assertMayChange(tx, actor, claim, verdict);
    if (guard.version !== null && claim.version !== guard.version) throw preconditionFailed('claim', guard.version, claim.version);
    if (guard.unlocked !== false) assertUnlocked(claim);
    return { claim, verdict };
  }

  /** Refuses (403) a change by an actor who may not change this claim: for checks that depend on the change itself. */
  async assertMayChange(tx: Tx, actor: Actor, loaded: ClaimForChange): Promise<void> {
    await this.access.assertMayChange(tx, actor, loaded.claim, loaded.verdict);
  }

  /** Runs a guarded change, tells the article's views, and resolves with what the body returned. */
  async write<T>(actor: Actor, claimId: number, guard: ClaimGuard, change: ClaimChange<T>): Promise<T> {
    if (guard.action) assertCan(actor, guard.action);
    const at = this.clock.now().toISOString();
    const { result, articleId } = await inTransaction(this.db, async (tx) => {
      const loaded = await this.load(tx, actor, claimId, guard);
      return { result: await change(tx, loaded, at), articleId: loaded.claim.articleId };
    });
    this.events.publish({ ...guard.event, articleId, claimId, actor: actorRef(actor), at });
    return result;
  }

  /** Runs a guarded change and resolves with the claim as it is now, with its verdict and sources. */
  async change(actor: Actor, claimId: number, guard: ClaimGuard, change: ClaimChange<void>): Promise<ClaimView> {
    await this.write(actor, claimId, guard, change);
    return this.view(claimId);
  }

  /** The claim with its verdict and sources (404 when it does not exist). */
  async view(claimId: number): Promise<ClaimView> {
    const view = await this.claims.findById(claimId);
    if (!view) throw notFound('claim', claimId);
    return view;
  }
}

/** Refuses changes to an approved claim (read-only until an editor reopens it). */
export function assertUnlocked(claim: ClaimRow): void {
  if (claim.status === 'approved') {
    throw new AppError('claim_locked', 409, 'This claim is approved and read-only. An editor must reopen it before it can change.');
  }
}
