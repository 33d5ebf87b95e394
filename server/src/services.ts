import type { Backend } from '@sanad/db/backend';
import type { Db } from '@sanad/db/client';
import { openNotifyChannel } from '@sanad/db/pg/notify-channel';
import type { Clock } from './lib/clock.ts';
import { EventBus } from './lib/event-bus.ts';
import { type ExtractLimits, ExtractPool } from './lib/extract/extract-pool.ts';
import { type FetcherOptions, Fetcher } from './lib/fetcher/fetch-page.ts';
import { type FetchQuotaLimits, DEFAULT_FETCH_QUOTA, FetchQuota } from './lib/fetcher/fetch-quota.ts';
import { ArticleImportsService } from './modules/article-imports/article-imports.service.ts';
import { SourceSnapshotsRepository } from './modules/source-snapshots/source-snapshots.repository.ts';
import { SourceSnapshotsService } from './modules/source-snapshots/source-snapshots.service.ts';
import { failureLimitersOn } from './modules/auth/rate-limiter.ts';
import { memoryRateLimitStores, pgRateLimitStores } from './lib/rate-limit-stores.ts';
import { EventsService } from './modules/events/events.service.ts';
import type { Logger } from './lib/logger.ts';
import { AppMetaRepository } from './modules/app-meta/app-meta.repository.ts';
import { OrganisationRepository } from './modules/organisation/organisation.repository.ts';
import { PublicationsRepository } from './modules/reports/publications.repository.ts';
import { PublicationsService } from './modules/reports/publications.service.ts';
import { OrganisationService } from './modules/organisation/organisation.service.ts';
import { RatingScaleRepository } from './modules/rating-scale/rating-scale.repository.ts';
import { RatingScaleService } from './modules/rating-scale/rating-scale.service.ts';
import { ArticlesRepository } from './modules/articles/articles.repository.ts';
import { ArticlesService } from './modules/articles/articles.service.ts';
import { AuditRepository } from './modules/audit/audit.repository.ts';
import { AuthService, type SessionPolicy } from './modules/auth/auth.service.ts';
import type { ScryptCost } from './lib/password.ts';
import { SessionsRepository } from './modules/auth/sessions.repository.ts';
import { ClaimLinksRepository } from './modules/claim-links/claim-links.repository.ts';
import { ClaimLinksService } from './modules/claim-links/claim-links.service.ts';
import { ClaimWrites } from './modules/claims/claim-writes.ts';
import { ClaimAccess } from './modules/claims/claims.access.ts';
import { ClaimsRepository } from './modules/claims/claims.repository.ts';
import { ClaimsService } from './modules/claims/claims.service.ts';
import { SecondRatingsRepository } from './modules/claims/second-ratings.repository.ts';
import { DoubleRatingService } from './modules/double-rating/double-rating.service.ts';
import { CommentsRepository } from './modules/comments/comments.repository.ts';
import { CommentsService } from './modules/comments/comments.service.ts';

import { PdfRenderer } from './modules/reports/pdf-renderer.ts';
import { ReportsService } from './modules/reports/reports.service.ts';
import { RevisionsRepository } from './modules/articles/article-revisions.repository.ts';
import { RevisionsService } from './modules/revisions/revisions.service.ts';
import { SearchRepository } from './modules/search/search.repository.ts';
import { SearchService } from './modules/search/search.service.ts';
import { SourcesRepository } from './modules/sources/sources.repository.ts';
import { SourcesService } from './modules/sources/sources.service.ts';
import { SuggestionsRepository } from './modules/suggestions/suggestions.repository.ts';
import { SuggestionsService } from './modules/suggestions/suggestions.service.ts';
import { SummaryRepository } from './modules/summary/summary.repository.ts';
import { SummaryService } from './modules/summary/summary.service.ts';
import { UsersRepository } from './modules/users/users.repository.ts';
import { UsersService } from './modules/users/users.service.ts';
import { VerdictsRepository } from './modules/verdicts/verdicts.repository.ts';
import { VerdictsService } from './modules/verdicts/verdicts.service.ts';
import { WorkflowRepository } from './modules/workflow/workflow.repository.ts';
import { WorkflowService } from './modules/workflow/workflow.service.ts';

