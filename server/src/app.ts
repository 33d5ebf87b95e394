import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import express, { type Express } from 'express';
import type { Db } from '@sanad/db/client';
import { API } from '@sanad/shared/api/registry';
import { pathPattern } from '@sanad/shared/api/endpoint';
import { AppError } from './lib/app-error.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { Clock } from './lib/clock.ts';
import type { Logger } from './lib/logger.ts';
import { type ServiceOptions, type Services, createServices } from './services.ts';
import { requireSession } from './http/authenticate.ts';
import { type Route, assertRoutesCover, mountRoutes } from './http/route.ts';
import { type FirstScreenLoader, serveClientHtml } from './http/client-html.ts';
import { firstScreenEnd } from './http/first-screen.ts';
import { sessionToken } from './http/session-cookie.ts';
import { presentArticle } from './modules/articles/articles.presenter.ts';
import { presentSession } from './modules/auth/auth.presenter.ts';
import { presentClaimIndex } from './modules/claims/claims.presenter.ts';
import { sameOriginOnly } from './http/same-origin.ts';
import { articleImportsRoutes } from './modules/article-imports/article-imports.router.ts';
import { articlesRoutes } from './modules/articles/articles.router.ts';
import { authRoutes } from './modules/auth/auth.router.ts';
import { claimsRoutes } from './modules/claims/claims.router.ts';
import { commentsRoutes } from './modules/comments/comments.router.ts';
import { suggestionsRoutes } from './modules/suggestions/suggestions.router.ts';
import { eventsRoutes } from './modules/events/events.router.ts';
import { healthRoutes } from './modules/health/health.router.ts';
import { organisationRoutes } from './modules/organisation/organisation.router.ts';
import { ratingScaleRoutes } from './modules/rating-scale/rating-scale.router.ts';
import { reportsRoutes } from './modules/reports/reports.router.ts';
import { revisionsRoutes } from './modules/revisions/revisions.router.ts';
import { searchRoutes } from './modules/search/search.router.ts';
import { sourcesRoutes } from './modules/sources/sources.router.ts';
import { claimLinksRoutes } from './modules/claim-links/claim-links.router.ts';
import { sourceSnapshotsRoutes } from './modules/source-snapshots/source-snapshots.router.ts';
import { summaryRoutes } from './modules/summary/summary.router.ts';
import { usersRoutes } from './modules/users/users.router.ts';
import { verdictsRoutes } from './modules/verdicts/verdicts.router.ts';
import { doubleRatingRoutes } from './modules/double-rating/double-rating.router.ts';
import { workflowRoutes } from './modules/workflow/workflow.router.ts';

/** What the app is built around; tests pass a fresh database and a fixed clock. */
export interface AppDependencies {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Folder of the built client to serve, if any. */
  clientDir?: string;
  /** Demo mode: the health check says so, and the login page shows the demo accounts. */
  demo?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (for https detection and client addresses). */
  trustProxy?: boolean;
  /** Services built by the caller (start-up shares them with the seed); built here when absent. */
  services?: Services;
  /** Passed to the services built here. */
  serviceOptions?: Partial<ServiceOptions>;
}

/** Largest JSON body accepted where article text travels. */
export const TEXT_BODY_LIMIT = '1mb';
/** Largest JSON body accepted elsewhere. */
export const BODY_LIMIT = '64kb';

/** Paths whose body carries a whole article text, or the organisation's logo (up to 256 kB as base64): the endpoints marked `largeBody`. */
const LARGE_BODY_PATHS = API.filter((endpoint) => endpoint.largeBody).map((endpoint) => pathPattern(endpoint.path));

/** Every route of the API, from each module's list. */
function apiRoutes(services: Services, demo: boolean): Route[] {
  const { auth, users, organisation, ratingScale, articles, articleImports, snapshots, claims, claimLinks, verdicts, doubleRating, sources, revisions, comments, workflow, search, suggestions, summary, reports, publications, live } = services;
  return [
    ...healthRoutes(demo),
    ...authRoutes(auth),
    ...ratingScaleRoutes(ratingScale),
    ...articlesRoutes(articles),
    ...articleImportsRoutes(articleImports),
    ...claimsRoutes(claims),
    ...verdictsRoutes(verdicts, claims),
    ...doubleRatingRoutes(doubleRating, claims, articles),
    ...sourcesRoutes(sources, claims),
    ...claimLinksRoutes(claimLinks, claims),
    ...sourceSnapshotsRoutes(snapshots),
    ...revisionsRoutes(revisions, articles),
    ...searchRoutes(search),
    ...suggestionsRoutes(suggestions),
    ...commentsRoutes(comments),
    ...workflowRoutes(workflow, claims),
    ...eventsRoutes(live),
    ...usersRoutes(users),
    ...organisationRoutes(organisation),
    ...summaryRoutes(summary),
    ...reportsRoutes(reports, publications),
  ];
}

