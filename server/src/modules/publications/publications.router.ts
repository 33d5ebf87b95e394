import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { PublishInputSchema } from '@sanad/shared/schemas/publication';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import type { PublicationsService } from './publications.service.ts';

/**
 * GET /api/articles/:id/publications: publications, corrections and what is pending;
 * POST /api/articles/:id/publications: publish the approved claims (editors).
 */
export function publicationsRouter(publications: PublicationsService): Router {
  const router = Router();
  router.get(
    '/articles/:id/publications',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      res.json(await publications.list(actorOf(res), params.id));
    }),
  );
  router.post(
    '/articles/:id/publications',
    validate({ params: IdParamsSchema, body: PublishInputSchema }, async ({ params }, _req, res) => {
      res.status(201).json(await publications.publish(actorOf(res), params.id));
    }),
  );
  return router;
}
