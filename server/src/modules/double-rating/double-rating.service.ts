import type { Db } from '@sanad/db/client';
import { inTransaction, type Tx } from '@sanad/db/transaction';
import { cohensKappa, krippendorffAlpha, rawAgreement } from '@sanad/shared/agreement';
import { doubleRatingState, mayGiveSecondRating } from '@sanad/shared/double-rating';
import { can } from '@sanad/shared/permissions';
import { UNRATABLE_KINDS } from '@sanad/shared/schemas/claim';
import type {
  AgreementFigures,
  AgreementQuery,
  ResolveDisagreementInputSchema,
  SetArticleDoubleRatingInput,
  SetDoubleRatingInputSchema,
  SetSecondRatingInputSchema,
} from '@sanad/shared/schemas/double-rating';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { z } from 'zod';
import { AppError, conflict, forbidden, notFound, preconditionFailed, ruleViolation } from '../../lib/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { EventBus } from '../../lib/event-bus.ts';
import type { ArticleView, ArticlesRepository } from '../articles/articles.repository.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimWrites } from '../claims/claim-writes.ts';
import type { ClaimRow, ClaimView, ClaimsRepository } from '../claims/claims.repository.ts';
import { type RatingPairRow, type SecondRatingsRepository, factsOf } from '../claims/second-ratings.repository.ts';
import type { RatingScaleRepository } from '../rating-scale/rating-scale.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { VerdictsRepository } from '../verdicts/verdicts.repository.ts';

/** Agreement for the desk, per article and per pair of raters. */
export interface AgreementOverview {
  from: string | null;
  to: string | null;
  desk: AgreementFigures;
  articles: (AgreementFigures & { article: { id: number; title: string } })[];
  raters: (AgreementFigures & { pair: [UserRef, UserRef] })[];
}

type Confidence = 'high' | 'medium' | 'low' | null;

/**
 * Blind double rating (issue #16, ADR 034): editors require a second rating;
 * another reviewer gives it without seeing the first; the pair is recorded
 * when both are in; an editor resolves a disagreement; agreement is measured.
 */
