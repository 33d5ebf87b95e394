import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import type { ReplaceTextResult, RevisionList } from '@sanad/shared/schemas/revision';
import { DiffQuerySchema, ReplaceTextInputSchema, RevisionParamsSchema } from '@sanad/shared/schemas/revision';
import { validate } from '../../http/validate.ts';
import { presentArticle } from '../articles/articles.presenter.ts';
import { presentRevision, presentRevisionSummary } from './revisions.presenter.ts';
import type { RevisionsService } from './revisions.service.ts';

/** Routes /api/articles/:id/text, /revisions and /diff. */
export function revisionsRouter(revisions: RevisionsService): Router {
  const router = Router();

  router.put(
    '/articles/:id/text',
    validate({ params: IdParamsSchema, body: ReplaceTextInputSchema }, async ({ params, body }, _req, res) => {
      const outcome = await revisions.replaceText(params.id, body);
      const result: ReplaceTextResult = { article: presentArticle(outcome.article), counts: outcome.counts, claims: outcome.claims };
      res.json(result);
    }),
  );

  router.get(
    '/articles/:id/revisions',
    validate({ params: IdParamsSchema }, async ({ params }, _req, res) => {
      const body: RevisionList = { revisions: (await revisions.list(params.id)).map(presentRevisionSummary) };
      res.json(body);
    }),
  );

  router.get(
    '/articles/:id/revisions/:number',
    validate({ params: RevisionParamsSchema }, async ({ params }, _req, res) => {
      res.json(presentRevision(await revisions.get(params.id, params.number)));
    }),
  );

  router.get(
    '/articles/:id/diff',
    validate({ params: IdParamsSchema, query: DiffQuerySchema }, async ({ params, query }, _req, res) => {
      res.json(await revisions.diff(params.id, query.from, query.to));
    }),
  );

  return router;
}
