import type { Db } from '@sanad/db/client';
import type { AddRestsOnInput } from '@sanad/shared/schemas/claim';
import { conflict, notFound, ruleViolation } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimForChange, ClaimWrites } from '../claims/claim-writes.ts';
import type { ClaimView, ClaimsRepository } from '../claims/claims.repository.ts';
import type { ClaimLinksRepository } from './claim-links.repository.ts';

const body = (message: string) => [{ path: ['body', 'claimId'], message }];

/**
 * An opinion claim rests on claims of its article (issue #16, ADR 033). A link is a change of
 * the opinion claim through the claim aggregate's one way in (ClaimWrites): its role, ownership,
 * version and lock rules, a new version, an audit entry (so a history sentence) and a live event.
 */
export class ClaimLinksService {
  constructor(
    private readonly db: Db,
    private readonly links: ClaimLinksRepository,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly articles: ArticlesRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Every link of an article's opinions; 404 when the article does not exist. */
  async forArticle(_actor: Actor, articleId: number): Promise<{ opinionClaimId: number; restsOnClaimId: number }[]> {
    if (!(await this.articles.findById(articleId))) throw notFound('article', articleId);
    return this.links.linksOfArticle(this.db, articleId);
  }

  /** Links an opinion to a claim of its article it rests on (not versioned, like attaching a source: a new link overwrites nothing). */
  async add(actor: Actor, opinionClaimId: number, input: AddRestsOnInput): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: null, event: { type: 'claim', change: 'updated' } } as const;
    return this.writes.change(actor, opinionClaimId, guard, async (tx, loaded, at) => {
      const { claim } = loaded;
      assertOpinion(loaded);
      if (input.claimId === claim.id) throw conflict('rests_on_itself', 'An opinion cannot rest on itself.', body('Choose another claim of the article.'));
      const target = await this.claims.get(tx, input.claimId);
      if (!target) throw ruleViolation('validation_failed', `No claim with id ${input.claimId}.`, body('Choose a claim of the article.'));
      if (target.articleId !== claim.articleId) {
        throw conflict('rests_on_other_article', 'An opinion rests only on claims of its own article.', body(`Claim ${target.id} is in another article.`));
      }
      if (await this.links.exists(tx, claim.id, target.id)) {
        throw conflict('already_rests_on', 'This opinion already rests on that claim.', body(`Claim ${target.id} is already linked.`));
      }
      await this.links.insert(tx, { opinionClaimId: claim.id, restsOnClaimId: target.id, createdBy: actor.id, createdAt: at });
      await this.claims.touch(tx, claim.id, at);
      await this.audit.append(tx, actor, at, {
        action: 'claim.rests_on',
        entityType: 'claim_link',
        entityId: target.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: null,
        after: { opinionClaimId: claim.id, restsOnClaimId: target.id, quote: target.quote },
      });
    });
  }

  /** Removes a link (versioned, like detaching a source). */
  async remove(actor: Actor, opinionClaimId: number, restsOnClaimId: number, expectedVersion: number): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'claim', change: 'updated' } } as const;
    return this.writes.change(actor, opinionClaimId, guard, async (tx, loaded, at) => {
      const { claim } = loaded;
      const target = await this.claims.get(tx, restsOnClaimId);
      if (!(await this.links.delete(tx, claim.id, restsOnClaimId))) throw notFound('claim link', restsOnClaimId);
      await this.claims.touch(tx, claim.id, at);
      await this.audit.append(tx, actor, at, {
        action: 'claim.rests_on_removed',
        entityType: 'claim_link',
        entityId: restsOnClaimId,
        articleId: claim.articleId,
        claimId: claim.id,
        before: { opinionClaimId: claim.id, restsOnClaimId, quote: target?.quote ?? null },
        after: null,
      });
    });
  }
}

/** Refuses (409) links from a claim that is not an opinion. */
function assertOpinion({ claim }: ClaimForChange): void {
  if (claim.kind !== 'opinion') {
    throw conflict('not_an_opinion', 'Only an opinion rests on other claims: make this claim an opinion first.', [
      { path: ['params', 'id'], message: `Claim ${claim.id} is a${claim.kind === 'factual' ? ' factual assertion' : ` ${claim.kind}`}.` },
    ]);
  }
}