export class DoubleRatingService {
  constructor(
    private readonly db: Db,
    private readonly seconds: SecondRatingsRepository,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly verdicts: VerdictsRepository,
    private readonly articles: ArticlesRepository,
    private readonly users: UsersRepository,
    private readonly ratings: RatingScaleRepository,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Requires (or lifts) a second rating of one claim, asking one reviewer or anyone (editors). */
  async setForClaim(actor: Actor, claimId: number, expectedVersion: number, input: z.output<typeof SetDoubleRatingInputSchema>): Promise<ClaimView> {
    const guard = { action: 'article.assign', version: expectedVersion, access: false, event: { type: 'verdict', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      const before = (await this.seconds.get(tx, claimId)) ?? null;
      if (input.required) {
        const assignedTo = input.assignedTo ?? null;
        if (before?.completedAt) throw conflict('second_rating_complete', 'Both ratings of this claim are in already.');
        if (assignedTo !== null) await this.assertMayRate(tx, assignedTo, verdict ? verdict.setBy : null, before?.rating ? before.raterId : null);
        const after = await this.seconds.require(tx, claimId, assignedTo, at);
        await this.audit.append(tx, actor, at, {
          action: 'double_rating.require',
          entityType: 'claim',
          entityId: claimId,
          articleId: claim.articleId,
          claimId,
          before: before && publicPart(before),
          after: publicPart(after),
        });
      } else {
        if (!before?.required) throw conflict('second_rating_not_required', 'This claim does not need a second rating.');
        await this.seconds.lift(tx, claimId, at);
        await this.audit.append(tx, actor, at, { action: 'double_rating.lift', entityType: 'claim', entityId: claimId, articleId: claim.articleId, claimId, before: publicPart(before), after: null });
      }
      await this.claims.touch(tx, claimId, at);
    });
  }

  /** Requires (or lifts) a second rating of every claim of an article that is not approved, and of those marked later (editors). */
  async setForArticle(actor: Actor, articleId: number, expectedVersion: number, input: SetArticleDoubleRatingInput): Promise<ArticleView> {
    assertCan(actor, 'article.assign');
    const at = this.clock.now().toISOString();
    const row = await inTransaction(this.db, async (tx) => {
      const article = await this.articles.get(tx, articleId);
      if (!article) throw notFound('article', articleId);
      if (article.version !== expectedVersion) throw preconditionFailed('article', expectedVersion, article.version);
      const updated = await this.articles.update(tx, articleId, { doubleRating: input.required, updatedAt: at });
      const changed = input.required ? await this.seconds.requireForArticle(tx, articleId, at) : await this.seconds.liftForArticle(tx, articleId);
      await this.claims.touchMany(tx, changed, at);
      await this.audit.append(tx, actor, at, {
        action: 'article.double_rating',
        entityType: 'article',
        entityId: articleId,
        articleId,
        claimId: null,
        before: { doubleRating: article.doubleRating },
        after: { doubleRating: input.required, claims: changed.length },
      });
      return updated!;
    });
    this.events.publish({ type: 'article', articleId, claimId: null, change: 'updated', actor: actorRef(actor), at });
    return this.articles.viewOf(row);
  }

  /**
   * Gives (or, before the verdict is in, changes) the second rating. When the
   * verdict is in, the pair is recorded: agreed or not.
   */
  async rate(actor: Actor, claimId: number, expectedVersion: number, input: z.output<typeof SetSecondRatingInputSchema>): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, access: false, event: { type: 'verdict', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      const before = await this.seconds.get(tx, claimId);
      if (!before?.required) throw conflict('second_rating_not_required', 'This claim does not need a second rating.');
      const facts = factsOf(before, verdict ? (verdict.setBy ?? -1) : null);
      if (!mayGiveSecondRating(actor, facts)) {
        if (facts.complete) throw conflict('second_rating_complete', 'Both ratings of this claim are in; the second can no longer change.');
        if (facts.firstRaterId === actor.id) {
          throw conflict('second_rater_is_first', "You set this claim's verdict, so its second, independent rating must come from someone else.");
        }
        throw forbidden('Another reviewer gives the second rating of this claim.');
      }
      await this.assertRatable(tx, claim, input.rating, before.rating);
      const after = await this.seconds.setSecond(tx, claimId, actor.id, { rating: input.rating, rationale: input.rationale, confidence: input.confidence ?? null }, at);
      await this.audit.append(tx, actor, at, {
        action: 'second_rating.set',
        entityType: 'verdict',
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        before: before.rating === null ? null : ratingPart(before),
        after: ratingPart(after),
      });
      if (verdict) await this.completeIn(tx, actor, claim, { rating: verdict.rating, setBy: verdict.setBy }, at);
      await this.claims.touch(tx, claimId, at);
    });
  }

  /**
   * Records the pair when both ratings are in (called when the second rating
   * comes in after the verdict, and by the verdict's write when it comes in after).
   */
  async completeIn(tx: Tx, actor: Actor, claim: ClaimRow, verdict: { rating: string; setBy: number | null }, at: string): Promise<void> {
    const row = await this.seconds.get(tx, claim.id);
    if (!row?.required || row.completedAt !== null || row.rating === null) return;
    const agreed = row.rating === verdict.rating;
    const after = await this.seconds.complete(tx, claim.id, { firstRaterId: verdict.setBy, firstRating: verdict.rating, secondRaterId: row.raterId, agreed }, at);
    await this.audit.append(tx, actor, at, {
      action: 'double_rating.complete',
      entityType: 'claim',
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: null,
      after: { ...publicPart(after), firstRating: verdict.rating, secondRating: row.rating },
    });
  }

  /** Settles a disagreement: keep the verdict, take the second rating as the verdict, or set another, with a note (editors). */
  async resolve(actor: Actor, claimId: number, expectedVersion: number, input: z.output<typeof ResolveDisagreementInputSchema>): Promise<ClaimView> {
    const guard = { action: 'claim.approve', version: expectedVersion, access: false, event: { type: 'verdict', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      const row = await this.seconds.get(tx, claimId);
      const state = row && doubleRatingState({ firstIn: verdict !== null, secondIn: row.rating !== null, agreed: row.agreed, resolved: row.resolution !== null });
      if (!row || state !== 'disagreed' || !verdict) throw conflict('no_disagreement', 'This claim has no disagreement between two ratings to resolve.');
      if (actor.id === row.raterId || actor.id === verdict.setBy) {
        throw conflict('self_approval', 'You gave one of the two ratings, so another editor must resolve the disagreement.');
      }
      let fields: { rating: string; rationale: string; confidence: Confidence; setBy: number } | null = null;
      if (input.choice === 'second') fields = { rating: row.rating!, rationale: row.rationale ?? '', confidence: row.confidence ?? null, setBy: row.raterId ?? actor.id };
      if (input.choice === 'other') {
        await this.assertRatable(tx, claim, input.rating!, verdict.rating);
        fields = { rating: input.rating!, rationale: input.rationale!, confidence: verdict.confidence ?? null, setBy: actor.id };
      }
      if (fields) {
        const after = await this.verdicts.upsert(tx, claimId, { rating: fields.rating, rationale: fields.rationale, confidence: fields.confidence, recheckOn: verdict.recheckOn ?? null }, fields.setBy, at);
        await this.search.indexClaim(tx, claim, fields.rationale);
        await this.audit.append(tx, actor, at, { action: 'verdict.set', entityType: 'verdict', entityId: claimId, articleId: claim.articleId, claimId, before: verdict, after });
      }
      const after = await this.seconds.resolve(tx, claimId, { resolution: input.choice, resolutionNote: input.note, resolvedBy: actor.id }, at);
      await this.audit.append(tx, actor, at, {
        action: 'double_rating.resolve',
        entityType: 'claim',
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        before: publicPart(row),
        after: { ...publicPart(after), note: input.note },
      });
      await this.claims.touch(tx, claimId, at);
    });
  }

  /** Agreement between raters over completed pairs in a date range (editors). */
  async agreement(actor: Actor, query: AgreementQuery): Promise<AgreementOverview> {
    assertCan(actor, 'queue.approvals');
    if (query.from && query.to && query.from > query.to) {
      throw new AppError('validation_failed', 400, 'The first day of the range comes after the last.', [{ path: ['query', 'from'], message: 'On or before `to`.' }]);
    }
    const [pairs, scale] = await Promise.all([this.seconds.pairs(query.from ?? null, query.to ?? null), this.ratings.list()]);
    const values = new Map(scale.map((rating) => [rating.key, rating.value]));
    const people = new Map<number, UserRef>();
    const ids = [...new Set(pairs.flatMap((pair) => [pair.firstRaterId, pair.secondRaterId]).filter((id): id is number => id !== null))];
    for (const user of await this.users.findMany(ids)) people.set(user.id, { id: user.id, name: user.name, role: user.role });
    const byArticle = new Map<number, RatingPairRow[]>();
    const byRaters = new Map<string, RatingPairRow[]>();
    for (const pair of pairs) {
      byArticle.set(pair.articleId, [...(byArticle.get(pair.articleId) ?? []), pair]);
      if (pair.firstRaterId === null || pair.secondRaterId === null) continue;
      const key = [pair.firstRaterId, pair.secondRaterId].sort((a, b) => a - b).join('-');
      byRaters.set(key, [...(byRaters.get(key) ?? []), pair]);
    }
    const figures = (set: RatingPairRow[]) => figuresOf(set, values);
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      desk: figures(pairs),
      articles: [...byArticle.values()]
        .map((set) => ({ article: { id: set[0]!.articleId, title: set[0]!.articleTitle }, ...figures(set) }))
        .sort((a, b) => b.pairs - a.pairs || a.article.id - b.article.id),
      raters: [...byRaters.entries()]
        .flatMap(([key, set]) => {
          const [a, b] = key.split('-').map((id) => people.get(Number(id)));
          return a && b ? [{ pair: [a, b] as [UserRef, UserRef], ...figures(set) }] : [];
        })
        .sort((x, y) => y.pairs - x.pairs || x.pair[0].name.localeCompare(y.pair[0].name)),
    };
  }

  /** Refuses a second rater who may not rate: unknown, inactive, without the right to rate, or the verdict's setter. */
  private async assertMayRate(tx: Tx, userId: number, verdictSetBy: number | null, secondRaterId: number | null): Promise<void> {
    const user = await this.users.get(tx, userId);
    if (!user || !user.active || !can(user.role, 'claim.edit')) {
      throw ruleViolation('validation_failed', 'Ask an active reviewer for the second rating.', [{ path: ['body', 'assignedTo'], message: 'Not an active user who can rate claims.' }]);
    }
    if (userId === verdictSetBy) {
      throw conflict('second_rater_is_first', `${user.name} set this claim's verdict; ask someone else for the independent second rating.`, [
        { path: ['body', 'assignedTo'], message: "The verdict's setter cannot give the second rating." },
      ]);
    }
    if (secondRaterId !== null && secondRaterId !== userId) {
      throw conflict('second_rating_complete', 'Someone else has given the second rating already.');
    }
  }

  /** Refuses a rating not on the scale, a retired one, or a truth rating for a kind that cannot have one. */
  private async assertRatable(tx: Tx, claim: ClaimRow, key: string, current: string | null): Promise<void> {
    const rating = await this.ratings.get(tx, key);
    if (!rating) throw ruleViolation('unknown_rating', `There is no rating "${key}" on the scale.`, [{ path: ['body', 'rating'], message: 'Choose a rating of the scale.' }]);
    if (rating.retiredAt !== null && key !== current) {
      throw ruleViolation('retired_rating', `The rating "${rating.labelEn}" is retired and can no longer be given; choose another rating.`, [
        { path: ['body', 'rating'], message: `"${rating.labelEn}" is retired.` },
      ]);
    }
    if (UNRATABLE_KINDS.includes(claim.kind) && rating.value !== null) {
      throw conflict('kind_not_ratable', `A${claim.kind === 'opinion' ? 'n opinion' : ' prediction'} cannot get a truth rating; choose a rating off the scale, such as Unverifiable.`, [
        { path: ['body', 'rating'], message: 'A rating on the numeric scale.' },
      ]);
    }
  }
}

