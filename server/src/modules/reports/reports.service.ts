import { seesFirstRating } from '@sanad/shared/double-rating';
import type { Role } from '@sanad/shared/permissions';
import { restsOnFalse } from '@sanad/shared/rests-on';
import { independentSources } from '@sanad/shared/source-independence';
import { type Report, type ReportClaim, type ReportFormat, type ReportKind, REPORT_SCHEMA_VERSION, ReportSchema } from '@sanad/shared/schemas/report';
import type { Stance } from '@sanad/shared/schemas/source';
import type { UserRef } from '@sanad/shared/schemas/user';
import { CLAIM_STATUSES } from '@sanad/shared/schemas/workflow';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RevisionsRepository } from '../articles/article-revisions.repository.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { ClaimView, ClaimsRepository } from '../claims/claims.repository.ts';
import { factsOf } from '../claims/second-ratings.repository.ts';
import type { OrganisationRepository } from '../organisation/organisation.repository.ts';
import { presentCorrection } from './publications.presenter.ts';
import type { PublicationsRepository } from './publications.repository.ts';
import type { RatingScaleRepository, RatingWithUse } from '../rating-scale/rating-scale.repository.ts';
import type { SourceSnapshotsRepository } from '../source-snapshots/source-snapshots.repository.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { toClaimReview } from './report-claimreview.ts';
import { toCsv, toMarkdown, toW3c } from './report-formats.ts';
import { toHtml } from './report-html.ts';

