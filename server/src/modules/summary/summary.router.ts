import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { SummaryQuerySchema } from '@sanad/shared/schemas/summary';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import type { SummaryService } from './summary.service.ts';

/** GET /api/summary (the dashboard) and GET /api/articles/:id/summary (the report preview). */
export function summaryRouter(summary: SummaryService): Router {
  const router = Router();
  router.get(
    '/summary',
    validate({ query: SummaryQuerySchema }, async ({ query }, _req, res) => {
      res.json(await summary.overview(actorOf(res), query));
    }),
  );
  router.get(
    '/articles/:id/summary',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      res.json(await summary.forArticle(actorOf(res), params.id));
    }),
  );
  return router;
}
