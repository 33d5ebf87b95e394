import type { Db } from '@sanad/db/client';
import { type Tx, inTransaction } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { AttachSourceInputSchema, UpdateClaimSourceInputSchema } from '@sanad/shared/schemas/source';
import { canonicalLine } from '@sanad/shared/text/normalize';
import { normalizeSourceUrl } from '@sanad/shared/text/url';
import { conflict, notFound } from '../../http/app-error.ts';
import { type Actor, actorRef, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimAccess } from '../claims/claims.access.ts';
import type { ClaimAggregate, ClaimRow, ClaimsRepository, SourceRow } from '../claims/claims.repository.ts';
import { assertClaimVersion, assertUnlocked } from '../claims/claims.service.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { SourcesRepository } from './sources.repository.ts';

type AttachInput = z.output<typeof AttachSourceInputSchema>;
type UpdateInput = z.output<typeof UpdateClaimSourceInputSchema>;

/** Sources: stored once per normalised URL, linked to claims with a stance. */
export class SourcesService {
  constructor(
    private readonly db: Db,
    private readonly sources: SourcesRepository,
    private readonly claims: ClaimsRepository,
    private readonly access: ClaimAccess,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The claim, checked: exists, the actor may change it, not locked, and (for changes of existing links) at the expected version. */
  private claimFor(tx: Tx, actor: Actor, claimId: number, expectedVersion?: number): ClaimRow {
    const claim = this.claims.get(tx, claimId);
    if (!claim) throw notFound('claim', claimId);
    this.access.assertMayChange(tx, actor, claim);
    if (expectedVersion !== undefined) assertClaimVersion(claim, expectedVersion);
    assertUnlocked(claim);
    return claim;
  }

  /** Attaches a source (found by URL or created) to a claim. */
  async attach(actor: Actor, claimId: number, input: AttachInput): Promise<ClaimAggregate> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const articleId = await inTransaction(this.db, (tx) => {
      const claim = this.claimFor(tx, actor, claimId);
      const source = this.findOrCreate(tx, input, at);
      this.assertNotLinked(tx, claimId, source.id);
      const link = this.sources.link(tx, {
        claimId,
        sourceId: source.id,
        stance: input.stance,
        excerpt: input.excerpt ?? null,
        createdAt: at,
        updatedAt: at,
      });
      this.claims.touch(tx, claimId, at);
      this.search.indexLink(tx, link.id);
      this.audit.append(tx, actor, at, { action: 'source.attach', entityType: 'source_link', entityId: link.id, articleId: claim.articleId, claimId, before: null, after: { ...link, source } });
      return claim.articleId;
    });
    this.events.publish({ type: 'source', articleId, claimId, change: 'created', actor: actorRef(actor), at });
    return this.reload(claimId);
  }

  /** Changes a link: stance and excerpt on the link; title, publisher and date on the source; a new URL relinks. */
  async update(actor: Actor, claimId: number, linkId: number, expectedVersion: number, input: UpdateInput): Promise<ClaimAggregate> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const articleId = await inTransaction(this.db, (tx) => {
      const claim = this.claimFor(tx, actor, claimId, expectedVersion);
      const link = this.sources.findLink(tx, claimId, linkId);
      if (!link) throw notFound('source link', linkId);
      const sourceBefore = this.sources.getSource(tx, link.sourceId);
      let sourceId = link.sourceId;
      if (input.url !== undefined) {
        const url = normalizeSourceUrl(input.url);
        const existing = this.sources.findByUrl(tx, url);
        if (!existing || existing.id !== link.sourceId) {
          const target =
            existing ??
            this.sources.insert(tx, {
              url,
              title: canonicalLine(input.title ?? 'Untitled'),
              publisher: canonicalLine(input.publisher ?? 'Unknown'),
              publishedAt: input.publishedAt ?? null,
              createdAt: at,
              updatedAt: at,
            });
          this.assertNotLinked(tx, claimId, target.id);
          sourceId = target.id;
        }
      }
      const sourceChanges = {
        ...(input.title !== undefined ? { title: canonicalLine(input.title) } : {}),
        ...(input.publisher !== undefined ? { publisher: canonicalLine(input.publisher) } : {}),
        ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
      };
      this.sources.updateLink(tx, linkId, {
        sourceId,
        ...(input.stance !== undefined ? { stance: input.stance } : {}),
        ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
        updatedAt: at,
      });
      if (Object.keys(sourceChanges).length > 0) {
        this.sources.update(tx, sourceId, { ...sourceChanges, updatedAt: at });
        this.search.indexSource(tx, sourceId);
      } else {
        this.search.indexLink(tx, linkId);
      }
      this.claims.touch(tx, claimId, at);
      this.audit.append(tx, actor, at, {
        action: 'source.update',
        entityType: 'source_link',
        entityId: linkId,
        articleId: claim.articleId,
        claimId,
        before: { ...link, source: sourceBefore ?? null },
        after: { ...(this.sources.findLink(tx, claimId, linkId) ?? {}), source: this.sources.getSource(tx, sourceId) ?? null },
      });
      return claim.articleId;
    });
    this.events.publish({ type: 'source', articleId, claimId, change: 'updated', actor: actorRef(actor), at });
    return this.reload(claimId);
  }

  /** Detaches a source from a claim. */
  async detach(actor: Actor, claimId: number, linkId: number, expectedVersion: number): Promise<ClaimAggregate> {
    assertCan(actor, 'claim.edit');
    const at = this.clock.now().toISOString();
    const articleId = await inTransaction(this.db, (tx) => {
      const claim = this.claimFor(tx, actor, claimId, expectedVersion);
      const link = this.sources.findLink(tx, claimId, linkId);
      if (!link) throw notFound('source link', linkId);
      this.sources.unlink(tx, linkId);
      this.search.removeLink(tx, linkId);
      this.claims.touch(tx, claimId, at);
      this.audit.append(tx, actor, at, {
        action: 'source.detach',
        entityType: 'source_link',
        entityId: linkId,
        articleId: claim.articleId,
        claimId,
        before: { ...link, source: this.sources.getSource(tx, link.sourceId) ?? null },
        after: null,
      });
      return claim.articleId;
    });
    this.events.publish({ type: 'source', articleId, claimId, change: 'deleted', actor: actorRef(actor), at });
    return this.reload(claimId);
  }

  private findOrCreate(tx: Tx, input: AttachInput, at: string): SourceRow {
    const url = normalizeSourceUrl(input.url);
    const existing = this.sources.findByUrl(tx, url);
    if (existing) return existing;
    return this.sources.insert(tx, {
      url,
      title: canonicalLine(input.title),
      publisher: canonicalLine(input.publisher),
      publishedAt: input.publishedAt ?? null,
      createdAt: at,
      updatedAt: at,
    });
  }

  private assertNotLinked(tx: Tx, claimId: number, sourceId: number): void {
    const linked = this.sources.findLinkToSource(tx, claimId, sourceId);
    if (linked) {
      throw conflict('source_already_linked', 'This source is already attached to the claim.', [
        { path: ['body', 'url'], message: `Already attached as link ${linked.id}.` },
      ]);
    }
  }

  private async reload(claimId: number): Promise<ClaimAggregate> {
    const aggregate = await this.claims.findById(claimId);
    if (!aggregate) throw notFound('claim', claimId);
    return aggregate;
  }
}
