import { Router } from 'express';
import { SearchQuerySchema } from '@sanad/shared/schemas/search';
import { validate } from '../../http/validate.ts';
import type { SearchService } from './search.service.ts';

/** GET /api/search?q=…&limit=…: grouped, ranked results with snippets. */
export function searchRouter(search: SearchService): Router {
  const router = Router();
  router.get(
    '/search',
    validate({ query: SearchQuerySchema }, async ({ query }, _req, res) => {
      res.json(await search.find(query.q, query.limit));
    }),
  );
  return router;
}
