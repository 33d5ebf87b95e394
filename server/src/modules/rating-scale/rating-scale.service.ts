import type { Db } from '@sanad/db/client';
import { inTransaction, type Tx } from '@sanad/db/transaction';
import { colourChecks, colourProblem } from '@sanad/shared/color';
import type { ErrorDetail } from '@sanad/shared/errors';
import type { CreateRatingInput, UpdateRatingInput } from '@sanad/shared/schemas/rating-scale';
import { AppError, conflict, preconditionFailed, ruleViolation } from '../../lib/app-error.ts';
import { type Actor, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { RatingRow, RatingScaleRepository, RatingWithUse } from './rating-scale.repository.ts';

function ratingNotFound(key: string): AppError {
  return new AppError('not_found', 404, `No rating with key "${key}" on the scale.`);
}

/** 422 with one detail per colour that gives text too little contrast. */
function assertReadable(color: string, tint: string): void {
  const details: ErrorDetail[] = colourChecks(color, tint)
    .filter((check) => !check.ok)
    .map((check) => ({ path: ['body', check.field], message: colourProblem(check, color, tint) }));
  if (details.length > 0) throw ruleViolation('low_contrast', details.map((detail) => detail.message).join(' '), details);
}

/**
 * The rating scale, edited by admins: labels, definitions, colours, value and
 * order. A rating in use is retired (kept on its verdicts, no longer offered),
 * never deleted; the scale always keeps at least one active rating. Audit
 * entries name the rating by key in their snapshots (`entity_id` is numeric, so 0).
 */
export class RatingScaleService {
  constructor(
    private readonly db: Db,
    private readonly ratings: RatingScaleRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Every rating in scale order, retired ones included (any signed-in user: it is the published methodology). */
  async list(_actor: Actor): Promise<RatingWithUse[]> {
    return this.ratings.list();
  }

  /** One rating with its use. */
  async get(_actor: Actor, key: string): Promise<RatingWithUse> {
    const rating = await this.ratings.find(key);
    if (!rating) throw ratingNotFound(key);
    return rating;
  }

  /** Adds a rating, at the end of the scale or at `position` (admins). */
  async create(actor: Actor, input: CreateRatingInput): Promise<RatingWithUse> {
    assertCan(actor, 'settings.manage');
    assertReadable(input.color, input.tint);
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      if (await this.ratings.get(tx, input.key)) {
        throw conflict('rating_exists', `A rating with the key "${input.key}" is already on the scale.`, [
          { path: ['body', 'key'], message: 'Already on the scale; choose another key (retired ratings keep theirs).' },
        ]);
      }
      const order = (await this.ratings.all(tx)).map((rating) => rating.key);
      const position = Math.min(input.position ?? order.length, order.length);
      const { key, labelEn, labelAr, definitionEn, definitionAr, value, color, tint } = input;
      await this.ratings.insert(tx, { key, labelEn, labelAr, definitionEn, definitionAr, value, color, tint, position, createdAt: at, updatedAt: at });
      order.splice(position, 0, key);
      await this.ratings.renumber(tx, order);
      await this.append(tx, actor, at, 'rating.create', null, await this.ratings.get(tx, key));
    });
    return this.get(actor, input.key);
  }

  /** Changes a rating's labels, definitions, value, colours or place on the scale (admins, on the version last seen). */
  async update(actor: Actor, key: string, expectedVersion: number, input: UpdateRatingInput): Promise<RatingWithUse> {
    assertCan(actor, 'settings.manage');
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.current(tx, key, expectedVersion);
      const color = input.color ?? before.color;
      const tint = input.tint ?? before.tint;
      if (input.color !== undefined || input.tint !== undefined) assertReadable(color, tint);
      const { position, ...fields } = input;
      await this.ratings.update(tx, key, { ...fields, updatedAt: at });
      if (position !== undefined) {
        const order = (await this.ratings.all(tx)).map((rating) => rating.key).filter((each) => each !== key);
        order.splice(Math.min(position, order.length), 0, key);
        await this.ratings.renumber(tx, order);
      }
      await this.append(tx, actor, at, 'rating.update', before, await this.ratings.get(tx, key));
    });
    return this.get(actor, key);
  }

  /** Stops offering a rating for new verdicts; verdicts that use it keep it (admins). */
  async retire(actor: Actor, key: string, expectedVersion: number): Promise<RatingWithUse> {
    assertCan(actor, 'settings.manage');
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.current(tx, key, expectedVersion);
      if (before.retiredAt !== null) throw conflict('conflict', `"${before.labelEn}" is already retired.`);
      if (await this.ratings.countActive(tx) <= 1) {
        throw conflict('last_active_rating', `"${before.labelEn}" is the only active rating; add or restore another before retiring it.`);
      }
      const after = await this.ratings.update(tx, key, { retiredAt: at, updatedAt: at });
      await this.append(tx, actor, at, 'rating.retire', before, after);
    });
    return this.get(actor, key);
  }

  /** Offers a retired rating for new verdicts again (admins). */
  async restore(actor: Actor, key: string, expectedVersion: number): Promise<RatingWithUse> {
    assertCan(actor, 'settings.manage');
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.current(tx, key, expectedVersion);
      if (before.retiredAt === null) throw conflict('conflict', `"${before.labelEn}" is not retired.`);
      const after = await this.ratings.update(tx, key, { retiredAt: null, updatedAt: at });
      await this.append(tx, actor, at, 'rating.restore', before, after);
    });
    return this.get(actor, key);
  }

  /** Removes a rating that no verdict uses (admins); one in use can only be retired. */
  async delete(actor: Actor, key: string, expectedVersion: number): Promise<void> {
    assertCan(actor, 'settings.manage');
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.current(tx, key, expectedVersion);
      const uses = await this.ratings.countUse(tx, key);
      if (uses > 0) {
        throw conflict(
          'rating_in_use',
          `"${before.labelEn}" is the rating of ${uses} ${uses === 1 ? 'verdict' : 'verdicts'}, so it cannot be deleted; retire it instead.`,
        );
      }
      if (before.retiredAt === null && await this.ratings.countActive(tx) <= 1) {
        throw conflict('last_active_rating', `"${before.labelEn}" is the only active rating; add or restore another before deleting it.`);
      }
      await this.ratings.delete(tx, key);
      await this.ratings.renumber(tx, (await this.ratings.all(tx)).map((rating) => rating.key));
      await this.append(tx, actor, at, 'rating.delete', before, null);
    });
  }

  /** The rating as stored, when the caller's version is still current. */
  private async current(tx: Tx, key: string, expectedVersion: number): Promise<RatingRow> {
    const rating = await this.ratings.get(tx, key);
    if (!rating) throw ratingNotFound(key);
    if (rating.version !== expectedVersion) throw preconditionFailed('rating', expectedVersion, rating.version);
    return rating;
  }

  private async append(tx: Tx, actor: Actor, at: string, action: string, before: RatingRow | null, after: RatingRow | null | undefined): Promise<void> {
    await this.audit.append(tx, actor, at, { action, entityType: 'rating', entityId: 0, articleId: null, claimId: null, before, after: after ?? null });
  }
}