/** Every repository, built once around one database handle. */
export function createRepositories(db: Db) {
  return {
    appMeta: new AppMetaRepository(),
    articles: new ArticlesRepository(db),
    audit: new AuditRepository(db),
    claims: new ClaimsRepository(db),
    comments: new CommentsRepository(db),
    organisation: new OrganisationRepository(db),
    publications: new PublicationsRepository(db),
    ratings: new RatingScaleRepository(db),
    revisions: new RevisionsRepository(db),
    secondRatings: new SecondRatingsRepository(db),
    search: new SearchRepository(db),
    sessions: new SessionsRepository(db),
    sources: new SourcesRepository(),
    snapshots: new SourceSnapshotsRepository(db),
    suggestions: new SuggestionsRepository(db),
    summary: new SummaryRepository(db),
    users: new UsersRepository(db),
    verdicts: new VerdictsRepository(db),
    workflow: new WorkflowRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/** Options that tests and deployments tune. */
export interface ServiceOptions {
  logger: Logger;
  /** scrypt cost for new password hashes (tests use a cheap one). */
  passwordCost?: ScryptCost;
  sessionPolicy?: SessionPolicy;
  events?: EventBus;
  /**
   * The PostgreSQL pool (`Backend.pool`) when the backend is PostgreSQL.
   * Several servers may then share the database, so what must hold across
   * them does not stay in this process: live events and presence are relayed
   * through LISTEN/NOTIFY and login failures are counted in the database
   * (ADR 025). Without it (SQLite: one server) both stay in memory.
   */
  pool?: Backend['pool'];
  /** How often this server tells the others it is alive (relay only; tests shorten it). */
  liveHeartbeatMs?: number;
  /** The page fetcher's limits, resolver and test-only allowances (ADR 030). */
  fetcher?: FetcherOptions;
  /** How many pages may be fetched per minute, per user and for the server. */
  fetchQuota?: FetchQuotaLimits;
  /** Storage budget of source snapshots, in bytes. */
  snapshotBudgetBytes?: number;
  /** Limits of the extraction worker threads (ADR 030). */
  extract?: Partial<ExtractLimits>;
}

/** The NOTIFY channel live events travel on (one per database, so one per deployment). */
export const EVENTS_CHANNEL = 'sanad_events';

/** The event bus for the backend: relayed through PostgreSQL's LISTEN/NOTIFY on one dedicated connection, or in-process. */
function createEventBus(options: ServiceOptions): EventBus {
  const { pool } = options;
  if (!pool) return new EventBus();
  return new EventBus({
    relay: (inbound) => openNotifyChannel(pool, EVENTS_CHANNEL, inbound),
    logger: options.logger,
    ...(options.liveHeartbeatMs ? { heartbeatMs: options.liveHeartbeatMs } : {}),
  });
}

/** Every service, wired in one place at start-up (and in tests). */
export function createServices(db: Db, clock: Clock, options: ServiceOptions, repositories: Repositories = createRepositories(db)) {
  const r = repositories;
  const events = options.events ?? createEventBus(options);
  // Login failures and fetch quotas are counted in PostgreSQL when several servers may share it, in memory on SQLite.
  const rateLimitStores = options.pool ? pgRateLimitStores(options.pool) : memoryRateLimitStores;
  const limiter = failureLimitersOn(rateLimitStores);
  const writes = new ClaimWrites(db, r.claims, new ClaimAccess(r.articles, r.users), events, clock);
  const pdf = new PdfRenderer();
  // One fetcher and one quota for imports and snapshots alike.
  const fetcher = new Fetcher(options.fetcher);
  const fetchQuota = new FetchQuota(options.fetchQuota ?? DEFAULT_FETCH_QUOTA, rateLimitStores);
  // One pool of extraction workers, so no page is read on the event loop.
  const extract = new ExtractPool(options.extract);
  const snapshots = new SourceSnapshotsService(db, r.snapshots, fetcher, fetchQuota, extract, clock, options.logger, events, options.snapshotBudgetBytes);
  const doubleRating = new DoubleRatingService(db, r.secondRatings, r.claims, writes, r.verdicts, r.articles, r.users, r.ratings, r.search, r.audit, events, clock);
  const reports = new ReportsService(r.articles, r.revisions, r.claims, r.ratings, r.organisation, r.publications, pdf, clock, r.snapshots);
  return {
    repositories: r,
    events,
    auth: new AuthService(db, r.sessions, r.users, r.organisation, r.audit, clock, options.logger, options.sessionPolicy, options.passwordCost, limiter),
    users: new UsersService(db, r.users, r.audit, clock, options.passwordCost),
    organisation: new OrganisationService(db, r.organisation, r.audit, clock),
    articleImports: new ArticleImportsService(fetcher, fetchQuota, extract),
    extract,
    snapshots,
    articles: new ArticlesService(db, r.articles, r.revisions, r.users, r.search, r.audit, events, clock, r.organisation, r.sources),
    claims: new ClaimsService(db, r.claims, writes, r.articles, r.users, r.search, r.audit, events, clock, r.ratings, r.secondRatings, r.sources),
    verdicts: new VerdictsService(r.verdicts, r.claims, writes, r.ratings, r.search, r.audit, r.secondRatings, doubleRating),
    doubleRating,
    ratingScale: new RatingScaleService(db, r.ratings, r.audit, clock),
    claimLinks: new ClaimLinksService(db, new ClaimLinksRepository(), r.claims, writes, r.articles, r.audit),
    sources: new SourcesService(r.sources, r.claims, writes, r.search, r.audit, r.secondRatings, (actor, sourceId) => snapshots.afterAttach(actor, sourceId)),
    revisions: new RevisionsService(db, r.revisions, r.articles, r.claims, r.search, r.audit, events, clock),
    comments: new CommentsService(db, r.comments, r.claims, r.audit, events, clock, r.secondRatings),
    workflow: new WorkflowService(r.workflow, r.claims, writes, r.publications, r.audit, clock, r.organisation, r.sources, r.secondRatings),
    search: new SearchService(r.search, r.secondRatings),
    suggestions: new SuggestionsService(db, r.suggestions, r.articles, r.claims, clock, r.audit, events),
    summary: new SummaryService(r.summary, r.articles, r.ratings, r.secondRatings),
    reports,
    publications: new PublicationsService(db, r.publications, reports, r.articles, r.claims, r.audit, events, clock),
    live: new EventsService(r.articles, events),
    pdf,
    /** Stops what the services hold open: the event relay (its own database connection, so before the pool closes) and the PDF browser. */
    async close(): Promise<void> {
      await snapshots.idle();
      await extract.close();
      await events.close();
      await pdf.close();
    },
  };
}
export type Services = ReturnType<typeof createServices>;