/**
 * What the article screen's first screen is built from (ADR 037): the same services and presenters as the API's
 * reads of the article, its claim index and the rating scale, for the reader of the session, so the page shows
 * exactly what the app will paint for them (blind double rating's redaction included, ADR 034).
 */
function firstScreenLoader({ auth, articles, claims, ratingScale }: Services): FirstScreenLoader {
  return async (req, id) => {
    const found = await auth.current(sessionToken(req));
    if (!found) return null;
    const actor = { id: found.user.id, name: found.user.name, role: found.user.role };
    const session = presentSession(found);
    const ratings = await ratingScale.list(actor);
    return {
      ratings,
      reader: { name: actor.name, role: actor.role, language: session.effectiveLanguage, digits: session.digits },
      read: async () => {
        const article = presentArticle(await articles.get(actor, id));
        const rows = await claims.indexRowsBefore(actor, id, firstScreenEnd(article.text));
        return { article, index: presentClaimIndex(article, rows, actor) };
      },
    };
  };
}

function hasBody(req: express.Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Compresses answers over 1 kB (brotli at quality 4, else gzip, as the
 * client accepts; issue #15): a 5,000-claim list shrinks several times. A
 * server-sent event stream is never compressed, so each event reaches the
 * browser the moment it is written: it says `no-transform`, which the
 * middleware honours, and its content type is refused here as well, so a
 * change to its headers cannot start buffering events.
 */
const compressResponses = compression({
  threshold: 1024,
  filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
});

/** Builds the Express app: services wired once here, routes under /api, the client at /. */
export function createApp({ db, clock, logger, clientDir, demo = false, trustProxy = false, services, serviceOptions }: AppDependencies): Express {
  const wired = services ?? createServices(db, clock, { logger, ...serviceOptions });
  const routes = apiRoutes(wired, demo);
  assertRoutesCover(API, routes);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(compressResponses);
  app.use(securityHeaders);
  const logRequests = logger.enabled('debug');
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    if (!logRequests) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.debug('request', {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  const api = express.Router();
  const textJson = express.json({ limit: TEXT_BODY_LIMIT, strict: true, type: () => true });
  const smallJson = express.json({ limit: BODY_LIMIT, strict: true, type: () => true });
  api.use((req, res, next) => {
    if (!hasBody(req)) {
      next();
      return;
    }
    // Only JSON is parsed; anything else is refused before a handler runs.
    if (!req.is('application/json')) {
      next(new AppError('unsupported_media_type', 415, 'Send the request body as JSON (Content-Type: application/json).'));
      return;
    }
    (LARGE_BODY_PATHS.some((path) => path.test(req.path)) ? textJson : smallJson)(req, res, next);
  });
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(sameOriginOnly);
  // Public endpoints answer without a session: health, logging in and out, who am I.
  mountRoutes(api, routes.filter((entry) => entry.endpoint.access === 'public'));
  // Everything below needs a session.
  api.use(requireSession(wired.auth));
  mountRoutes(api, routes.filter((entry) => entry.endpoint.access === 'session'));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    // The build's hashed files: never change under their name, so kept a year without asking again, and sent as the
    // build compressed them (brotli at its best quality, else gzip; vite.config.ts) instead of compressed per request.
    // A name the build does not have is a 404, not the app's page.
    app.use(
      '/assets',
      expressStaticGzip(join(clientDir, 'assets'), { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false, serveStatic: { maxAge: '365d', immutable: true } }),
      (_req: express.Request, res: express.Response) => void res.status(404).type('text/plain').send('Not found.'),
    );
    app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
    app.get(/^(?!\/api\/).*/, serveClientHtml(clientDir, firstScreenLoader(wired)));
  } else {
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (or `npm start`).');
    });
  }

  app.use(errorHandler(logger));
  return app;
}
