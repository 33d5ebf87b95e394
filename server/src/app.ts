import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Db } from '@sanad/db/client';
import { AppError } from './http/app-error.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { Clock } from './lib/clock.ts';
import type { Logger } from './lib/logger.ts';
import { createServices } from './services.ts';
import { articlesRouter } from './modules/articles/articles.router.ts';
import { claimsRouter } from './modules/claims/claims.router.ts';
import { healthRouter } from './modules/health/health.router.ts';
import { ratingScaleRouter } from './modules/rating-scale/rating-scale.router.ts';
import { sourcesRouter } from './modules/sources/sources.router.ts';
import { revisionsRouter } from './modules/revisions/revisions.router.ts';
import { searchRouter } from './modules/search/search.router.ts';
import { verdictsRouter } from './modules/verdicts/verdicts.router.ts';

/** What the app is built around; tests pass a fresh database and a fixed clock. */
export interface AppDependencies {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Folder of the built client to serve, if any. */
  clientDir?: string;
}

/** Largest JSON body accepted where article text travels. */
export const TEXT_BODY_LIMIT = '1mb';
/** Largest JSON body accepted elsewhere. */
export const BODY_LIMIT = '64kb';

/** Routes whose body carries a whole article text. */
const TEXT_ROUTES = [/^\/articles\/?$/, /^\/articles\/\d+\/text\/?$/];

function hasBody(req: express.Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** Builds the Express app: services wired once here, routes under /api, the client at /. */
export function createApp({ db, clock, logger, clientDir }: AppDependencies): Express {
  const { articles, claims, verdicts, sources, revisions, search } = createServices(db, clock);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
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
    (TEXT_ROUTES.some((route) => route.test(req.path)) ? textJson : smallJson)(req, res, next);
  });
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(healthRouter());
  api.use(ratingScaleRouter());
  api.use('/articles', articlesRouter(articles));
  api.use(claimsRouter(claims));
  api.use(verdictsRouter(verdicts));
  api.use(sourcesRouter(sources));
  api.use(revisionsRouter(revisions));
  api.use(searchRouter(search));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(clientDir, 'index.html'));
    });
  } else {
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (or `npm start`).');
    });
  }

  app.use(errorHandler(logger));
  return app;
}
