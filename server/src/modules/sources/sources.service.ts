import type { Tx } from '@sanad/db/transaction';
import type { z } from 'zod';
import type { AttachSourceInputSchema, UpdateClaimSourceInputSchema } from '@sanad/shared/schemas/source';
import { canonicalLine } from '@sanad/shared/text/normalize';
import { normalizeSourceUrl } from '@sanad/shared/text/url';
import { conflict, notFound } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
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
    /** Refuses changes by someone from whom the claim's sources are hidden (blind double rating, ADR 034). */
    private readonly seconds: Pick<SecondRatingsRepository, 'assertNotBlind'>,
    /** Called after a source is attached and committed (start-up wires the snapshot of its page here). */
    private readonly afterAttach: (actor: Actor, sourceId: number) => Promise<void> = async () => {},
  ) {}

  /** Attaches a source (found by URL or created) to a claim; then its page is kept in the background (a snapshot). */
  async attach(actor: Actor, claimId: number, input: AttachInput): Promise<ClaimView> {
    let sourceId: number | null = null;
    const view = await this.attachLink(actor, claimId, input, (id) => {
      sourceId = id;
    });
    if (sourceId !== null) await this.afterAttach(actor, sourceId);
    return view;
  }

  private async attachLink(actor: Actor, claimId: number, input: AttachInput, attached: (sourceId: number) => void): Promise<ClaimView> {
    // Attaching is not versioned: a new link cannot overwrite anyone's change.
    const guard = { action: 'claim.edit', version: null, event: { type: 'source', change: 'created' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      await this.seconds.assertNotBlind(tx, actor, claimId, verdict);
      const source = await this.findOrCreate(tx, input, at);
      await this.assertNotLinked(tx, claimId, source.id);
      attached(source.id);
      const link = await this.sources.link(tx, {
        claimId,
        sourceId: source.id,
        stance: input.stance,
        excerpt: input.excerpt ?? null,
        createdAt: at,
        updatedAt: at,
      });
      await this.claims.touch(tx, claimId, at);
      await this.search.indexLink(tx, link.id);
      await this.audit.append(tx, actor, at, { action: 'source.attach', entityType: 'source_link', entityId: link.id, articleId: claim.articleId, claimId, before: null, after: { ...link, source } });
    });
  }

  /** Changes a link: stance and excerpt on the link; title, publisher and date on the source; a new URL relinks. */
  async update(actor: Actor, claimId: number, linkId: number, expectedVersion: number, input: UpdateInput): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'source', change: 'updated' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      await this.seconds.assertNotBlind(tx, actor, claimId, verdict);
      const link = await this.sources.findLink(tx, claimId, linkId);
      if (!link) throw notFound('source link', linkId);
      const sourceBefore = await this.sources.getSource(tx, link.sourceId);
      let sourceId = link.sourceId;
      if (input.url !== undefined) {
        const url = normalizeSourceUrl(input.url);
        const existing = await this.sources.findByUrl(tx, url);
        if (!existing || existing.id !== link.sourceId) {
          const target =
            existing ??
            await this.sources.insert(tx, {
              url,
              title: canonicalLine(input.title ?? 'Untitled'),
              publisher: canonicalLine(input.publisher ?? 'Unknown'),
              publishedAt: input.publishedAt ?? null,
              origin: input.origin ?? null,
              createdAt: at,
              updatedAt: at,
            });
          await this.assertNotLinked(tx, claimId, target.id);
          sourceId = target.id;
        }
      }
      const sourceChanges = {
        ...(input.title !== undefined ? { title: canonicalLine(input.title) } : {}),
        ...(input.publisher !== undefined ? { publisher: canonicalLine(input.publisher) } : {}),
        ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
        ...(input.origin !== undefined ? { origin: input.origin } : {}),
      };
      await this.sources.updateLink(tx, linkId, {
        sourceId,
        ...(input.stance !== undefined ? { stance: input.stance } : {}),
        ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
        updatedAt: at,
      });
      if (Object.keys(sourceChanges).length > 0) {
        await this.sources.update(tx, sourceId, { ...sourceChanges, updatedAt: at });
        await this.search.indexSource(tx, sourceId);
      } else {
        await this.search.indexLink(tx, linkId);
      }
      if (sourceId !== link.sourceId) await this.sources.deleteUnused(tx, [link.sourceId]);
      await this.claims.touch(tx, claimId, at);
      await this.audit.append(tx, actor, at, {
        action: 'source.update',
        entityType: 'source_link',
        entityId: linkId,
        articleId: claim.articleId,
        claimId,
        before: { ...link, source: sourceBefore ?? null },
        after: { ...(await this.sources.findLink(tx, claimId, linkId) ?? {}), source: await this.sources.getSource(tx, sourceId) ?? null },
      });
    });
  }

  /** Detaches a source from a claim. */
  async detach(actor: Actor, claimId: number, linkId: number, expectedVersion: number): Promise<ClaimView> {
    const guard = { action: 'claim.edit', version: expectedVersion, event: { type: 'source', change: 'deleted' } } as const;
    return this.writes.change(actor, claimId, guard, async (tx, { claim, verdict }, at) => {
      await this.seconds.assertNotBlind(tx, actor, claimId, verdict);
      const link = await this.sources.findLink(tx, claimId, linkId);
      if (!link) throw notFound('source link', linkId);
      await this.sources.unlink(tx, linkId);
      await this.search.removeLink(tx, linkId);
      // A source no other claim cites goes, and its snapshots with it.
      await this.sources.deleteUnused(tx, [link.sourceId]);
      await this.claims.touch(tx, claimId, at);
      await this.audit.append(tx, actor, at, {
        action: 'source.detach',
        entityType: 'source_link',
        entityId: linkId,
        articleId: claim.articleId,
        claimId,
        before: { ...link, source: await this.sources.getSource(tx, link.sourceId) ?? null },
        after: null,
      });
    });
  }

  private async findOrCreate(tx: Tx, input: AttachInput, at: string): Promise<SourceRow> {
    const url = normalizeSourceUrl(input.url);
    const existing = await this.sources.findByUrl(tx, url);
    if (existing) return existing;
    return await this.sources.insert(tx, {
      url,
      title: canonicalLine(input.title),
      publisher: canonicalLine(input.publisher),
      publishedAt: input.publishedAt ?? null,
      origin: input.origin ?? null,
      createdAt: at,
      updatedAt: at,
    });
  }

  private async assertNotLinked(tx: Tx, claimId: number, sourceId: number): Promise<void> {
    const linked = await this.sources.findLinkToSource(tx, claimId, sourceId);
    if (linked) {
      throw conflict('source_already_linked', 'This source is already attached to the claim.', [
        { path: ['body', 'url'], message: `Already attached as link ${linked.id}.` },
      ]);
    }
  }
}