function unique(users: (UserRef | null)[]): UserRef[] {
  const byId = new Map<number, UserRef>();
  for (const user of users) if (user) byId.set(user.id, user);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Who reads a report: what it shows of a claim waiting for its second, independent rating depends on it (ADR 034). */
export interface ReportReader {
  id: number;
  role: Role;
}

/**
 * The reader of a published report: nobody's account (ids start at 1) and no
 * editor's rights, so a rating still hidden from anyone is hidden from it.
 * Published reports hold approved claims only, whose ratings are complete.
 */
export const PUBLIC_READER: ReportReader = { id: 0, role: 'reviewer' };

/** A report being assembled, with what publishing must find unchanged when it commits. */
export interface AssembledReport {
  report: Report;
  /** `id:version` of every claim in the report, sorted: publishing refuses if the claims moved meanwhile. */
  fingerprint: string;
}

/** The fingerprint of a set of claim rows (see AssembledReport). */
export function claimsFingerprint(rows: { id: number; version: number }[]): string {
  return rows
    .map((row) => `${row.id}:${row.version}`)
    .sort()
    .join(',');
}

/** A report written in one format, ready to download. */
export interface ReportFile {
  /** The file name's ending, e.g. `claimreview.jsonld`. */
  extension: string;
  contentType: string;
  body: string | Buffer;
  /** A Content-Security-Policy of its own (the HTML report: inline styles, no script). */
  policy?: string;
}

/** Assembles the fact-check report of an article: the one model every export format is written from. */
export class ReportsService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly revisions: RevisionsRepository,
    private readonly claims: ClaimsRepository,
    private readonly ratings: RatingScaleRepository,
    private readonly organisation: OrganisationRepository,
    private readonly publications: PublicationsRepository,
    private readonly pdf: PdfRenderer,
    private readonly clock: Clock,
    /** Where the dates of sources' snapshots come from (reports cite them). */
    private readonly snapshots: Pick<SourceSnapshotsRepository, 'lastKeptAt'> = { lastKeptAt: async () => new Map() },
  ) {}

  /**
   * The report of an article in one format. `origin` is the server's own
   * address, which the W3C annotations use to name the article.
   */
  async download(actor: Actor, articleId: number, format: ReportFormat, kind: ReportKind, origin: string): Promise<ReportFile> {
    const report = await this.report(actor, articleId, kind);
    switch (format) {
      case 'html':
        // A self-contained file with inline styles and no script: its own policy allows exactly that.
        return { extension: 'html', contentType: 'text/html; charset=utf-8', body: toHtml(report), policy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox" };
      case 'pdf':
        return {
          extension: 'pdf',
          contentType: 'application/pdf',
          // The exact text rides along as a Markdown attachment: Chromium's text layer splits words with harakat (ADR 024).
          body: await this.pdf.render(toHtml(report, { attachedText: true }), [
            { name: 'report.md', mimeType: 'text/markdown', description: 'The report’s text, harakat included, in logical order', content: toMarkdown(report) },
          ]),
        };
      case 'json':
        return { extension: 'json', contentType: 'application/json; charset=utf-8', body: JSON.stringify(report) };
      case 'md':
        return { extension: 'md', contentType: 'text/markdown; charset=utf-8', body: toMarkdown(report) };
      case 'csv':
        return { extension: 'csv', contentType: 'text/csv; charset=utf-8', body: toCsv(report) };
      case 'claimreview': {
        const result = toClaimReview(report);
        if (!result.ok) {
          throw new AppError('claimreview_invalid', 422, 'This report cannot be exported as ClaimReview yet; each problem is listed.', result.problems);
        }
        return { extension: 'claimreview.jsonld', contentType: 'application/ld+json; charset=utf-8', body: JSON.stringify(result.items, null, 2) };
      }
      case 'w3c':
        return {
          extension: 'jsonld',
          contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
          body: JSON.stringify(toW3c(report, await this.textOf(report), origin)),
        };
    }
  }

  /** The article's text at the revision the report was made from (a publication may predate later edits). */
  private async textOf(report: Report): Promise<string> {
    const article = await this.articles.findById(report.article.id);
    if (article && article.revision === report.article.revision) return article.text;
    return (await this.revisions.find(report.article.id, report.article.revision))?.text ?? '';
  }

  /** The report of the given kind: a draft of the current work, or the latest publication as it went out. */
  async report(actor: Actor, articleId: number, kind: ReportKind): Promise<Report> {
    return kind === 'draft' ? this.draft(actor, articleId) : this.published(actor, articleId);
  }

  /**
   * The draft report: every claim with its status, in reading order; corrections published or pending.
   * A claim's verdict, rationale and sources hidden from the actor while it waits for its second,
   * independent rating are left out of it, as everywhere (ADR 034).
   */
  async draft(actor: Actor, articleId: number): Promise<Report> {
    const { report } = await this.assemble(articleId, 'draft', actor);
    const corrections = await this.publications.corrections(articleId);
    return { ...report, corrections: corrections.map(presentCorrection).reverse() };
  }

  /**
   * The latest publication's report: its content exactly as it was published;
   * who publishes it and in which language come from the current settings.
   * 409 when the article was never published.
   */
  async published(_actor: Actor, articleId: number): Promise<Report> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const [latest, organisation] = await Promise.all([this.publications.latest(articleId), this.organisation.find()]);
    if (!latest) {
      throw new AppError('not_published', 409, 'This article has not been published yet. An editor publishes it from its report page; until then, export the draft.');
    }
    const snapshot = ReportSchema.parse(JSON.parse(latest.report));
    return {
      ...snapshot,
      language: organisation.reportLanguage,
      organisation: { name: organisation.name, url: organisation.url, logo: organisation.logo, publishBaseUrl: organisation.publishBaseUrl },
    };
  }

  /**
   * Builds a report from the current state: for `draft` every claim, for
   * `published` the approved claims only (the publication fills in its own
   * publication data and corrections), as `reader` may see them.
   */
  async assemble(articleId: number, kind: ReportKind, reader: ReportReader = PUBLIC_READER): Promise<AssembledReport> {
    const article = await this.articles.findById(articleId);
    if (!article) throw notFound('article', articleId);
    const [aggregates, scale, organisation] = await Promise.all([this.claims.listByArticle(articleId), this.ratings.list(), this.organisation.find()]);
    const included = kind === 'draft' ? aggregates : aggregates.filter((aggregate) => aggregate.claim.status === 'approved');
    const byKey = new Map(scale.map((rating) => [rating.key, rating]));
    const keptAt = await this.snapshots.lastKeptAt([...new Set(included.flatMap((aggregate) => aggregate.links.map(({ source }) => source.id)))]);
    const includedIds = new Set(included.map((aggregate) => aggregate.claim.id));
    const claims = included.map((aggregate) => this.claim(aggregate, byKey, keptAt, includedIds, scale, reader));
    // Scale order, then unrated (JSON keeps this insertion order).
    const verdicts: Report['summary']['verdicts'] = {};
    for (const rating of scale) if (rating.retiredAt === null) verdicts[rating.key] = 0;
    verdicts.unrated = 0;
    const statuses = {} as Report['summary']['statuses'];
    for (const status of CLAIM_STATUSES) statuses[status] = 0;
    for (const claim of claims) {
      const key = claim.verdict?.rating ?? 'unrated';
      verdicts[key] = (verdicts[key] ?? 0) + 1;
      statuses[claim.status] += 1;
    }
    const used = new Set(claims.map((claim) => claim.verdict?.rating));
    const allSources = claims.flatMap((claim) => Object.values(claim.sources).flat());
    const report: Report = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      kind,
      generatedAt: this.clock.now().toISOString(),
      language: organisation.reportLanguage,
      organisation: { name: organisation.name, url: organisation.url, logo: organisation.logo, publishBaseUrl: organisation.publishBaseUrl },
      article: {
        id: article.id,
        title: article.title,
        language: article.language,
        direction: article.direction,
        revision: article.revision,
        author: article.author,
        outlet: article.outlet,
        publishedOn: article.publishedOn,
        url: article.url,
        createdAt: article.createdAt,
      },
      publication: null,
      corrections: [],
      summary: { claims: claims.length, verdicts, statuses },
      claims,
      methodology: {
        claims: claims.length,
        sources: new Set(allSources.map((source) => source.url)).size,
        publishers: new Set(allSources.map((source) => source.publisher.trim().toLowerCase())).size,
        reviewers: unique(claims.flatMap((claim) => [claim.reviewer, claim.verdict?.setBy ?? null])),
        approvers: unique(claims.map((claim) => claim.approvedBy)),
        scale: scale
          .filter((rating) => rating.retiredAt === null || used.has(rating.key))
          .map(({ key, labelEn, labelAr, value, definitionEn, definitionAr, color }) => ({ key, labelEn, labelAr, value, definitionEn, definitionAr, color })),
      },
    };
    return { report, fingerprint: claimsFingerprint(included.map((aggregate) => aggregate.claim)) };
  }

  private claim(
    { claim, verdict, second, links, people, restsOn }: ClaimView,
    scale: Map<string, RatingWithUse>,
    keptAt: Map<number, string>,
    includedIds: Set<number>,
    ratings: readonly RatingWithUse[],
    reader: ReportReader,
  ): ReportClaim {
    const complete = second !== null && second.completedAt !== null && second.agreed !== null;
    const raters = complete ? 2 : verdict ? 1 : 0;
    // The verdict, its rationale and its sources, while hidden from the reader, are not in the report at all.
    const withheld = second !== null && !seesFirstRating(reader, factsOf(second, verdict ? (verdict.setBy ?? -1) : null));
    if (withheld) {
      verdict = null;
      links = [];
    }
    // Only claims the report shows count: a published report never hints at a verdict not yet published.
    const rests = (restsOn?.claims ?? []).filter((rest) => includedIds.has(rest.claimId));
    const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
    const sources: Record<Stance, ReportClaim['sources'][Stance]> = { supports: [], contradicts: [], context: [] };
    for (const { link, source } of links) {
      const kept = keptAt.get(source.id);
      sources[link.stance].push({
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        publishedAt: source.publishedAt,
        excerpt: link.excerpt,
        snapshotOn: kept === undefined ? null : kept.slice(0, 10),
      });
    }
    const rating = verdict ? scale.get(verdict.rating) : undefined;
    const approved = claim.status === 'approved';
    const independent = independentSources(links.map(({ link, source }) => ({ stance: link.stance, source: { id: source.id, origin: source.origin } })));
    const methodology: ReportClaim['methodology'] = {
      raters,
      agreed: complete ? second.agreed : null,
      // The editor's choice only: the losing rating's rationale stays out of the report.
      resolution: complete && second.agreed === false ? second.resolution : null,
      awaitingSecondRating: second !== null && second.required && !complete,
      withheld,
      confidence: verdict?.confidence ?? null,
      independentSources: withheld ? null : independent.evidence,
    };
    return {
      id: claim.id,
      quote: claim.quote,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      status: claim.status,
      claimant: claim.claimant,
      kind: claim.kind,
      verdict: verdict
        ? {
            rating: verdict.rating,
            // A rating deleted from the scale cannot be in use, so this fallback only guards against a damaged database.
            labelEn: rating?.labelEn ?? verdict.rating,
            labelAr: rating?.labelAr ?? verdict.rating,
            value: rating?.value ?? null,
            definitionEn: rating?.definitionEn ?? '',
            definitionAr: rating?.definitionAr ?? '',
            rationale: verdict.rationale,
            confidence: verdict.confidence ?? null,
            recheckOn: verdict.recheckOn ?? null,
            outdated: verdict.outdatedAt ? { note: verdict.outdatedNote ?? '', at: verdict.outdatedAt } : null,
            setBy: person(verdict.setBy),
            updatedAt: verdict.updatedAt,
          }
        : null,
      restsOn: rests.map((rest) => ({ id: rest.claimId, quote: rest.quote })),
      restsOnFalse: restsOnFalse(rests.map((rest) => rest.rating), ratings),
      sources,
      independentSources: withheld ? null : { supports: independent.supports, contradicts: independent.contradicts },
      reviewer: person(claim.assigneeId ?? claim.createdBy),
      approvedBy: approved ? person(claim.statusChangedBy) : null,
      approvedAt: approved ? claim.statusChangedAt : null,
      publishedAt: claim.publishedAt,
      modifiedAt: null,
      methodology,
    };
  }
}