/** What the audit log keeps of the requirement (never a rating: the claim's history is shown to both raters). */
function publicPart(row: { required: boolean; assignedTo: number | null; completedAt: string | null; agreed: boolean | null; resolution: string | null }) {
  return { required: row.required, assignedTo: row.assignedTo, completedAt: row.completedAt, agreed: row.agreed, resolution: row.resolution };
}

/** The second rating as the audit log keeps it (its history entries are shown only to those who may see it). */
function ratingPart(row: { rating: string | null; rationale: string | null; confidence: string | null; raterId: number | null }) {
  return { rating: row.rating, rationale: row.rationale, confidence: row.confidence, raterId: row.raterId };
}

/** Raw agreement, Cohen's kappa and ordinal Krippendorff's alpha (over pairs where both ratings have a numeric value). */
export function figuresOf(pairs: readonly RatingPairRow[], values: ReadonlyMap<string, number | null>): AgreementFigures {
  const keyed = pairs.map((pair) => [pair.firstRating, pair.secondRating] as const);
  const numeric = pairs.flatMap((pair) => {
    const a = values.get(pair.firstRating);
    const b = values.get(pair.secondRating);
    return a !== null && a !== undefined && b !== null && b !== undefined ? [[a, b]] : [];
  });
  return {
    pairs: pairs.length,
    rawAgreement: rawAgreement(keyed),
    kappa: cohensKappa(keyed),
    alpha: numeric.length === 0 ? null : krippendorffAlpha(numeric, 'ordinal'),
    numericPairs: numeric.length,
  };
}
