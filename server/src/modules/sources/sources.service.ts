import type { Tx } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { AttachSourceInputSchema, UpdateClaimSourceInputSchema } from '@sanad/shared/schemas/source';
import { canonicalLine } from '@sanad/shared/text/normalize';
import { normalizeSourceUrl } from '@sanad/shared/text/url';
import { conflict, notFound } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { ClaimWrites } from '../claims/claim-writes.ts';
import type { ClaimView, ClaimsRepository, SourceRow } from '../claims/claims.repository.ts';
import type { SearchRepository } from '../search/search.repository.ts';
import type { SourcesRepository } from './sources.repository.ts';

type AttachInput = z.output<typeof AttachSourceInputSchema>;
type UpdateInput = z.output<typeof UpdateClaimSourceInputSchema>;

/** Sources: stored once per normalised URL, linked to claims with a stance. */
export class SourcesService {
  constructor(
    private readonly sources: SourcesRepository,
    private readonly claims: ClaimsRepository,
    private readonly writes: ClaimWrites,
    private readonly search: SearchRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Attaches a source (found by URL or created) to a claim. */
  async attach(actor: Actor, claimId: number, input: AttachInput): Promise<ClaimView> {
    // Attaching is not versioned: a new link cannot overwrite anyone's change.
    const guard = { action: 'claim.edit', version: null, event: { type: 'source', change: 'created' } } as const;
    return this.writes.change(actor, claimId, guard, (tx, { claim }, at) => {
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
    });
  }

  /** Changes a link: stance and excerpt on the link; title, publisher and date on the source; a new URL relinks. */
  async update(actor: Actor, claimId: number, linkId: number, expectedVersion: number, input: UpdateInput): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'source', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, (tx, { claim }, at) => {
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
    });
  }

  /** Detaches a source from a claim. */
  async detach(actor: Actor, claimId: number, linkId: number, expectedVersion: number): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'source', change: 'deleted' } } as const;
    return this.writes.change(actor, claimId, guard, (tx, { claim }, at) => {
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
    });
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
}
